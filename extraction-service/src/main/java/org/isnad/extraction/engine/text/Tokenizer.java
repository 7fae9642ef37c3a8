package org.isnad.extraction.engine.text;

import java.util.ArrayList;
import java.util.List;

/** Linear, regex-free tokenizer over a range of the normalised text. */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String norm, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = norm.charAt(i);
            if (c == ' ' || c == '\n') {
                i++;
                continue;
            }
            if (Chars.isDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = norm.charAt(j);
                    if (Chars.isDigit(d)) {
                        j++;
                    } else if ((d == '.' || d == ',') && j + 1 < to && Chars.isDigit(norm.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j < to && norm.charAt(j) == '%') {
                    j++;
                }
                out.add(new Token(i, j, norm.substring(i, j), Token.Kind.NUMBER));
                i = j;
                continue;
            }
            if (Chars.isLetter(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = norm.charAt(j);
                    if (Chars.isLetter(d) || d >= 0x0300 && Character.getType(d) == Character.NON_SPACING_MARK
                            || c < 0x0600 && Chars.isDigit(d)) { // (ASCII digits are digits too)
                        j++;
                    } else if ((d == '-' || d == '\'' || d == '.' || d == '&') && j + 1 < to
                            && isLatinLetter(norm.charAt(j + 1)) && isLatinLetter(norm.charAt(j - 1))
                            && (d != '.' || isAbbrevDot(norm, i, j, to))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                // U.S. style abbreviation keeps its final dot (the segment is only measured before a dot)
                if (j < to && norm.charAt(j) == '.') {
                    int segStart = j;
                    while (segStart > i && norm.charAt(segStart - 1) != '-') {
                        segStart--; // bounded by the word: no scan past its start
                    }
                    if (j - segStart <= 4 && isAbbrevDot(norm, i, j, to)) {
                        j++;
                    }
                }
                out.add(new Token(i, j, norm.substring(i, j), Token.Kind.WORD));
                i = j;
                continue;
            }
            Token.Kind k = (c == '"' || c == '\'') ? Token.Kind.QUOTE : Token.Kind.PUNCT;
            out.add(new Token(i, i + 1, String.valueOf(c), k));
            i++;
        }
        return out;
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }

    /** "U.S." / "U.N." / "Gen." style dots: a single capital letter (optionally dotted run) before the dot. */
    private static boolean isAbbrevDot(String norm, int wordStart, int dot, int to) {
        String w = norm.substring(wordStart, dot);
        int hy = w.lastIndexOf('-');
        if (hy >= 0) {
            w = w.substring(hy + 1); // "Saudi-U.S."
        }
        int len = w.length();
        if (len == 1 && Character.isUpperCase(w.charAt(0))) {
            return true;
        }
        if (w.length() == 3 && w.charAt(1) == '.' && Character.isUpperCase(w.charAt(0))) {
            return true; // U.S
        }
        return switch (w) {
            case "Mr", "Mrs", "Ms", "Dr", "Gen", "Brig", "Col", "Lt", "Sgt", "Maj", "Capt", "Adm", "Sen", "Rep",
                 "Gov", "Prof", "St", "Jr", "Sr", "No", "Inc", "Corp", "Co", "Ltd", "vs", "Mt", "Ft", "Sept",
                 "Jan", "Feb", "Aug", "Oct", "Nov", "Dec" -> true;
            default -> false;
        };
    }
}
