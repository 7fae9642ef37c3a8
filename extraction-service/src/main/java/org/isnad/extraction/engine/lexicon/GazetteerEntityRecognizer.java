package org.isnad.extraction.engine.lexicon;

import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule-and-lexicon recogniser for PERSON / ORGANIZATION / LOCATION mentions.
 *
 * <p>Four passes over one tokenisation ({@link Tokens}), then a greedy overlap resolution (longer span
 * first; on equal spans gazetteer beats trigger beats heuristic):
 * <ol>
 *   <li><b>Gazetteer</b>: token-trie lookup of every position under each proclitic reading (و ف ب ك ل, لل→ال).
 *       The span excludes proclitics and quotes; {@code normalized} is the canonical name. Context-dependent
 *       forms (marked {@code ?} in the lists) need a quote / outlet noun / person title, or coordination
 *       with a sure mention of the same type ("حمص و?X").</li>
 *   <li><b>Location triggers</b>: admin nouns (مدينة، بلدة، قرية، محافظة، منطقة، حي، ناحية...) + name → span is
 *       the name only; feature nouns (ريف، حقل، قاعدة، مخيم، سد، جبل، نهر، مطار، معبر، سجن...) + name → span
 *       includes the feature noun ("ريف دير الزور الشرقي", "حقل العمر"). A quoted name gives the quoted text
 *       as span. Dual nouns (قاعدتي X وY) give two places.</li>
 *   <li><b>Organisation triggers</b>: construct heads (وزارة، هيئة، مديرية، جيش، قوات، حزب، وكالة، منظمة...)
 *       + a definite genitive (optionally after up to two indefinite construct nouns) + nisba adjectives;
 *       institutional heads also take a لـ genitive (لحقوق، لشؤون، للـ...). Prepositions (في، من، على...),
 *       punctuation, conjunction و and non-adjectival words end the name, so
 *       "مركز المصالحة الروسي في سوريا" gives "مركز المصالحة الروسي" (the locative "في سوريا" is a
 *       complement, not part of the name). Definite heads (الجيش، القوات، الحكومة...) need a nisba adjective
 *       ("الجيش الأمريكي"). Descriptor heads (تنظيم، ميليشيا، فصيل، حركة...) + quoted name give the quoted
 *       name.</li>
 *   <li><b>Person triggers</b>: a title (الرئيس، الوزير، الخبير، المتحدث باسم...، العقيد...) followed by
 *       modifiers (nisba adjectives, genitives, "باسم X", "في شؤون X", gazetteer names) and an optional comma,
 *       then 1–3 name words. Also an unambiguous given name + surname without a title. Names found this way
 *       are then propagated in the same text (full name and surname alone: "رحمون").</li>
 * </ol>
 * Thread-safe and allocation-light; never throws (returns what it has on an internal error).
 */
public final class GazetteerEntityRecognizer {

    private static final java.util.Set<String> PERSON_CTX = TriggerWords.set("نظام حكومة عهد عائلة أسرة");
    private static final java.util.Set<String> MOD_NOUNS = TriggerWords.set("شؤون الشؤون ملف مجال قضايا الشأن شأن");
    private static final int PRIO_HEURISTIC = 1;
    private static final int PRIO_TRIGGER = 2;
    private static final int PRIO_GAZ = 3;

    private final Gazetteer gaz;

    public GazetteerEntityRecognizer() {
        this(Gazetteer.get());
    }

    public GazetteerEntityRecognizer(Gazetteer gazetteer) {
        this.gaz = gazetteer;
    }

    /** A candidate mention; token range [ts, te) is used for context and coordination. */
    static final class Cand {
        final int start;
        final int end;
        final EntityType type;
        final String norm;
        final int ts;
        final int te;
        final int prio;
        final Gazetteer.Category category;

        Cand(int start, int end, EntityType type, String norm, int ts, int te, int prio,
             Gazetteer.Category category) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.norm = norm;
            this.ts = ts;
            this.te = te;
            this.prio = prio;
            this.category = category;
        }
    }

    /** Finds entity mentions; offsets index the original text. Never throws, never returns null. */
    public List<Entity> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return run(Tokens.of(text));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** As {@link #find(String)} on an existing tokenisation (lets the engine tokenise once). */
    public List<Entity> find(Tokens tokens) {
        if (tokens == null || tokens.size == 0) {
            return List.of();
        }
        try {
            return run(tokens);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private List<Entity> run(Tokens t) {
        String text = t.text;
        if (t.size == 0) {
            return List.of();
        }
        TokenReadings rd = TokenReadings.of(t);
        List<Cand> cands = new ArrayList<>();
        List<Cand> pending = new ArrayList<>();
        int[] flags = new int[1];
        int skipGazUntil = 0;
        for (int i = 0; i < t.size; i++) {
            if (t.number[i]) {
                continue;
            }
            List<Gazetteer.Hit> hits = gaz.matchesAndFlags(t, rd, i, flags);
            if (i >= skipGazUntil && !hits.isEmpty()) {
                skipGazUntil = gazetteerHits(t, i, hits, cands, pending);
            }
            int bits = flags[0];
            if (bits == 0) {
                continue;
            }
            if ((bits & Gazetteer.FLAG_LOC_TRIGGER) != 0) {
                locationTrigger(t, rd, i, cands);
            }
            if ((bits & Gazetteer.FLAG_ORG_TRIGGER) != 0) {
                orgTrigger(t, rd, i, cands);
            }
            if ((bits & Gazetteer.FLAG_PERSON_TRIGGER) != 0) {
                personTrigger(t, rd, i, cands);
            }
            if ((bits & Gazetteer.FLAG_FIRST_NAME) != 0) {
                givenNameHeuristic(t, i, cands);
            }
        }
        for (int i = 0; i + 1 < t.size; i++) {
            if (!t.number[i] && TriggerWords.NAME_CONNECTOR.contains(t.norm[i])) {
                givenNameHeuristic(t, i, cands); // "عبد الله X", "أبو محمد X"
            }
        }
        List<Cand> accepted = resolve(cands, t.size);
        if (!pending.isEmpty()) {
            coordinate(t, accepted, pending);
        }
        propagateNames(t, rd, accepted);
        accepted.sort((a, b) -> Integer.compare(a.start, b.start));
        List<Entity> out = new ArrayList<>(accepted.size());
        for (Cand c : accepted) {
            if (c.start >= 0 && c.end <= text.length() && c.start < c.end) {
                out.add(new Entity(text.substring(c.start, c.end), c.type, c.start, c.end, c.norm));
            }
        }
        return out;
    }

    // =============================================================================================
    // pass 1: gazetteer

    /** Turns the trie hits at token i into a candidate (or a pending context-dependent one). */
    private int gazetteerHits(Tokens t, int i, List<Gazetteer.Hit> hits, List<Cand> cands, List<Cand> pending) {
        for (Gazetteer.Hit h : hits) {
            Gazetteer.Entry e = choose(t, h);
            int s = ArabicText.skipFolded(t.text, t.start[i], h.strip(), t.end[i]);
            int end = t.end[h.tokEnd() - 1];
            if (e != null) {
                cands.add(new Cand(s, end, e.type(), e.canonical(), i, h.tokEnd(), PRIO_GAZ, e.category()));
                return h.tokEnd();
            }
            Gazetteer.Entry amb = h.entries()[0];
            pending.add(new Cand(s, end, amb.type(), amb.canonical(), i, h.tokEnd(),
                    h.strip() > 0 && firstFolded(t, i) == '\u0648' ? 1 : 0, amb.category()));
        }
        return i + 1;
    }

    private static char firstFolded(Tokens t, int i) {
        String n = t.norm[i];
        return n.isEmpty() ? 0 : n.charAt(0);
    }

    /** Picks the entry of a hit that the context supports, or null if only context-dependent forms fit. */
    private Gazetteer.Entry choose(Tokens t, Gazetteer.Hit h) {
        Gazetteer.Entry sure = null;
        for (Gazetteer.Entry e : h.entries()) {
            if (e.contextual()) {
                if (contextSupports(t, h, e)) {
                    return e;
                }
            } else if (sure == null) {
                sure = e;
            }
        }
        return sure;
    }

    private boolean contextSupports(Tokens t, Gazetteer.Hit h, Gazetteer.Entry e) {
        int i = h.tokStart();
        int last = h.tokEnd() - 1;
        boolean quoted = t.quoteBefore(i) && t.quoteAfter(last) && h.strip() == 0;
        EntityType type = e.type();
        if (type == EntityType.ORGANIZATION) {
            if (quoted) {
                return true;
            }
            if (i > 0 && (t.gap[i] & ~Tokens.GAP_QUOTE) == 0) {
                String prev = t.norm[i - 1];
                if (e.category() == Gazetteer.Category.OUTLET) {
                    return inSet(TriggerWords.OUTLET_CUE, prev);
                }
                return inSet(TriggerWords.ORG_DESCRIPTOR, prev) || inSet(TriggerWords.ORG_HEAD, prev);
            }
            return false;
        }
        if (type == EntityType.PERSON) {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
                if ((t.gap[k + 1] & Tokens.GAP_BREAK) != 0) {
                    return false;
                }
                String p = t.norm[k];
                if (inSet(TriggerWords.PERSON_TITLE, p) || inSet(PERSON_CTX, p)) {
                    return true;
                }
            }
            return false;
        }
        return false; // places: only via triggers and coordination
    }

    /** Membership of a word or of the word without a leading conjunction و/ف ("وزير", "وقناة"). */
    private static boolean inSet(java.util.Set<String> set, String w) {
        return set.contains(w) || set.contains(stripConj(w));
    }

    /** Removes a leading conjunction و/ف (for context words such as "وقناة"). */
    private static String stripConj(String w) {
        if (w.length() >= 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
            return w.substring(1);
        }
        return w;
    }

    /** The proclitic reading of token i that is in the set, as {form, strip}, or null. */
    private static Object[] readingIn(TokenReadings rd, int i, java.util.Set<String> set) {
        for (int r = 0, n = rd.count(i); r < n; r++) {
            String f = rd.form(i, r);
            if (set.contains(f)) {
                return new Object[] {f, rd.strip(i, r)};
            }
        }
        return null;
    }

    // =============================================================================================
    // helpers on tokens

    private static boolean isDefinite(String w) {
        return w.length() > 2 && w.charAt(0) == '\u0627' && w.charAt(1) == '\u0644';
    }

    private static boolean isLatin(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(0);
        return c < 0x250;
    }

    /** Definite nisba-shaped adjective: ال...ي / ال...يه. */
    private static boolean isNisba(String w) {
        if (!isDefinite(w) || w.length() < 5) {
            return false;
        }
        return w.endsWith("\u064A") || w.endsWith("\u064A\u0647");
    }

    private static boolean plain(Tokens t, int j) {
        return j < t.size && t.gap[j] == 0;
    }

    private static boolean wordAt(Tokens t, int j) {
        return j < t.size && !t.number[j];
    }

    /** The gazetteer hit at token j with no proclitic (longest), or null. */
    private Gazetteer.Hit bareHit(Tokens t, int j) {
        if (j >= t.size || t.number[j]) {
            return null;
        }
        List<Gazetteer.Hit> hs = gaz.bareMatchesAt(t, j);
        return hs.isEmpty() ? null : hs.get(0);
    }

    private static Gazetteer.Entry firstOfType(Gazetteer.Hit h, EntityType type) {
        if (h == null) {
            return null;
        }
        for (Gazetteer.Entry e : h.entries()) {
            if (e.type() == type) {
                return e;
            }
        }
        return null;
    }

    /** Closing token of a quoted name starting at token j (quote in gap[j]), or -1. */
    private static int quotedEnd(Tokens t, int j, int maxTokens) {
        if (j >= t.size || (t.gap[j] & Tokens.GAP_QUOTE) == 0) {
            return -1;
        }
        for (int k = j; k < t.size && k < j + maxTokens; k++) {
            int after = t.gapAfter(k);
            if ((after & Tokens.GAP_QUOTE) != 0) {
                return k;
            }
            if ((after & ~Tokens.GAP_DOT) != 0) {
                return -1;
            }
        }
        return -1;
    }

    private String clean(Tokens t, int from, int to) {
        return ArabicText.clean(t.text.substring(from, to));
    }

    // =============================================================================================
    // pass 2: location triggers

    private void locationTrigger(Tokens t, TokenReadings rd, int i, List<Cand> out) {
        String w = t.norm[i];
        Object[] th = readingIn(rd, i, TriggerWords.LOC_ADMIN);
        boolean admin = th != null;
        if (th == null) {
            th = readingIn(rd, i, TriggerWords.LOC_FEATURE);
        }
        if (th == null || i + 1 >= t.size) {
            return;
        }
        String trig = (String) th[0];
        int strip = (Integer) th[1];
        int trigStart = ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
        int j = i + 1;
        int g = t.gap[j];
        // quoted name
        if ((g & Tokens.GAP_QUOTE) != 0 && (g & ~(Tokens.GAP_QUOTE)) == 0) {
            int k = quotedEnd(t, j, 6);
            if (k < 0 || t.number[j]) {
                return;
            }
            String name = clean(t, t.start[j], t.end[k]);
            Gazetteer.Entry ge = placeEntryExact(t, j, k + 1);
            String canon = ge != null ? ge.canonical() : name;
            String norm = admin ? canon : featureName(t, i, strip, trig) + " " + canon;
            out.add(new Cand(t.start[j], t.end[k], EntityType.LOCATION, norm, j, k + 1, PRIO_TRIGGER,
                    Gazetteer.Category.CITY));
            return;
        }
        if (g != 0 || !wordAt(t, j)) {
            return;
        }
        int[] name = parsePlaceName(t, j);
        if (name == null) {
            return;
        }
        int nameEnd = name[0]; // exclusive token index
        String canon = name[1] == 1 ? placeCanonical(t, j, nameEnd) : clean(t, t.start[j], t.end[nameEnd - 1]);
        if (admin) {
            out.add(new Cand(t.start[j], t.end[nameEnd - 1], EntityType.LOCATION, canon, j, nameEnd,
                    PRIO_TRIGGER, Gazetteer.Category.CITY));
        } else {
            int k = nameEnd;
            StringBuilder norm = new StringBuilder(featureName(t, i, strip, trig)).append(' ').append(canon);
            int adj = 0;
            while (k < t.size && adj < 2 && plain(t, k) && !t.number[k]
                    && (TriggerWords.DIRECTIONAL.contains(t.norm[k]) || TriggerWords.FEATURE_ADJ.contains(t.norm[k]))) {
                norm.append(' ').append(clean(t, t.start[k], t.end[k]));
                k++;
                adj++;
            }
            out.add(new Cand(trigStart, t.end[k - 1], EntityType.LOCATION, norm.toString(), i, k,
                    PRIO_TRIGGER, Gazetteer.Category.REGION));
            nameEnd = k;
        }
        // dual: "قاعدتي كونيكو والعمر"
        if (TriggerWords.LOC_DUAL.contains(trig) && nameEnd < t.size && t.gap[nameEnd] == 0
                && t.norm[nameEnd].length() >= 3 && t.norm[nameEnd].charAt(0) == '\u0648') {
            int j2 = nameEnd;
            String rest = t.norm[j2].substring(1);
            if (TriggerWords.STOP.contains(rest) || TriggerWords.LOC_NAME_STOP.contains(rest)) {
                return;
            }
            int s2 = ArabicText.skipFolded(t.text, t.start[j2], 1, t.end[j2]);
            int e2 = t.end[j2];
            int te2 = j2 + 1;
            // allow a two-token second name when the rest is a place prefix ("وتل أبيض")
            if (TriggerWords.PLACE_PREFIX.contains(rest) && plain(t, j2 + 1) && wordAt(t, j2 + 1)) {
                e2 = t.end[j2 + 1];
                te2 = j2 + 2;
            }
            String n2 = ArabicText.clean(t.text.substring(s2, e2));
            Gazetteer.Entry ge = null;
            List<Gazetteer.Hit> hs = gaz.matchesAt(t, j2);
            for (Gazetteer.Hit h : hs) {
                if (h.strip() == 1 && h.tokEnd() == te2) {
                    ge = firstOfType(h, EntityType.LOCATION);
                    break;
                }
            }
            String c2 = ge != null ? ge.canonical() : n2;
            String norm2 = admin ? c2 : TriggerWords.featureSingular(trig).equals(trig)
                    ? featureName(t, i, strip, trig) + " " + c2 : singularPretty(trig) + " " + c2;
            out.add(new Cand(s2, e2, EntityType.LOCATION, norm2, j2, te2, PRIO_TRIGGER, Gazetteer.Category.CITY));
        }
    }

    private static String singularPretty(String folded) {
        return switch (folded) {
            case "ريفي" -> "ريف";
            case "حقلي", "حقول" -> "حقل";
            case "قاعدتي" -> "قاعدة";
            case "مخيمي" -> "مخيم";
            case "مطاري" -> "مطار";
            case "معبري" -> "معبر";
            case "باديتي" -> "بادية";
            case "جبال" -> "جبل";
            default -> folded;
        };
    }

    /** The feature word as written (without proclitic), singularised for duals. */
    private String featureName(Tokens t, int i, int strip, String trig) {
        String sing = singularPretty(trig);
        if (!sing.equals(trig)) {
            return sing;
        }
        int s = ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
        return ArabicText.clean(t.text.substring(s, t.end[i]));
    }

    /**
     * Parses a place name starting at token j. Returns {endExclusive, fromGazetteer(1/0)} or null.
     */
    private int[] parsePlaceName(Tokens t, int j) {
        // a gazetteer place (any, even context-dependent: the trigger is the context)
        Gazetteer.Hit h = bareHit(t, j);
        if (h != null && firstOfType(h, EntityType.LOCATION) != null) {
            return new int[] {h.tokEnd(), 1};
        }
        String w = t.norm[j];
        if (w.length() < 2 || TriggerWords.STOP.contains(w) || TriggerWords.LOC_NAME_STOP.contains(w)
                || TriggerWords.DIRECTIONAL.contains(w)) {
            return null;
        }
        if (h != null) {
            return null; // an organisation or person name is not a place name
        }
        boolean def = isDefinite(w);
        if (!def && (w.endsWith("\u064A\u0647") || w.endsWith("\u064A\u064A\u0646"))) {
            return null; // indefinite nisba adjective: "منطقة صناعية"
        }
        int k = j + 1;
        if (TriggerWords.PLACE_PREFIX.contains(w)) {
            if (!plain(t, k) || !wordAt(t, k) || TriggerWords.STOP.contains(t.norm[k])) {
                return null;
            }
            k++;
            if (TriggerWords.PLACE_PREFIX.contains(t.norm[k - 1]) && plain(t, k) && wordAt(t, k)
                    && !TriggerWords.STOP.contains(t.norm[k])) {
                k++;
            }
            return new int[] {k, 0};
        }
        if (!def && plain(t, k) && wordAt(t, k)) {
            String n2 = t.norm[k];
            if (isDefinite(n2) && !TriggerWords.STOP.contains(n2) && !TriggerWords.DIRECTIONAL.contains(n2)
                    && !TriggerWords.LOC_NAME_STOP.contains(n2) && !TriggerWords.FEATURE_ADJ.contains(n2)
                    && !isNisba(n2)) {
                k++;
            }
        }
        return new int[] {k, 0};
    }

    private String placeCanonical(Tokens t, int from, int toExcl) {
        Gazetteer.Entry e = placeEntryExact(t, from, toExcl);
        return e != null ? e.canonical() : clean(t, t.start[from], t.end[toExcl - 1]);
    }

    private Gazetteer.Entry placeEntryExact(Tokens t, int from, int toExcl) {
        for (Gazetteer.Hit h : gaz.bareMatchesAt(t, from)) {
            if (h.tokEnd() == toExcl) {
                Gazetteer.Entry e = firstOfType(h, EntityType.LOCATION);
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    // =============================================================================================
    // pass 3: organisation triggers

    private void orgTrigger(Tokens t, TokenReadings rd, int i, List<Cand> out) {
        Object[] th = readingIn(rd, i, TriggerWords.ORG_HEAD);
        boolean defHead = false;
        if (th == null) {
            th = readingIn(rd, i, TriggerWords.ORG_DEF_HEAD);
            defHead = th != null;
        }
        if (th == null || i + 1 >= t.size) {
            return;
        }
        String head = (String) th[0];
        int strip = (Integer) th[1];
        if (defHead && i > 0 && t.gap[i] == 0 && inSet(TriggerWords.MINISTER, t.norm[i - 1])) {
            return; // "وزير الخارجية الروسي" is a person's title, not the ministry
        }
        int headStart = ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
        int j = i + 1;
        int g = t.gap[j];
        if (!defHead && (g & Tokens.GAP_QUOTE) != 0 && (g & ~Tokens.GAP_QUOTE) == 0) {
            int k = quotedEnd(t, j, 6);
            if (k < 0) {
                return;
            }
            Gazetteer.Entry ge = null;
            for (Gazetteer.Hit h : gaz.matchesAt(t, j)) {
                if (h.tokEnd() == k + 1) {
                    ge = firstOfType(h, EntityType.ORGANIZATION);
                    if (ge != null) {
                        int s = ArabicText.skipFolded(t.text, t.start[j], h.strip(), t.end[j]);
                        out.add(new Cand(s, t.end[k], EntityType.ORGANIZATION, ge.canonical(), j, k + 1,
                                PRIO_TRIGGER, ge.category()));
                        return;
                    }
                }
            }
            if (firstOfType(bareHit(t, j), EntityType.LOCATION) != null && bareHit(t, j).tokEnd() == k + 1) {
                return; // "جيش “سوريا”"-like: a place in quotes is not the name
            }
            out.add(new Cand(t.start[j], t.end[k], EntityType.ORGANIZATION, clean(t, t.start[j], t.end[k]),
                    j, k + 1, PRIO_TRIGGER, null));
            return;
        }
        if (g != 0 || !wordAt(t, j)) {
            return;
        }
        int k = j;
        int innerOrgs = 0;
        Gazetteer.Entry innerOrg = null;
        int consumedOther = 0;
        if (defHead) {
            int adj = 0;
            while (k < t.size && adj < 3 && (k == j || plain(t, k)) && wordAt(t, k) && isOrgAdjective(t.norm[k])) {
                k++;
                adj++;
            }
            if (adj == 0) {
                return;
            }
            consumedOther = adj;
        } else {
            // slot 1: [indefinite construct nouns]{0,2} then a definite word / gazetteer name / Latin word
            int indef = 0;
            boolean done = false;
            while (k < t.size && (k == j || plain(t, k)) && wordAt(t, k)) {
                String w = t.norm[k];
                Gazetteer.Hit h = bareHit(t, k);
                if (h != null && !TriggerWords.STOP.contains(w)) {
                    Gazetteer.Entry oe = firstOfType(h, EntityType.ORGANIZATION);
                    if (oe != null && indef == 0) {
                        innerOrgs++;
                        innerOrg = oe;
                    } else {
                        consumedOther++;
                    }
                    k = h.tokEnd();
                    done = true;
                    break;
                }
                if (isDefinite(w) && !TriggerWords.STOP.contains(w) && !TriggerWords.ORG_ADJ_STOP.contains(w)) {
                    k++;
                    consumedOther++;
                    done = true;
                    break;
                }
                if (isLatin(w)) {
                    k++;
                    while (k < t.size && plain(t, k) && isLatin(t.norm[k]) && k - j < 4) {
                        k++;
                    }
                    consumedOther++;
                    done = true;
                    break;
                }
                if (indef < 2 && !TriggerWords.STOP.contains(w) && !TriggerWords.ORG_HEAD.contains(w)
                        && !w.endsWith("\u064A\u0647") && !w.endsWith("\u064A") && w.length() >= 3) {
                    indef++;
                    consumedOther++;
                    k++;
                    continue;
                }
                break;
            }
            if (!done) {
                return;
            }
        }
        // continuation: nisba adjectives and (for institutional heads) a لـ genitive
        int max = j + 8;
        while (k < t.size && k < max && plain(t, k) && wordAt(t, k)) {
            String w = t.norm[k];
            if (isOrgAdjective(w)) {
                k++;
                consumedOther++;
                continue;
            }
            if (TriggerWords.ORG_LAM_HEADS.contains(head)
                    && (TriggerWords.ORG_LAM_WORDS.contains(w) || (w.startsWith("\u0644\u0644") && w.length() >= 5
                    && !w.equals("للصحفيين") && !w.equals("للصحافه") && !w.equals("للاعلام")))) {
                k++;
                consumedOther++;
                if (!w.startsWith("\u0644\u0644") && plain(t, k) && wordAt(t, k) && isDefinite(t.norm[k])
                        && !TriggerWords.STOP.contains(t.norm[k])) {
                    k++; // لحقوق الإنسان
                }
                continue;
            }
            break;
        }
        int end = t.end[k - 1];
        String norm;
        if (innerOrgs == 1 && consumedOther == 0) {
            norm = innerOrg.canonical(); // "وكالة سانا" → سانا, "قوات قسد" → قوات سوريا الديمقراطية
        } else {
            Gazetteer.Entry whole = null;
            for (Gazetteer.Hit h : gaz.matchesAt(t, i)) {
                if (h.tokEnd() == k && h.strip() == strip) {
                    whole = firstOfType(h, EntityType.ORGANIZATION);
                    break;
                }
            }
            norm = whole != null ? whole.canonical() : ArabicText.clean(t.text.substring(headStart, end));
            if (whole == null && head.startsWith("\u0627\u0644") && norm.startsWith("\u0644")) {
                norm = "\u0627" + norm; // "للقوات المسلحة" → "القوات المسلحة"
            }
        }
        out.add(new Cand(headStart, end, EntityType.ORGANIZATION, norm, i, k, PRIO_TRIGGER, null));
    }

    private static boolean isOrgAdjective(String w) {
        if (TriggerWords.ORG_ADJ_STOP.contains(w) || TriggerWords.STOP.contains(w)) {
            return false;
        }
        return TriggerWords.ORG_ADJ_EXTRA.contains(w) || isNisba(w);
    }

    // =============================================================================================
    // pass 4: person triggers and heuristics

    private void personTrigger(Tokens t, TokenReadings rd, int i, List<Cand> out) {
        Object[] th = readingIn(rd, i, TriggerWords.PERSON_TITLE);
        if (th == null) {
            return;
        }
        int k = i + 1;
        int mods = 0;
        boolean comma = false;
        // modifiers
        while (k < t.size && mods < 10) {
            int g = t.gap[k];
            if (g != 0) {
                if ((g & ~Tokens.GAP_DOT) == 0 && k == i + 1 && t.norm[i].length() == 1) {
                    // "د. أحمد"
                } else if ((g & ~Tokens.GAP_COMMA) == 0 && !comma && mods > 0) {
                    comma = true;
                    break;
                } else {
                    return;
                }
            }
            if (t.number[k]) {
                return;
            }
            String w = t.norm[k];
            Gazetteer.Hit h = bareHit(t, k);
            if (h != null) {
                if (firstOfType(h, EntityType.PERSON) != null) {
                    return; // the gazetteer pass names this person
                }
                k = h.tokEnd();
                mods++;
                continue;
            }
            if (TriggerWords.PERSON_TITLE.contains(w) || w.equals("باسم") || MOD_NOUNS.contains(w)) {
                k++;
                mods++;
                continue;
            }
            if (w.equals("في") && k + 1 < t.size && plain(t, k + 1)) {
                String nx = t.norm[k + 1];
                if (MOD_NOUNS.contains(nx)) {
                    k += 2;
                    mods += 2;
                    continue;
                }
                return;
            }
            if (TriggerWords.STOP.contains(w)) {
                return;
            }
            if (isDefinite(w)) {
                k++;
                mods++;
                continue;
            }
            Object[] lam = readingIn(rd, k, TriggerWords.ORG_HEAD);
            if (TriggerWords.ORG_HEAD.contains(w) || TriggerWords.LOC_ADMIN.contains(w)
                    || (lam != null && (Integer) lam[1] > 0)) {
                k++;
                mods++;
                continue;
            }
            // indefinite construct noun followed by a definite word or a place: "خارجية روسيا"
            if (!gaz.isFirstName(w) && !gaz.isAmbiguousFirstName(w) && plain(t, k + 1) && wordAt(t, k + 1)
                    && (isDefinite(t.norm[k + 1]) || bareHit(t, k + 1) != null)
                    && !TriggerWords.NAME_CONNECTOR.contains(w)) {
                k++;
                mods++;
                continue;
            }
            break; // candidate name start
        }
        if (k >= t.size) {
            return;
        }
        int[] name = parseName(t, k, true);
        if (name == null) {
            return;
        }
        addPerson(t, k, name[0], out, PRIO_TRIGGER);
    }

    /** A given name (unambiguous) followed by a surname, with no title. */
    private void givenNameHeuristic(Tokens t, int i, List<Cand> out) {
        String w = t.norm[i];
        boolean given = gaz.isFirstName(w);
        if (!given && TriggerWords.NAME_CONNECTOR.contains(w) && plain(t, i + 1) && wordAt(t, i + 1)) {
            given = gaz.isFirstName(w + " " + t.norm[i + 1]);
        }
        if (!given) {
            return;
        }
        if (i > 0 && t.gap[i] == 0 && inSet(TriggerWords.PERSON_TITLE, t.norm[i - 1])) {
            return; // handled by the title rule
        }
        int[] name = parseName(t, i, false);
        if (name == null || name[0] - i < 2) {
            return;
        }
        addPerson(t, i, name[0], out, PRIO_HEURISTIC);
    }

    /**
     * Parses 1–3 name words (connectors عبد/أبو/بن take the next word) from token k. With {@code titled}
     * false, the first word must be a known given name and a surname must follow. Returns {endExclusive}.
     */
    private int[] parseName(Tokens t, int k, boolean titled) {
        if (!wordAt(t, k)) {
            return null;
        }
        String w = t.norm[k];
        if (w.length() < 2 || TriggerWords.STOP.contains(w) || isDefinite(w) || isLatinSymbolic(w)) {
            return null;
        }
        if (TriggerWords.PERSON_TITLE.contains(w) || TriggerWords.ORG_HEAD.contains(w)
                || TriggerWords.LOC_ADMIN.contains(w) || TriggerWords.LOC_FEATURE.contains(w)) {
            return null;
        }
        Gazetteer.Hit h = bareHit(t, k);
        if (h != null && firstOfType(h, EntityType.PERSON) == null) {
            return null;
        }
        int e = k;
        int words = 0;
        while (e < t.size && words < 3) {
            if (e > k && !plain(t, e)) {
                break;
            }
            if (!wordAt(t, e)) {
                break;
            }
            String x = t.norm[e];
            if (TriggerWords.NAME_CONNECTOR.contains(x)) {
                if (!plain(t, e + 1) || !wordAt(t, e + 1) || TriggerWords.STOP.contains(t.norm[e + 1])) {
                    break;
                }
                e += 2;
                words++;
                continue;
            }
            if (e > k) {
                if (TriggerWords.STOP.contains(x) || TriggerWords.PERSON_TITLE.contains(x)
                        || TriggerWords.ORG_HEAD.contains(x) || TriggerWords.LOC_ADMIN.contains(x)
                        || TriggerWords.DIRECTIONAL.contains(x) || isLatinSymbolic(x)) {
                    break;
                }
                Gazetteer.Hit gh = bareHit(t, e);
                if (gh != null && firstOfType(gh, EntityType.PERSON) == null) {
                    break;
                }
                if (isDefinite(x)) {
                    if (TriggerWords.ORG_ADJ_STOP.contains(x)) {
                        break;
                    }
                    e++;
                    words++;
                    break; // a definite surname ends the name
                }
                if (x.length() < 2) {
                    break;
                }
            }
            e++;
            words++;
        }
        if (e == k) {
            return null;
        }
        if (!titled) {
            if (e - k < 2) {
                return null;
            }
            String second = t.norm[k + 1];
            if (TriggerWords.NAME_CONNECTOR.contains(t.norm[k]) && e - k < 3) {
                return null; // "عبد الله" alone
            }
            if (second.length() < 3 && !TriggerWords.NAME_CONNECTOR.contains(second)) {
                return null;
            }
        }
        return new int[] {e};
    }

    private static boolean isLatinSymbolic(String w) {
        return isLatin(w) && w.length() <= 1;
    }

    private void addPerson(Tokens t, int from, int toExcl, List<Cand> out, int prio) {
        int s = t.start[from];
        int e = t.end[toExcl - 1];
        Gazetteer.Entry pe = null;
        for (Gazetteer.Hit h : gaz.bareMatchesAt(t, from)) {
            if (h.tokEnd() == toExcl) {
                pe = firstOfType(h, EntityType.PERSON);
                break;
            }
        }
        String norm = pe != null ? pe.canonical() : ArabicText.clean(t.text.substring(s, e));
        out.add(new Cand(s, e, EntityType.PERSON, norm, from, toExcl, prio, Gazetteer.Category.PERSON));
    }

    // =============================================================================================
    // resolution, coordination, propagation

    private static List<Cand> resolve(List<Cand> cands, int nTokens) {
        cands.sort((a, b) -> {
            int la = a.end - a.start;
            int lb = b.end - b.start;
            if (la != lb) {
                return Integer.compare(lb, la);
            }
            if (a.prio != b.prio) {
                return Integer.compare(b.prio, a.prio);
            }
            return Integer.compare(a.start, b.start);
        });
        List<Cand> acc = new ArrayList<>();
        boolean[] taken = new boolean[nTokens + 1];
        for (Cand c : cands) {
            if (c.end <= c.start || c.ts < 0 || c.te > nTokens || c.te <= c.ts) {
                continue;
            }
            boolean free = true;
            for (int k = c.ts; k < c.te; k++) {
                if (taken[k]) {
                    free = false;
                    break;
                }
            }
            if (!free) {
                continue;
            }
            for (int k = c.ts; k < c.te; k++) {
                taken[k] = true;
            }
            acc.add(c);
        }
        return acc;
    }

    /** Accepts context-dependent mentions coordinated with a sure mention of the same type. */
    private static void coordinate(Tokens t, List<Cand> accepted, List<Cand> pending) {
        Map<Integer, Cand> byEnd = new HashMap<>();
        Map<Integer, Cand> byStart = new HashMap<>();
        boolean[] taken = new boolean[t.size + 1];
        for (Cand c : accepted) {
            byEnd.put(c.te, c);
            byStart.put(c.ts, c);
            for (int k = Math.max(0, c.ts); k < c.te && k < t.size; k++) {
                taken[k] = true;
            }
        }
        boolean changed = true;
        int rounds = 0;
        while (changed && rounds++ < 4) {
            changed = false;
            for (java.util.Iterator<Cand> it = pending.iterator(); it.hasNext(); ) {
                Cand p = it.next();
                boolean ok = false;
                Cand left = byEnd.get(p.ts);
                if (left != null && left.type == p.type) {
                    int g = t.gap[p.ts];
                    ok = (p.prio == 1 && g == 0) || (g & ~Tokens.GAP_COMMA) == 0 && (g & Tokens.GAP_COMMA) != 0;
                }
                Cand right = byStart.get(p.te);
                if (!ok && right != null && right.type == p.type && p.te < t.size) {
                    int g = t.gap[p.te];
                    boolean conj = g == 0 && t.norm[p.te].length() > 2 && t.norm[p.te].charAt(0) == '\u0648'
                            && right.start > t.start[p.te];
                    ok = conj || ((g & ~Tokens.GAP_COMMA) == 0 && (g & Tokens.GAP_COMMA) != 0);
                }
                if (!ok) {
                    continue;
                }
                it.remove();
                boolean free = true;
                for (int k = p.ts; k < p.te; k++) {
                    if (taken[k]) {
                        free = false;
                        break;
                    }
                }
                if (!free) {
                    continue;
                }
                Cand acc = new Cand(p.start, p.end, p.type, p.norm, p.ts, p.te, PRIO_GAZ, p.category);
                accepted.add(acc);
                byEnd.put(acc.te, acc);
                byStart.put(acc.ts, acc);
                for (int k = p.ts; k < p.te; k++) {
                    taken[k] = true;
                }
                changed = true;
            }
        }
    }

    /** Re-finds names already recognised in this text (full name and surname alone). */
    private void propagateNames(Tokens t, TokenReadings rd, List<Cand> accepted) {
        Map<String, List<Object[]>> byFirst = null; // first folded token → {String[] tokens, canonical}
        Map<String, String> surnames = null;        // "رحمون" → canonical
        for (Cand c : accepted) {
            if (c.type != EntityType.PERSON || c.te - c.ts < 2 || c.category != Gazetteer.Category.PERSON) {
                continue;
            }
            if (byFirst == null) {
                byFirst = new HashMap<>();
                surnames = new HashMap<>();
            }
            String[] toks = java.util.Arrays.copyOfRange(t.norm, c.ts, c.te);
            byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>(2)).add(new Object[] {toks, c.norm});
            String sur = toks[toks.length - 1];
            if (sur.length() >= 3 && !TriggerWords.STOP.contains(sur) && !gaz.isFirstName(sur)
                    && !gaz.isAmbiguousFirstName(sur) && !TriggerWords.NAME_CONNECTOR.contains(toks[toks.length - 2])
                    && gaz.bareMatchesAt(t, c.te - 1).isEmpty()) {
                surnames.putIfAbsent(sur, c.norm);
            }
        }
        if (byFirst == null) {
            return;
        }
        boolean[] covered = new boolean[t.size];
        for (Cand c : accepted) {
            for (int k = Math.max(0, c.ts); k < c.te && k < t.size; k++) {
                covered[k] = true;
            }
        }
        List<Cand> extra = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (covered[i] || t.number[i]) {
                continue;
            }
            List<Object[]> names = byFirst.get(t.norm[i]);
            boolean done = false;
            if (names != null) {
                for (Object[] nm : names) {
                    String[] toks = (String[]) nm[0];
                    int len = toks.length;
                    if (i + len > t.size) {
                        continue;
                    }
                    boolean ok = true;
                    for (int k = 1; k < len; k++) {
                        if (covered[i + k] || t.gap[i + k] != 0 || !t.norm[i + k].equals(toks[k])) {
                            ok = false;
                            break;
                        }
                    }
                    if (ok) {
                        extra.add(new Cand(t.start[i], t.end[i + len - 1], EntityType.PERSON, (String) nm[1], i,
                                i + len, PRIO_HEURISTIC, Gazetteer.Category.PERSON));
                        for (int k = i; k < i + len; k++) {
                            covered[k] = true;
                        }
                        i += len - 1;
                        done = true;
                        break;
                    }
                }
            }
            if (done) {
                continue;
            }
            for (int r = 0, n = rd.count(i); r < n; r++) {
                if (rd.strip(i, r) > 1) {
                    continue;
                }
                String canon = surnames.get(rd.form(i, r));
                if (canon != null) {
                    int s = ArabicText.skipFolded(t.text, t.start[i], rd.strip(i, r), t.end[i]);
                    extra.add(new Cand(s, t.end[i], EntityType.PERSON, canon, i, i + 1, PRIO_HEURISTIC,
                            Gazetteer.Category.PERSON));
                    covered[i] = true;
                    break;
                }
            }
        }
        accepted.addAll(extra);
    }
}
