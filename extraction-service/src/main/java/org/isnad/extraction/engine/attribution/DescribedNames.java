package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.text.Token;

/**
 * Ordinary people are often introduced by what they do and then by name: "ويقول سائق الأجرة كمال حسين:",
 * "قالت بائعة الخبز سلمى النجار إن". The description (a singular trade with its definite genitive) ends where the
 * name starts, but the speaker phrase must run over the name: the name is the source a fact-checker cites.
 * Only a name that opens with a known given name and is closed by what ends a speaker phrase (colon, quote, comma,
 * complementiser) is taken, so that a genitive or an object after the description ("سائق الأجرة سيارته") is not.
 */
final class DescribedNames {
    private static final int MAX_NAME = 4;

    private DescribedNames() {
    }

    /**
     * End of a name right after a description [head, k), or -1.
     *
     * @param head the trade noun opening the speaker phrase
     * @param k    first token after the description's definite genitive
     */
    static int nameEnd(ParagraphContext c, int head, int k, int to) {
        if (k >= to || k - head < 2 || !ArabicLexicons.SINGULAR_PERSON_HEADS.contains(c.f[head])
                || !c.f[k - 1].startsWith("ال") || !givenName(c.f[k])) {
            return -1;
        }
        int e = k + 1;
        while (e < to && e - k < MAX_NAME && c.toks.get(e).kind() == Token.Kind.WORD && !closes(c, e)
                && !SpeakerSpans.stop(c, e) && !SpeakerSpans.notName(c, e)) {
            e++;
        }
        return e < to && closes(c, e) || e == to ? e : -1;
    }

    private static boolean givenName(String folded) {
        return ArabicLexicons.FIRST_NAMES.contains(folded) || Gazetteer.get().isFirstName(folded);
    }

    /** What may follow a speaker's name: a colon, a comma, a quote or a complementiser. */
    private static boolean closes(ParagraphContext c, int e) {
        Token t = c.toks.get(e);
        return t.isPunct(':') || t.isComma() || t.isQuote() || ArabicAttributor.LEX.isComplementizer(c.f[e]);
    }
}
