package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.LEX;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.NOT_NAME;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;
import static org.isnad.extraction.engine.attribution.PersonNames.isNisbaAdjective;
import static org.isnad.extraction.engine.attribution.PersonNames.lamGenitive;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.notName;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.stop;

import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.text.Token;

/**
 * A title phrase scoped to a place and followed by a name without a comma: "نقيب المخابز في جبل لبنان أنطوان
 * سيف، …", "رئيس البلدية في مدينة صور جان حداد أن". Given names of any origin are not listed anywhere, so the
 * name is found by structure: once the place after في is known (a gazetteer place, or a place noun such as
 * مدينة/محافظة/جبل with its one-word name), the two or three bare words left before the comma or the
 * complementiser can only be the title-holder's name.
 */
final class TitledPlaceNames {
    private TitledPlaceNames() {
    }

    /** From the preposition في at {@code fi}: the name's token range {start, end} after the place, or null. */
    static int[] nameAfterPlace(ParagraphContext c, int fi, int to) {
        int p = placeEnd(c, fi + 1, to);
        if (p < 0) {
            return null;
        }
        int r = p;
        while (r < to && r - p < 3 && nameWord(c, r, r == p)) {
            r++;
            if (c.f[r - 1].startsWith("ال")) {
                break; // a definite family name closes the name
            }
        }
        if (r - p < 2 || r >= c.toks.size()) {
            return null;
        }
        Token after = c.toks.get(r);
        boolean closed = after.isComma() || after.isPunct(':') || LEX.isComplementizer(c.f[r]);
        return closed ? new int[]{p, r} : null;
    }

    /** Longest definite scope phrase ("عن الحزب الديمقراطي الكوردستاني") before the name, in words. */
    private static final int MAX_SCOPE_WORDS = 5;

    /**
     * "النائب عن الحزب الديمقراطي الكوردستاني شيروان عبد الله أن", "الباحث في الشؤون الاقتصادية كريم داود إن": a
     * title scoped by a preposition and a definite phrase, then bare words closed by the complementiser, a comma or a
     * colon. A definite phrase cannot take indefinite modifiers, so two or three bare words after it (the last may
     * carry the article, or be a compound like عبد الله) are the title-holder's name. Returns {start, end} or null.
     */
    static int[] nameAfterDefiniteScope(ParagraphContext c, int prep, int to) {
        int q = prep + 1;
        while (q < to && q - prep <= MAX_SCOPE_WORDS && c.toks.get(q).kind() == Token.Kind.WORD
                && c.f[q].startsWith("ال") && !stop(c, q) && LEX.lookup(c.f[q]) == null) {
            q++;
        }
        if (q == prep + 1 || q - prep > MAX_SCOPE_WORDS) {
            return null;
        }
        int r = q;
        while (r < to && r - q < 4 && (nameWord(c, r, r == q) || r > q && SpeakerResolver.NAME_CONNECTORS.contains(c.f[r - 1])
                && c.f[r].startsWith("ال") && c.toks.get(r).kind() == Token.Kind.WORD)) {
            r++;
        }
        if (r - q < 2 || r >= c.toks.size() || r >= to) {
            return null;
        }
        Token after = c.toks.get(r);
        boolean closed = after.isComma() || after.isPunct(':') || LEX.isComplementizer(c.f[r]);
        return closed ? new int[]{q, r} : null;
    }

    /** "التابعة لـ X": a relative adjective tying a body to its parent; the parent is one word with لـ. */
    private static final java.util.Set<String> AFFILIATED = ArabicLexicons.set("التابعة", "التابع", "التابعين");

    /**
     * "أعلنت مديرية المياه في الحسكة التابعة للإدارة الذاتية توقف …": an institution's branch is named with its
     * place (a gazetteer place after في) and, optionally, "التابعة لـX": both belong to the speaker, and the object
     * starts after them. Returns the new end of the speaker phrase, or {@code spEnd} unchanged.
     */
    static int institutionPlaceEnd(ParagraphContext c, int spStart, int spEnd, int to) {
        if (spEnd <= spStart || spEnd + 1 >= to || !c.f[spEnd].equals("في")
                || !DefiniteAntecedents.INSTITUTION_HEADS.contains(c.f[spStart])) {
            return spEnd;
        }
        int p = placeEnd(c, spEnd + 1, to);
        if (p < 0 || NOT_NAME.contains(c.f[spEnd + 1])) {
            return spEnd; // only a named place ("في الحسكة"), not "في مدينة …" descriptions or venues
        }
        if (p + 1 < to && AFFILIATED.contains(c.f[p]) && c.f[p + 1].startsWith("لل")) {
            p += 2;
            while (p < to && c.f[p].startsWith("ال") && c.toks.get(p).kind() == Token.Kind.WORD && !stop(c, p)
                    && LEX.lookup(c.f[p]) == null) {
                p++; // "للإدارة الذاتية"
            }
        }
        return p;
    }

    /** End of the place named from {@code q}: the longest gazetteer place of 1–3 words, else place noun + word. */
    private static int placeEnd(ParagraphContext c, int q, int to) {
        Gazetteer g = Gazetteer.get();
        for (int n = Math.min(3, to - q); n >= 1; n--) {
            if (!allWords(c, q, q + n)) {
                continue;
            }
            Gazetteer.Entry[] es = g.lookupPhrase(c.orig(q, q + n));
            if (es != null) {
                for (Gazetteer.Entry e : es) {
                    if (e.category().isPlace() && !e.contextual()) {
                        return q + n;
                    }
                }
            }
        }
        if (q + 1 < to && NOT_NAME.contains(c.f[q]) && allWords(c, q, q + 2)) {
            return q + 2; // "في مدينة صور", "في بلدة عيناتا"
        }
        return -1;
    }

    private static boolean allWords(ParagraphContext c, int a, int b) {
        for (int q = a; q < b; q++) {
            if (c.toks.get(q).kind() != Token.Kind.WORD) {
                return false;
            }
        }
        return true;
    }

    /** A word that can be part of a personal name here; only a later word may carry the article. */
    private static boolean nameWord(ParagraphContext c, int q, boolean first) {
        String f = c.f[q];
        return c.toks.get(q).kind() == Token.Kind.WORD && !(first && f.startsWith("ال"))
                && !f.startsWith("لل") && !f.startsWith("بال") && !notName(c, q) && !stop(c, q)
                && !TITLES.contains(f) && LEX.lookup(f) == null && !LEX.isComplementizer(f) && !lamGenitive(f)
                && !isNisbaAdjective(f) && f.length() >= 2;
    }
}
