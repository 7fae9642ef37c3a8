package org.isnad.extraction.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extraction.engine.text.Token;

/**
 * A paragraph that opens with a quotation of several sentences and names its speaker after it:
 * "«… . … »، يقول فلان، …". The attribution comes after the quotation, so the sentences inside it are
 * attributed as one unit: they are merged with the sentence that closes the quotation, whose postposed cue then
 * attributes the whole quotation; {@link ClaimAssembler#splitClauses} cuts it again at the inner sentence ends.
 */
public final class PostposedQuotation {
    private PostposedQuotation() {
    }

    /** Looks at most this far for the closing quote (bounded work on unbalanced quotes). */
    private static final int MAX_QUOTE_TOKENS = 400;

    /**
     * @param sentences sentence spans of the paragraph (token indices), in order
     * @return the same spans, or with the sentences of a paragraph-opening quotation merged into the sentence
     *         whose closing quote is followed by "، " + a reporting verb
     */
    public static List<int[]> merge(ParagraphContext c, List<int[]> sentences) {
        if (sentences.size() < 2) {
            return sentences;
        }
        int from = sentences.get(0)[0];
        if (!c.isOpeningQuote(from)) {
            return sentences;
        }
        int close = -1;
        int depth = 0;
        int limit = Math.min(c.toks.size(), from + MAX_QUOTE_TOKENS);
        for (int k = from; k < limit; k++) {
            if (c.toks.get(k).isQuote()) {
                depth += c.isOpeningQuote(k) ? 1 : -1;
                if (depth <= 0) {
                    close = k;
                    break;
                }
            }
        }
        if (close < 0 || close + 2 >= c.toks.size() || !c.toks.get(close + 1).isComma()) {
            return sentences;
        }
        CueLexicon.Cue cue = CueLexicon.get().lookup(c.f[close + 2]);
        if (cue == null || cue.kind() != CueLexicon.Kind.VERB || c.toks.get(close + 2).kind() != Token.Kind.WORD) {
            return sentences;
        }
        int last = -1;
        for (int s = 0; s < sentences.size(); s++) {
            if (sentences.get(s)[0] <= close && close < sentences.get(s)[1]) {
                last = s;
                break;
            }
        }
        if (last <= 0) {
            return sentences;
        }
        List<int[]> out = new ArrayList<>(sentences.size() - last);
        out.add(new int[]{from, sentences.get(last)[1]});
        out.addAll(sentences.subList(last + 1, sentences.size()));
        return out;
    }

    /** Token k follows a sentence end inside a quotation (a boundary of a merged quotation). */
    static boolean innerSentenceEnd(ParagraphContext c, int k) {
        return k >= 1 && OutletPhrases.isTerminator(c.toks.get(k - 1)) && c.insideQuote(k)
                && c.toks.get(k).kind() == Token.Kind.WORD
                && !(k >= 2 && c.toks.get(k - 2).isPunct('.')); // ".." is handled as its own boundary
    }
}
