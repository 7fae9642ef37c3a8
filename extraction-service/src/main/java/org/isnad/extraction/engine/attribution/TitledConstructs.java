package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.text.Token;

/**
 * Genitive constructs inside a title before a personal name: "رئيس نقابة الصيادين فلان", "نقيب أصحاب المخابز
 * فلان", "مدير مكتب الإعلام الحكومي فلان". A bare noun in construct state (مضاف) is not a name word when the chain
 * it opens is closed by a definite genitive before the name: Arabic only leaves a noun without ال inside a title when
 * a definite noun follows it, so the bare words after that definite word are the name.
 */
final class TitledConstructs {
    private TitledConstructs() {
    }

    /** Longest run of construct nouns between the title head and the definite word that closes the chain. */
    private static final int MAX_CONSTRUCTS = 2;

    /** Token q (a bare word between the title head and the name at k) opens or continues a construct chain. */
    static boolean constructMember(ParagraphContext c, int q, int k) {
        for (int r = q; r < k && r - q <= MAX_CONSTRUCTS; r++) {
            String fr = c.f[r];
            if (c.toks.get(r).kind() != Token.Kind.WORD) {
                return false;
            }
            if (r > q && (fr.startsWith("ال") || fr.startsWith("لل"))) {
                return true; // the definite genitive that closes the chain
            }
            if (!bareNoun(c, r)) {
                return false;
            }
        }
        return false;
    }

    /** A word that can stand in construct state: no article, not a given name, not a cue, stop or particle. */
    private static boolean bareNoun(ParagraphContext c, int r) {
        String f = c.f[r];
        return f.length() >= 3 && !f.startsWith("ال")
                && !ArabicLexicons.FIRST_NAMES.contains(f)
                && !org.isnad.extraction.engine.lexicon.Gazetteer.get().isFirstName(f)
                && !ArabicLexicons.SPEAKER_STOPS.contains(f) && !ArabicLexicons.HONORIFICS.contains(f)
                && ArabicAttributor.LEX.lookup(f) == null && !ArabicAttributor.LEX.isComplementizer(f);
    }

    /** "لتخزين", "لشؤون": a لـ genitive continuing the title, unless the word is a known given name (لطفي). */
    static boolean genitiveLam(ParagraphContext c, int k) {
        String f = c.f[k];
        return f.startsWith("ل") && f.length() >= 4 && !ArabicLexicons.FIRST_NAMES.contains(f)
                && !org.isnad.extraction.engine.lexicon.Gazetteer.get().isFirstName(f);
    }
}
