package org.isnad.extraction.engine.quantity;

import org.isnad.extraction.engine.Quantity;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.lexicon.ArabicText;
import org.isnad.extraction.engine.lexicon.GazetteerProclitics;
import org.isnad.extraction.engine.lexicon.Tokens;
import org.isnad.extraction.engine.text.KeyFilter;
import org.isnad.extraction.engine.temporal.DateMention;
import org.isnad.extraction.engine.temporal.DateRecognizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Rule-based recogniser of quantities in Arabic news text.
 *
 * <p>Numbers: digits of any script with thousands separators ({@code ,} {@code ٬}) and decimals
 * ({@code .} {@code ٫}); a following multiplier ("3 آلاف", "3 ألف", "2.5 مليون", "مليار"); number words
 * (واحد … عشرة، أحد عشر … تسعة عشر، عشرون … تسعون، مئة/مائة، مئتان، ثلاثمئة…، ألف/ألفان/آلاف،
 * مليون/ملايين، مليار) including compounds joined by و ("ثلاثة آلاف وخمسمئة" = 3500, "خمسة وعشرين" = 25).
 *
 * <p>Vague amounts (عشرات، مئات، آلاف، عشرات الآلاف، مئات الآلاف، ملايين، بضعة، عدة + counted noun) give
 * {@code value = null, approximate = true} as the {@link Quantity} contract requires;
 * {@link #vagueLowerBound(String)} gives a documented lower bound (10, 100, 1000, ...) for callers that
 * want one. Comparatives (أكثر من، أقل من، نحو، قرابة، حوالي، زهاء، ما يقارب، ما يزيد عن/على، ما لا يقل
 * عن، يناهز، يربو على) and a trailing "تقريباً" set {@code approximate = true} and are part of the span.
 *
 * <p>Units: percentages (%، ٪، بالمئة، في المئة) → "%"; currencies → ISO code when determinable; measures →
 * symbols (km, t, barrel...); a counted noun right after the number (or after "من") → its Arabic singular
 * lemma ("15 مسلحاً" → unit "مسلح"). See {@link Units}. The unit word is included in the span.
 *
 * <p>Dates: {@link #find(String)} skips numeric dates (25/1/2022), times (10:30), numbers followed by a month
 * name and 4-digit years after a year cue (عام، في، منذ...); callers that ran the {@link DateRecognizer} should
 * use {@link #find(String, Collection)} or {@link #withoutDates} to drop anything overlapping a date mention.
 *
 * <p>Linear scan, no regular expressions, never throws.
 */
public final class QuantityRecognizer {

    /**
     * Comparative phrases, folded, longest first. "(ما) يصل إلى" is not one: it is the verb of the clause ("تتحمل ما
     * يصل إلى أربعة آلاف جزء"), and the quantity is what it reaches.
     */
    private static final String[][] COMPARATIVES;

    static {
        String[] raw = {
                "ما لا يقل عن", "ما لا يقل على", "لا يقل عن", "ما يزيد عن", "ما يزيد على", "ما يزيد من", "يزيد عن",
                "يزيد على", "ما يقارب من", "ما يقارب", "يقارب", "ما يناهز", "يناهز", "ما يربو على", "يربو على",
                "ما يفوق", "يفوق", "أكثر من", "أزيد من", "أقل من", "نحوا من", "نحو", "قرابة", "حوالي", "حوالى",
                "زهاء", "ما بين", "أكثر من نحو", "ما لا يزيد عن",
                "لا يزيد عن", "لا يقل عن نحو"};
        List<String[]> l = new ArrayList<>();
        for (String r : raw) {
            l.add(ArabicText.normalize(r).split(" "));
        }
        l.sort((a, b) -> Integer.compare(b.length, a.length));
        COMPARATIVES = l.toArray(new String[0][]);
    }

    private static final Set<String> PERCENT_WORDS = ArabicText.wordSet("بالمئة بالمائة بالمية");
    private static final Set<String> APPROX_AFTER = ArabicText.wordSet("تقريبا تقريباً");

    public List<Quantity> find(String text) {
        return find(text, null);
    }

    /**
     * Finds quantities, dropping any that overlap one of {@code exclude} (e.g. the spans of date mentions).
     * Never throws, never returns null.
     */
    public List<Quantity> find(String text, Collection<Span> exclude) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return find(Tokens.of(text), exclude);
    }

    /** As {@link #find(String, Collection)} on an existing tokenisation (lets the engine tokenise once). */
    public List<Quantity> find(Tokens tokens, Collection<Span> exclude) {
        if (tokens == null || tokens.size == 0) {
            return List.of();
        }
        List<Quantity> out = new ArrayList<>();
        try {
            run(tokens, out);
        } catch (RuntimeException e) {
            // keep what was found before the problem
        }
        return exclude == null || exclude.isEmpty() ? out : withoutOverlaps(out, exclude);
    }

    /** Every word that can start a quantity (folded). */
    private static final Set<String> KEYWORDS = new java.util.HashSet<>();

    static {
        KEYWORDS.addAll(NumberWords.WORDS.keySet());
        KEYWORDS.addAll(NumberWords.VAGUE.keySet());
        for (String[] c : COMPARATIVES) {
            KEYWORDS.add(c[0]);
        }
    }

    /** {@link #KEYWORDS} as a bit filter: asked of every token, and of its clitic-stripped rest, mostly in vain. */
    private static final KeyFilter KEYWORD_KEYS = KeyFilter.of(KEYWORDS);

    private static boolean mayStartQuantity(String w) {
        if (KEYWORD_KEYS.mightContain(w) && KEYWORDS.contains(w)) {
            return true;
        }
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char c = w.charAt(0);
        if (c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644' || c == '\u0643') {
            if (KEYWORD_KEYS.mightContainFrom(w, 1) && KEYWORDS.contains(w.substring(1))) {
                return true;
            }
            return n > 3 && (c == '\u0648' || c == '\u0641' || c == '\u0644') && KEYWORD_KEYS.mightContainFrom(w, 2)
                    && KEYWORDS.contains(w.substring(2));
        }
        return false;
    }

    /** Quantities that overlap none of the spans. */
    public static List<Quantity> withoutOverlaps(List<Quantity> qs, Collection<Span> spans) {
        if (qs == null) {
            return List.of();
        }
        if (spans == null || spans.isEmpty()) {
            return qs;
        }
        List<Quantity> out = new ArrayList<>(qs.size());
        for (Quantity q : qs) {
            boolean hit = false;
            for (Span s : spans) {
                if (q.start() < s.end() && s.start() < q.end()) {
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                out.add(q);
            }
        }
        return out;
    }

    /** Quantities that overlap none of the date mentions. */
    public static List<Quantity> withoutDates(List<Quantity> qs, List<DateMention> dates) {
        if (dates == null || dates.isEmpty()) {
            return qs == null ? List.of() : qs;
        }
        List<Span> spans = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            spans.add(new Span(d.start(), d.end()));
        }
        return withoutOverlaps(qs, spans);
    }

    /** A lower bound for a vague amount word (عشرات → 10, مئات → 100, آلاف → 1000...), or null. */
    public static Double vagueLowerBound(String word) {
        return NumberWords.VAGUE.get(ArabicText.normalize(word == null ? "" : word.strip()));
    }

    // =============================================================================================

    private void run(Tokens t, List<Quantity> out) {
        int i = 0;
        while (i < t.size) {
            int next = i + 1;
            if (!t.number[i] && !mayStartQuantity(t.norm[i])) {
                i++;
                continue;
            }
            int[] cmp = t.number[i] ? null : comparativeAt(t, i);
            int numAt = cmp != null ? cmp[0] : i;
            NumberParser.Num num = null;
            if (numAt < t.size && (cmp == null || t.gap[numAt] == 0)) {
                int skip = NonQuantities.skip(t, numAt);
                if (skip > numAt) {
                    i = skip;
                    continue;
                }
                num = NumberParser.parse(t, numAt);
            }
            if (num != null) {
                int start = cmp != null ? cmp[1] : num.start();
                Quantity q = finish(t, num, start, cmp != null);
                if (q != null && bareYear(t, numAt, num, q)) {
                    q = null; // "زلزال 2023", "رؤية 2030": a year named without its cue is a date or a name, not an amount
                }
                if (q != null) {
                    out.add(q);
                    // continue after the quantity's last token
                    int e = q.end();
                    next = num.te();
                    while (next < t.size && t.start[next] < e) {
                        next++;
                    }
                }
            }
            i = Math.max(next, i + 1);
        }
    }

    /** Years a bare four-digit number is read as, when nothing counts with it. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    /** A lone four-digit number in the year range with no unit and no approximator: "2023" after a noun. */
    private static boolean bareYear(Tokens t, int numAt, NumberParser.Num num, Quantity q) {
        if (q.unit() != null || q.approximate() || num.te() != numAt + 1 || t.norm[numAt].length() != 4
                || q.start() != t.start[numAt]) {
            return false;
        }
        Double v = q.value();
        return v != null && v >= FIRST_YEAR && v <= LAST_YEAR && v == Math.rint(v);
    }

    /** Comparative phrase at token i: returns {tokenAfter, startChar} or null. */
    private static int[] comparativeAt(Tokens t, int i) {
        String w0 = t.norm[i];
        String[] forms = new String[8];
        int[] strip = new int[8];
        int n = GazetteerProclitics.readings(w0, forms, strip);
        for (String[] c : COMPARATIVES) {
            for (int r = 0; r < n; r++) {
                if (!forms[r].equals(c[0])) {
                    continue;
                }
                int k = i + 1;
                boolean ok = true;
                for (int x = 1; x < c.length; x++, k++) {
                    if (k >= t.size || t.gap[k] != 0 || t.number[k] || !t.norm[k].equals(c[x])) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    return new int[] {k, ArabicText.skipFolded(t.text, t.start[i], strip[r], t.end[i])};
                }
            }
        }
        return null;
    }



    // ---------------------------------------------------------------------------------------------
    // units and the final Quantity

    private Quantity finish(Tokens t, NumberParser.Num num, int start, boolean approximate) {
        String text = t.text;
        int end = num.end();
        int te = num.te();
        String unit = null;
        boolean approx = approximate || num.vague();
        // percent sign right after the number (spaces allowed)
        int p = end;
        while (p < text.length() && ArabicText.isSpace(text.charAt(p)) && p < end + 2) {
            p++;
        }
        if (p < text.length() && (text.charAt(p) == '%' || text.charAt(p) == '\u066A' || text.charAt(p) == '\uFF05')) {
            unit = "%";
            end = p + 1;
            while (te < t.size && t.start[te] < end) {
                te++;
            }
        } else if (p < text.length() && (text.charAt(p) == '$' || text.charAt(p) == '\u20AC' || text.charAt(p) == '\u00A3')) {
            unit = text.charAt(p) == '$' ? "USD" : text.charAt(p) == '\u20AC' ? "EUR" : "GBP";
            end = p + 1;
            while (te < t.size && t.start[te] < end) {
                te++;
            }
        } else {
            int q = start - 1;
            while (q >= 0 && ArabicText.isSpace(text.charAt(q)) && q > start - 3) {
                q--;
            }
            if (q >= 0 && (text.charAt(q) == '$' || text.charAt(q) == '\u20AC' || text.charAt(q) == '\u00A3')) {
                unit = text.charAt(q) == '$' ? "USD" : text.charAt(q) == '\u20AC' ? "EUR" : "GBP";
                start = q;
            }
        }
        if (unit == null && te < t.size && !t.number[te] && (t.gap[te] == 0)) {
            String w = t.norm[te];
            if (PERCENT_WORDS.contains(w)) {
                unit = "%";
                end = t.end[te];
                te++;
            } else if (w.equals("في") && te + 1 < t.size && t.gap[te + 1] == 0
                    && (t.norm[te + 1].equals("المئه") || t.norm[te + 1].equals("المائه") || t.norm[te + 1].equals("الميه"))) {
                unit = "%";
                end = t.end[te + 1];
                te += 2;
            } else {
                UnitHit u = unitAt(t, te, num.vague());
                if (u == null && w.equals("من") && te + 1 < t.size && t.gap[te + 1] == 0 && !t.number[te + 1]) {
                    u = unitAt(t, te + 1, true); // "5000 من مسلحي", "العشرات من المدنيين"
                }
                if (u != null) {
                    unit = u.unit();
                    end = t.end[u.te() - 1];
                    te = u.te();
                }
            }
        }
        // trailing "تقريباً"
        if (te < t.size && !t.number[te] && t.gap[te] == 0 && APPROX_AFTER.contains(t.norm[te])) {
            approx = true;
            end = t.end[te];
        }
        if (end <= start || end > text.length()) {
            return null;
        }
        return new Quantity(text.substring(start, end), start, end, num.value(), approx, unit);
    }

    private record UnitHit(int te, String unit) {
    }

    /** Unit at token j (with a currency nationality adjective when present), or null. */
    private static UnitHit unitAt(Tokens t, int j, boolean allowDefinite) {
        if (j >= t.size || t.number[j]) {
            return null;
        }
        // two-word units ("متر مربع", "كيلو متر")
        if (j + 1 < t.size && t.gap[j + 1] == 0 && !t.number[j + 1]) {
            String two = Units.UNITS.get(t.norm[j] + " " + t.norm[j + 1]);
            if (two != null) {
                return new UnitHit(j + 2, two);
            }
        }
        String u = Units.unitFor(t.norm[j], allowDefinite);
        if (u == null) {
            return null;
        }
        int te = j + 1;
        java.util.Map<String, String> nat = Units.CURRENCY_NATIONALITY.get(u);
        if (nat != null && te < t.size && t.gap[te] == 0 && !t.number[te]) {
            String a = t.norm[te];
            if (a.startsWith("\u0627\u0644")) {
                a = a.substring(2);
            }
            String code = nat.get(a);
            if (code == null && a.length() > 3 && a.endsWith("\u0627")) {
                code = nat.get(a.substring(0, a.length() - 1)); // "مصرياً"
            }
            if (code != null) {
                u = code;
                te++;
            }
        }
        return new UnitHit(te, u);
    }
}
