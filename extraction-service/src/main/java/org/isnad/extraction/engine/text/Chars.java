package org.isnad.extraction.engine.text;

/**
 * {@link Character#isLetter(char)}, {@link Character#isDigit(char)} and {@link Character#isLetterOrDigit(char)}
 * from a table for the first 2,048 code units (ASCII, Latin, and the Arabic block where nearly every character of
 * an article lies), filled from those same methods, so the answers are the JDK's. The JDK looks Arabic letters up
 * through a two-level property table; the tokenizer, the boilerplate line rules and the language detector ask for
 * every character of every article.
 */
public final class Chars {
    private static final int TABLE_SIZE = 0x0800;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte[] KIND = new byte[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            KIND[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0));
        }
    }

    private Chars() {
    }

    public static boolean isLetter(char c) {
        return c < TABLE_SIZE ? (KIND[c] & LETTER) != 0 : Character.isLetter(c);
    }

    public static boolean isDigit(char c) {
        return c < TABLE_SIZE ? (KIND[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    public static boolean isLetterOrDigit(char c) {
        return c < TABLE_SIZE ? KIND[c] != 0 : Character.isLetterOrDigit(c);
    }
}
