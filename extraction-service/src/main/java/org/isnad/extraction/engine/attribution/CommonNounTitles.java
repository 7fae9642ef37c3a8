package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.text.Token;

/**
 * "وقال المواطن فلان الفلاني"، "وقالت المقيمة فلانة": a definite singular person noun (citizen, resident, driver,
 * farmer, trader) before a name is a common-noun title. The name that follows need not be a known given name —
 * citizens quoted in local reporting carry every name — so its shape decides: at least two words, the first
 * indefinite and no preposition, cue, institution head or emphatic. The person is cited by the name alone.
 */
final class CommonNounTitles {

    private CommonNounTitles() {
    }

    /** Longest name this looks at: a given name, father's name, grandfather's name and family name. */
    private static final int MAX_NAME = 4;

    /** [start, end) of the name after a common-noun title opening [a, b), or null. */
    static int[] nameAfter(ParagraphContext c, int a, int b) {
        String head = c.f[a];
        if (b - a < 3 || !head.startsWith("ال") || !ArabicLexicons.SINGULAR_PERSON_HEADS.contains(head.substring(2))) {
            return null;
        }
        int s = a + 1;
        if (c.f[s].startsWith("ال") || !nameWord(c, s)) {
            return null; // "المواطن البسيط", "المزارع في القرية": a description, not a name
        }
        int e = s + 1;
        while (e < b && e - s < MAX_NAME && nameWord(c, e)) {
            e++;
        }
        return e - s >= 2 && e == b ? new int[]{s, e} : null;
    }

    private static boolean nameWord(ParagraphContext c, int k) {
        String f = c.f[k];
        return c.toks.get(k).kind() == Token.Kind.WORD && c.toks.get(k).isArabic() && f.length() >= 2
                && !SpeakerSpans.stop(c, k) && !SpeakerSpans.notName(c, k) && CueLexicon.get().lookup(f) == null
                && !CueLexicon.get().isComplementizer(f) && !SpeakerResolver.SAME_SOURCE_EMPHATICS.contains(f)
                && !ArabicLexicons.SINGULAR_PERSON_HEADS.contains(f);
    }
}
