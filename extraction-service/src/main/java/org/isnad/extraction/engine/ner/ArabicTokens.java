package org.isnad.extraction.engine.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into tokens the way ANERcorp is tokenised: whitespace-separated words with punctuation split off
 * into separate tokens, clitics (و ف ب ك ل ال) left attached. Numbers keep their decimal point / thousands
 * separator and a trailing percent sign ({@code 4.3%}); Latin words keep inner hyphens and apostrophes; runs of the
 * same punctuation character ({@code --}, {@code ...}) form one token. Offsets are UTF-16 indices into the input,
 * so {@code text.substring(t.start(), t.end()).equals(t.text())} always holds.
 */
public final class ArabicTokens {
    private ArabicTokens() {
    }

    /** A token with its half-open UTF-16 range in the original text. */
    public record Token(String text, int start, int end) {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (isWordChar(d)) {
                        i++;
                    } else if (i + 1 < n && isInnerJoiner(text, i)) {
                        i += 2;
                    } else if ((d == '%' || d == '\u066A') && Character.isDigit(text.charAt(i - 1))) {
                        i++;
                        break;
                    } else {
                        break;
                    }
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i += 2; // emoji and other astral symbols: one token each
            } else {
                i++;
                while (i < n && text.charAt(i) == c) {
                    i++;
                }
            }
            out.add(new Token(text.substring(start, i), start, i));
        }
        return out;
    }

    /** Tokens only, as strings. */
    public static List<String> tokenStrings(String text) {
        List<Token> toks = tokenize(text);
        List<String> out = new ArrayList<>(toks.size());
        for (Token t : toks) {
            out.add(t.text());
        }
        return out;
    }

    /**
     * Splits text into sentences of tokens: a sentence ends after a {@code . ! ? ؟ …} token, or at a line break.
     * This matches ANERcorp, whose sentences end at a {@code .} token.
     */
    public static List<List<Token>> sentences(String text) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        int prevEnd = 0;
        for (Token t : tokenize(text)) {
            if (!cur.isEmpty() && text.substring(prevEnd, t.start()).indexOf('\n') >= 0) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(t);
            prevEnd = t.end();
            char c = t.text().charAt(0);
            if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026') {
                out.add(cur);
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** Letters (any script), digits, combining marks, tatweel and joiners (ZWJ/ZWNJ) belong to words. */
    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK
            || c == '\u0640' || c == '\u200C' || c == '\u200D';
    }

    /** A separator that stays inside a token: 3.5 / 1,000 / ٣٫٥ between digits, ' or - between Latin letters/digits. */
    private static boolean isInnerJoiner(String s, int i) {
        char d = s.charAt(i);
        char prev = s.charAt(i - 1);
        char next = s.charAt(i + 1);
        if (d == '.' || d == ',' || d == '\u066B' || d == '\u066C') {
            return Character.isDigit(prev) && Character.isDigit(next);
        }
        if (d == '-' || d == '\'' || d == '\u2019') {
            return isLatinAlnum(prev) && isLatinAlnum(next);
        }
        return false;
    }

    private static boolean isLatinAlnum(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c));
    }
}
