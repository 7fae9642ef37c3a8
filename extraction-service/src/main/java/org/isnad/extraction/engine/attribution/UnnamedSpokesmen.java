package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.text.Token;

/**
 * "المتحدث باسم وزارة المالية", "الناطق العسكري باسم القوات": an unnamed spokesman speaks for the body after
 * باسم, and a fact-checker cites that body (guideline: an unnamed spokesman is an OFFICIAL source, cited as the
 * institution). Only the definite head: an indefinite "متحدث باسم …" is typed by the anonymous-source rules.
 */
final class UnnamedSpokesmen {
    private UnnamedSpokesmen() {
    }

    private static final Set<String> HEADS = ArabicLexicons.set("المتحدث", "المتحدثة", "الناطق", "الناطقة");

    /** Adjectives between the head and باسم ("الرسمي", "العسكري", "الإعلامي"): at most this many. */
    private static final int MAX_ADJECTIVES = 2;

    /** Start of the institution named after باسم in speaker phrase [a, b), or -1 when the phrase is not a spokesman's. */
    static int institutionStart(ParagraphContext c, int a, int b) {
        if (!HEADS.contains(c.f[a]) && !indefiniteForKnownBody(c, a, b)) {
            return -1;
        }
        for (int k = a + 1; k < b && k - a <= MAX_ADJECTIVES + 1; k++) {
            if (c.toks.get(k).kind() != Token.Kind.WORD) {
                return -1;
            }
            if (c.f[k].equals("باسم")) {
                return k + 1 < b && c.toks.get(k + 1).kind() == Token.Kind.WORD ? k + 1 : -1;
            }
            if (!c.f[k].startsWith("ال")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "متحدثة باسم البرنامج": an indefinite spokesman for a body already named (a definite back-reference right
     * after باسم) speaks for that body like the definite one; "متحدث باسم وزارة …" stays with the anonymous rules.
     */
    private static boolean indefiniteForKnownBody(ParagraphContext c, int a, int b) {
        return a + 2 < b && HEADS.contains("ال" + c.f[a]) && c.f[a + 1].equals("باسم")
                && c.f[a + 2].startsWith("ال") && (a + 3 >= b || !c.f[a + 3].startsWith("ال"));
    }
}
