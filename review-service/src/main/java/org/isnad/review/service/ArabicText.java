package org.isnad.review.service;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A search form of Arabic text, so {@code q=} finds a claim however it was spelled: compatibility forms folded
 * (NFKC), diacritics (harakat, Quranic marks, superscript alef) and tatweel removed, alef variants (أ إ آ ٱ) to
 * ا, alef maksura and Farsi yeh (ى ی) to ي, teh marbuta (ة) to ه, Arabic-Indic digits to ASCII, lower case,
 * whitespace runs to one space. Deliberately light: no stemming, hamza on waw/yeh kept.
 */
public final class ArabicText {

    private ArabicText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (isDiacriticOrTatweel(ch)) {
                continue;
            }
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(fold(ch));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isDiacriticOrTatweel(char ch) {
        return (ch >= '\u0610' && ch <= '\u061A') // Quranic annotation signs
                || (ch >= '\u064B' && ch <= '\u065F') // fathatan … wavy hamza below (harakat, shadda, sukun)
                || ch == '\u0670' // superscript alef
                || (ch >= '\u06D6' && ch <= '\u06ED') // Quranic marks
                || ch == '\u0640'; // tatweel
    }

    private static char fold(char ch) {
        return switch (ch) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627'; // آ أ إ ٱ -> ا
            case '\u0649', '\u06CC' -> '\u064A'; // ى ی -> ي
            case '\u0629' -> '\u0647'; // ة -> ه
            default -> {
                if (ch >= '\u0660' && ch <= '\u0669') {
                    yield (char) ('0' + (ch - '\u0660'));
                }
                if (ch >= '\u06F0' && ch <= '\u06F9') {
                    yield (char) ('0' + (ch - '\u06F0'));
                }
                yield ch;
            }
        };
    }
}
