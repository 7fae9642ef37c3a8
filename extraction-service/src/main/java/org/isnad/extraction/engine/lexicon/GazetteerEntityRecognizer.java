package org.isnad.extraction.engine.lexicon;

import static org.isnad.extraction.engine.lexicon.OrgTriggerRules.*;
import static org.isnad.extraction.engine.lexicon.PersonRules.*;
import static org.isnad.extraction.engine.lexicon.PlaceTriggerRules.*;
import static org.isnad.extraction.engine.lexicon.RecognizerTokens.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;

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
 *
 * <p>The passes live in {@link PlaceTriggerRules}, {@link OrgTriggerRules}, {@link PersonRules} and
 * {@link RecognizerTokens} as static methods that take the gazetteer as their first argument.
 */
public final class GazetteerEntityRecognizer {
    static final java.util.Set<String> PERSON_CTX = ArabicText.wordSet("نظام حكومة عهد عائلة أسرة");

    static final java.util.Set<String> MOD_NOUNS = ArabicText.wordSet("شؤون الشؤون ملف مجال قضايا الشأن شأن");

    static final int PRIO_HEURISTIC = 1;

    static final int PRIO_TRIGGER = 2;

    static final int PRIO_GAZ = 3;

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
            return run(gaz, Tokens.of(text));
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
            return run(gaz, tokens);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    static List<Entity> run(Gazetteer gaz, Tokens t) {
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
                skipGazUntil = gazetteerHits(gaz, t, i, hits, cands, pending);
            }
            int bits = flags[0];
            if (bits == 0) {
                continue;
            }
            if ((bits & Gazetteer.FLAG_LOC_TRIGGER) != 0) {
                locationTrigger(gaz, t, rd, i, cands);
            }
            if ((bits & Gazetteer.FLAG_ORG_TRIGGER) != 0) {
                orgTrigger(gaz, t, rd, i, cands);
            }
            if ((bits & Gazetteer.FLAG_PERSON_TRIGGER) != 0) {
                personTrigger(gaz, t, rd, i, cands);
            }
            if ((bits & Gazetteer.FLAG_FIRST_NAME) != 0) {
                givenNameHeuristic(gaz, t, i, cands);
            }
        }
        for (int i = 0; i + 1 < t.size; i++) {
            if (!t.number[i] && TriggerWords.NAME_CONNECTOR.contains(t.norm[i])) {
                givenNameHeuristic(gaz, t, i, cands); // "عبد الله X", "أبو محمد X"
            }
        }
        List<Cand> accepted = resolve(cands, t.size);
        if (!pending.isEmpty()) {
            coordinate(t, accepted, pending);
        }
        propagateNames(gaz, t, rd, accepted);
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
    static int gazetteerHits(Gazetteer gaz, Tokens t, int i, List<Gazetteer.Hit> hits, List<Cand> cands, List<Cand> pending) {
        for (Gazetteer.Hit h : hits) {
            Gazetteer.Entry e = choose(gaz, t, h);
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

    static char firstFolded(Tokens t, int i) {
        String n = t.norm[i];
        return n.isEmpty() ? 0 : n.charAt(0);
    }

    /** Picks the entry of a hit that the context supports, or null if only context-dependent forms fit. */
    static Gazetteer.Entry choose(Gazetteer gaz, Tokens t, Gazetteer.Hit h) {
        Gazetteer.Entry sure = null;
        for (Gazetteer.Entry e : h.entries()) {
            if (e.contextual()) {
                if (contextSupports(gaz, t, h, e)) {
                    return e;
                }
            } else if (sure == null) {
                sure = e;
            }
        }
        return sure;
    }

    static boolean contextSupports(Gazetteer gaz, Tokens t, Gazetteer.Hit h, Gazetteer.Entry e) {
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

    // =============================================================================================
    // resolution, coordination, propagation

    static List<Cand> resolve(List<Cand> cands, int nTokens) {
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

    /**
     * Particles that fold to a context-dependent place form ("وأن" → وان, the Turkish city Van). After
     * "X، وأن ..." the comma coordination must not take the particle for a second place.
     */
    static final java.util.Set<String> PARTICLES_READ_AS_PLACES = ArabicText.wordSet("وأن فأن وإن فإن ولأن وكأن");

    /** Accepts context-dependent mentions coordinated with a sure mention of the same type. */
    static void coordinate(Tokens t, List<Cand> accepted, List<Cand> pending) {
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
                if (!ok || (p.te - p.ts == 1 && PARTICLES_READ_AS_PLACES.contains(t.norm[p.ts]))) {
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
}
