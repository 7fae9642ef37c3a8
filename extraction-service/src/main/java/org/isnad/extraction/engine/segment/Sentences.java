package org.isnad.extraction.engine.segment;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extraction.engine.text.Token;

/** Sentence splitting over a paragraph's tokens (no regex): . ! ? ؟ … and ".." end a sentence. */
public final class Sentences {
    private Sentences() {
    }

    /** Returns [from, to) token index pairs. A closing quote right after the terminator stays in the sentence. */
    public static List<int[]> split(List<Token> toks, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        int i = from;
        while (i < to) {
            Token t = toks.get(i);
            if (isTerminator(t) && !numericDot(toks, i, from, to)) {
                int j = i + 1;
                while (j < to && (isTerminator(toks.get(j)) || toks.get(j).isPunct(')'))) {
                    j++;
                }
                // closing quote(s) glued after the terminator
                while (j < to && toks.get(j).isQuote() && (j + 1 >= to || toks.get(j).end() == toks.get(j - 1).end()
                        || toks.get(j).start() == toks.get(j - 1).end())) {
                    j++;
                }
                out.add(new int[]{s, j});
                s = j;
                i = j;
                continue;
            }
            i++;
        }
        if (s < to) {
            out.add(new int[]{s, to});
        }
        return out;
    }

    static boolean isTerminator(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == '.' || c == '!' || c == '?' || c == '؟';
    }

    /** "25 . 01 . 2022": a dot between numbers is not a sentence end. */
    private static boolean numericDot(List<Token> toks, int i, int from, int to) {
        if (toks.get(i).text().charAt(0) != '.') {
            return false;
        }
        return i > from && i + 1 < to && toks.get(i - 1).kind() == Token.Kind.NUMBER
                && toks.get(i + 1).kind() == Token.Kind.NUMBER;
    }
}
