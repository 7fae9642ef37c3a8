package org.isnad.extraction.engine.segment;

import java.util.List;
import org.isnad.extraction.engine.text.Token;

/**
 * Body text that is not a claim by the claim guidelines: questions, and subheadings (crossheads) between
 * paragraphs. Both are recognised by shape only.
 */
public final class NonClaimText {
    private NonClaimText() {
    }

    /** A crosshead is a label: a few words ("المولّدات: تسعيرة جديدة"), never a full paragraph. */
    private static final int MAX_SUBHEADING_WORDS = 8;

    /** A sentence whose last token, before closing quotes and brackets, is ? or ؟ ("فإلى متى يصمد الناس؟"). */
    public static boolean isQuestion(List<Token> toks, int from, int to) {
        int k = to - 1;
        while (k >= from && (toks.get(k).isQuote() || toks.get(k).isPunct(')'))) {
            k--;
        }
        return k >= from && (toks.get(k).isPunct('؟') || toks.get(k).isPunct('?'));
    }

    /**
     * A short line between two paragraphs with no sentence-final punctuation (nor a colon or comma that would lead
     * into the next line): a subheading, or a date line of the page, not a statement.
     */
    public static boolean isSubheading(List<Token> line, boolean paragraphFollows) {
        if (!paragraphFollows || line.isEmpty()) {
            return false;
        }
        int words = 0;
        for (Token t : line) {
            if (t.kind() == Token.Kind.WORD) {
                words++;
            }
        }
        Token last = line.get(line.size() - 1);
        boolean open = last.kind() != Token.Kind.PUNCT || last.isPunct('-') || last.isPunct('/');
        return words > 0 && words <= MAX_SUBHEADING_WORDS && open;
    }
}
