package org.isnad.extraction.engine.quantity;

import org.isnad.extraction.engine.lexicon.ArabicText;
import org.isnad.extraction.engine.lexicon.Tokens;

/**
 * The number part of a quantity, read at a token: digits with separators and a multiplier chain ("3 آلاف",
 * "1.5 مليار و200 مليون"), vague amounts (عشرات، مئات الآلاف، بضعة…) or number words joined by و
 * ("ثلاثة آلاف وخمسمئة"). {@link QuantityRecognizer} adds comparatives, units and the span around it.
 */
final class NumberParser {

    /** A parsed number expression: token range [ts, te), char range, value (null if vague). */
    record Num(int ts, int te, int start, int end, Double value, boolean vague) {
    }

    private NumberParser() {
    }


    static Num parse(Tokens t, int i) {
        if (t.number[i]) {
            return parseDigits(t, i);
        }
        Num v = parseVague(t, i);
        if (v != null) {
            return v;
        }
        return parseWords(t, i);
    }

    /** Digits with separators, then an optional multiplier chain ("3 آلاف", "1.5 مليار و200 مليون"). */
    private static Num parseDigits(Tokens t, int i) {
        String text = t.text;
        int p = t.start[i];
        int n = text.length();
        StringBuilder sb = new StringBuilder(24);
        int k = i;
        int end = t.end[i];
        sb.append(t.norm[i]);
        // thousands groups and one decimal part, read token by token
        boolean decimal = false;
        int groups = 0;
        while (k + 1 < t.size && t.number[k + 1] && t.start[k + 1] - t.end[k] == 1 && groups++ < 6) {
            char sep = text.charAt(t.end[k]);
            String grp = t.norm[k + 1];
            boolean groupSep = sep == ',' || sep == '\u066C' || sep == '\u2019' || sep == '\'';
            boolean decSep = sep == '.' || sep == '\u066B';
            if (groupSep && grp.length() == 3 && !decimal) {
                sb.append(grp);
            } else if (sep == ',' && !decimal && grp.length() != 3) {
                sb.append('.').append(grp); // "2,5 مليون" (decimal comma)
                decimal = true;
            } else if (decSep && !decimal) {
                sb.append('.').append(grp);
                decimal = true;
            } else {
                break;
            }
            k++;
            end = t.end[k];
        }
        if (sb.length() > 18 || (k + 1 < t.size && t.number[k + 1] && t.start[k + 1] - t.end[k] == 1)) {
            return null; // not a quantity: an identifier, a long grouped code or garbage
        }
        double value;
        try {
            value = Double.parseDouble(sb.toString());
        } catch (NumberFormatException e) {
            return null;
        }
        int start = p;
        // currency symbol before: "$500"
        int te = k + 1;
        // multiplier chain
        double[] chain = multiplierChain(t, te, value);
        if (chain != null) {
            value = chain[0];
            te = (int) chain[1];
            end = t.end[te - 1];
        }
        return new Num(i, te, start, end, value, false);
    }

    /**
     * After a value at token k: multiplier words and "و" + smaller parts. Returns {value, tokenAfter} or
     * null if no multiplier follows.
     */
    private static double[] multiplierChain(Tokens t, int k, double value) {
        if (k >= t.size || t.number[k] || t.gap[k] != 0) {
            return null;
        }
        double m = NumberWords.multiplier(t.norm[k]);
        if (m == 0) {
            return null;
        }
        double total = value * m;
        int te = k + 1;
        // "3 مليارات و500 مليون", "3 آلاف وخمسمئة"
        int parts = 0;
        while (te < t.size && t.gap[te] == 0 && parts++ < 4) {
            int save = te;
            double part;
            if (t.norm[te].equals("\u0648") && te + 1 < t.size && t.gap[te + 1] == 0 && t.number[te + 1]) {
                Num d = parseDigits(t, te + 1);
                if (d == null || d.value() == null) {
                    break;
                }
                part = d.value();
                te = d.te;
            } else if (!t.number[te] && t.norm[te].length() > 2 && t.norm[te].charAt(0) == '\u0648'
                    && NumberWords.WORDS.containsKey(t.norm[te].substring(1))) {
                Num w = parseWordsFrom(t, te, true);
                if (w == null || w.value() == null) {
                    break;
                }
                part = w.value();
                te = w.te;
            } else {
                break;
            }
            if (part >= m) {
                te = save;
                break;
            }
            total += part;
            m = Math.max(1, m / 1000);
        }
        return new double[] {total, te};
    }

    /** "عشرات", "مئات الآلاف", "آلاف", "بضعة", "العشرات من" (value null). */
    private static Num parseVague(Tokens t, int i) {
        String w = t.norm[i];
        int strip = 0;
        Double lb = NumberWords.VAGUE.get(w);
        if (lb == null && w.length() > 3) {
            char c = w.charAt(0);
            if (c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644') {
                String r = w.substring(1);
                lb = NumberWords.VAGUE.get(r);
                strip = 1;
                if (lb == null && c == '\u0644' && r.startsWith("\u0644")) {
                    lb = NumberWords.VAGUE.get("\u0627" + r); // "للعشرات"
                }
            }
        }
        if (lb == null) {
            return null;
        }
        int te = i + 1;
        if (te < t.size && t.gap[te] == 0 && !t.number[te]) {
            String nx = t.norm[te];
            if (nx.equals("الالاف") || nx.equals("الملايين") || nx.equals("الالوف") || nx.equals("المليارات")) {
                te++;
            }
        }
        boolean needsNoun = w.endsWith("عده") || w.endsWith("بضع") || w.endsWith("بضعه");
        if (needsNoun) {
            // "عدة" / "بضعة" are only quantities before a known counted noun
            if (te >= t.size || t.gap[te] != 0 || t.number[te] || Units.unitFor(t.norm[te], false) == null) {
                return null;
            }
        }
        int start = ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
        return new Num(i, te, start, t.end[te - 1], null, true);
    }

    private static Num parseWords(Tokens t, int i) {
        return parseWordsFrom(t, i, false);
    }

    /**
     * Number words from token i. With {@code leadingConj} the first token carries a و that is part of the
     * compound ("وخمسمئة"); otherwise a proclitic (و ف ب ل) on the first word is stripped from the span.
     */
    private static Num parseWordsFrom(Tokens t, int i, boolean leadingConj) {
        String w0 = t.norm[i];
        int strip = 0;
        NumberWords.Word first = NumberWords.WORDS.get(w0);
        if (first == null && w0.length() > 2) {
            char c = w0.charAt(0);
            if (c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644' || c == '\u0643') {
                first = NumberWords.WORDS.get(w0.substring(1));
                strip = 1;
            }
        }
        if (first == null) {
            return null;
        }
        double total = 0;
        double current = 0;
        int k = i;
        int words = 0;
        boolean standaloneOk = first.standalone();
        NumberWords.Word prev = null;
        while (k < t.size && words < 12) {
            if (k > i && (t.gap[k] != 0 || t.number[k])) {
                break;
            }
            String w = k == i ? (strip == 1 ? w0.substring(1) : w0) : t.norm[k];
            boolean conj = false;
            NumberWords.Word nw = NumberWords.WORDS.get(w);
            if (nw == null && k > i && w.length() > 2 && w.charAt(0) == '\u0648') {
                nw = NumberWords.WORDS.get(w.substring(1));
                conj = true;
            }
            if (nw == null) {
                break;
            }
            if (k > i && !conj) {
                // without و only: unit+عشر (teens), unit+مئة, number+multiplier, "ثلاثة آلاف"
                boolean teen = prev != null && prev.kind() == NumberWords.Kind.UNIT && prev.value() < 10
                        && (w.equals("عشر") || w.equals("عشره"));
                boolean hundred = nw.kind() == NumberWords.Kind.HUNDRED && current >= 1 && current <= 9;
                boolean mult = nw.kind() == NumberWords.Kind.MULT;
                if (!teen && !hundred && !mult) {
                    break;
                }
            }
            if (k > i && conj && nw.kind() == NumberWords.Kind.MULT) {
                break; // "ألف وآلاف"? not a compound
            }
            switch (nw.kind()) {
                case UNIT -> {
                    if (prev != null && !conj && prev.kind() == NumberWords.Kind.UNIT && nw.value() == 10) {
                        current += 10; // خمسة عشر
                        standaloneOk = true;
                    } else {
                        current += nw.value();
                    }
                }
                case TENS, HUNDREDS -> current += nw.value();
                case HUNDRED -> {
                    if (!conj && current >= 1 && current <= 9 && prev != null) {
                        current *= 100; // ثلاث مئة
                    } else {
                        current += 100;
                    }
                }
                case MULT -> {
                    double v = nw.value();
                    double base = v == 2e3 ? 1e3 : v == 2e6 ? 1e6 : v == 2e9 ? 1e9 : v;
                    double factor = current == 0 ? (v == base ? 1 : 2) : current;
                    if (current != 0 && v != base) {
                        factor = current; // "ثلاثة ألفين"? treat as multiplier
                    }
                    total += factor * base;
                    current = 0;
                }
                default -> {
                }
            }
            if (conj && prev != null && (nw.kind() == NumberWords.Kind.TENS || nw.kind() == NumberWords.Kind.UNIT)) {
                standaloneOk = true;
            }
            prev = nw;
            words++;
            k++;
        }
        if (words == 0) {
            return null;
        }
        if (words == 1 && !standaloneOk && !leadingConj) {
            return null; // "أحد", "واحد" alone
        }
        double value = total + current;
        if (value <= 0) {
            return null;
        }
        int start = leadingConj ? t.start[i] : ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
        return new Num(i, k, start, t.end[k - 1], value, false);
    }
}
