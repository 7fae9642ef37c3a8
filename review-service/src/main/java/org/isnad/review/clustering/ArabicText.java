package org.isnad.review.clustering;

import java.util.ArrayList;
import java.util.List;

/**
 * Cheap, allocation-light Arabic normalisation and light stemming for headline matching.
 * Not a morphological analyser: it only removes the variation that makes the same headline look
 * different across outlets (spelling of hamza/yeh/teh marbuta, diacritics, Eastern digits,
 * attached conjunctions/prepositions/article, common plural and nisba suffixes).
 */
public final class ArabicText {

    private ArabicText() {
    }

    /**
     * Orthographic normalisation: drops diacritics and tatweel, unifies alef/hamza seats, yeh and
     * teh marbuta, maps Arabic-Indic and Persian digits to ASCII, lower-cases Latin, and turns
     * everything else into spaces. Digits are separated from letters ("2018م" → "2018 م").
     */
    public static String normalize(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char out;
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') continue; // harakat, tatweel
            if (c >= '\u0660' && c <= '\u0669') out = (char) ('0' + (c - '\u0660'));
            else if (c >= '\u06F0' && c <= '\u06F9') out = (char) ('0' + (c - '\u06F0'));
            else if (c == 'أ' || c == 'إ' || c == 'آ' || c == 'ٱ') out = 'ا';
            else if (c == 'ى' || c == 'ئ' || c == 'ی') out = 'ي';
            else if (c == 'ؤ') out = 'و';
            else if (c == 'ة') out = 'ه';
            else if (c == 'ک') out = 'ك';
            else if (c >= '\u0621' && c <= '\u064A') out = c;
            else if (c >= '0' && c <= '9') out = c;
            else if (Character.isLetter(c)) out = Character.toLowerCase(c);
            else if ((c == '.' || c == ',' || c == '٫') && Character.isDigit(prev) && i + 1 < s.length()
                    && isDigitAny(s.charAt(i + 1))) out = '.'; // keep 2.5 / 1,000 inside one number
            else out = ' ';
            boolean digitBoundary = b.length() > 0 && prev != ' ' && out != ' '
                    && (isAsciiDigitOrDot(prev) != isAsciiDigitOrDot(out));
            if (digitBoundary) b.append(' ');
            if (out == ' ' && prev == ' ') continue;
            b.append(out);
            prev = out;
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') end--;
        int start = 0;
        while (start < end && b.charAt(start) == ' ') start++;
        return b.substring(start, end);
    }

    private static boolean isDigitAny(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    private static boolean isAsciiDigitOrDot(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    /** Whitespace tokens of an already normalised string. */
    public static List<String> tokens(String normalized) {
        List<String> out = new ArrayList<>();
        int i = 0, n = normalized.length();
        while (i < n) {
            int j = normalized.indexOf(' ', i);
            if (j < 0) j = n;
            if (j > i) out.add(normalized.substring(i, j));
            i = j + 1;
        }
        return out;
    }

    /**
     * Strips the proclitics و ف ب ل ك and the article ال. The single-letter clitics are only removed
     * when followed by the article (وال، فال، بال، كال، لل، وبال…): stripping them elsewhere breaks
     * consistency ("وزير" would become "زير" while "الوزير" stays "وزير"), which hurts matching more
     * than the missed clitic does. Character n-grams still catch "بسوريا" ~ "سوريا".
     */
    public static String stripClitics(String t) {
        String w = t;
        if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')
                && (w.startsWith("ال", 1) || w.startsWith("لل", 1) || w.startsWith("بال", 1) || w.startsWith("كال", 1))) {
            w = w.substring(1);
        }
        if (w.length() > 4 && w.startsWith("لل")) return w.substring(2);
        if (w.length() > 5 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ك') && w.startsWith("ال", 1)) return w.substring(3);
        if (w.length() > 3 && w.startsWith("ال")) return w.substring(2);
        return w;
    }

    private static final String[] SUFFIXES = {"يات", "ات", "ون", "ين", "ان", "يه", "ها", "هم", "ه", "ي"};

    /** Clitic stripping plus one light suffix (plural, dual, nisba, pronoun), stem ≥ 3 letters. */
    public static String stem(String token) {
        return stripSuffix(stripClitics(token));
    }

    /** The suffix half of {@link #stem}, for callers that already stripped clitics. */
    public static String stripSuffix(String w) {
        if (w.isEmpty() || Character.isDigit(w.charAt(0))) return w;
        for (String suf : SUFFIXES) {
            if (w.length() - suf.length() >= 3 && w.endsWith(suf)) return w.substring(0, w.length() - suf.length());
        }
        return w;
    }
}
