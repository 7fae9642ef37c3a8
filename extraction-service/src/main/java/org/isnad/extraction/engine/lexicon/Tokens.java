package org.isnad.extraction.engine.lexicon;

/**
 * A linear, allocation-light tokenisation of a text into word tokens (runs of letters, with tatweel and
 * diacritics allowed inside) and number tokens (runs of digits of any script). Everything else is a gap.
 * For every token we keep the original offsets, the folded form ({@link ArabicText#fold}) and a bit set
 * describing the gap that precedes it. Never throws; runs in O(n).
 */
public final class Tokens {
    public static final int GAP_QUOTE = 1;
    public static final int GAP_DOT = 2;
    public static final int GAP_COMMA = 4;
    /** Any other punctuation or symbol: colon, parentheses, dashes, slash, question mark... */
    public static final int GAP_OTHER = 8;
    public static final int GAP_NEWLINE = 16;
    /** Gap bits that end a phrase (everything except plain whitespace). */
    public static final int GAP_BREAK = GAP_QUOTE | GAP_DOT | GAP_COMMA | GAP_OTHER | GAP_NEWLINE;

    public final String text;
    public int size;
    public int[] start;
    public int[] end;
    public String[] norm;
    /** Gap bits of the gap BEFORE token i (for i == 0: the text prefix). */
    public int[] gap;
    public boolean[] number;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        norm = new String[capacity];
        gap = new int[capacity];
        number = new boolean[capacity];
    }

    public static Tokens of(String text) {
        if (text == null) {
            text = "";
        }
        int n = text.length();
        Tokens t = new Tokens(text, Math.max(16, n / 5));
        char[] buf = new char[64];
        int i = 0;
        int gapBits = 0;
        while (i < n) {
            char c = text.charAt(i);
            byte k = ArabicText.charClass(c);
            if (k == ArabicText.C_LETTER) {
                int s = i;
                int len = 0;
                while (i < n) {
                    char d = text.charAt(i);
                    byte kd = ArabicText.charClass(d);
                    if (kd == ArabicText.C_LETTER) {
                        if (len == buf.length) {
                            buf = java.util.Arrays.copyOf(buf, len * 2);
                        }
                        buf[len++] = ArabicText.fold(d);
                    } else if (kd != ArabicText.C_IGNORE) {
                        break;
                    }
                    i++;
                }
                t.add(s, i, new String(buf, 0, len), gapBits, false);
                gapBits = 0;
            } else if (k == ArabicText.C_DIGIT) {
                int s = i;
                int len = 0;
                while (i < n && ArabicText.charClass(text.charAt(i)) == ArabicText.C_DIGIT) {
                    if (len == buf.length) {
                        buf = java.util.Arrays.copyOf(buf, len * 2);
                    }
                    buf[len++] = ArabicText.fold(text.charAt(i));
                    i++;
                }
                t.add(s, i, new String(buf, 0, len), gapBits, true);
                gapBits = 0;
            } else {
                switch (k) {
                    case ArabicText.C_NEWLINE -> gapBits |= GAP_NEWLINE;
                    case ArabicText.C_QUOTE -> gapBits |= GAP_QUOTE;
                    case ArabicText.C_DOT -> gapBits |= GAP_DOT;
                    case ArabicText.C_COMMA -> gapBits |= GAP_COMMA;
                    case ArabicText.C_OTHER -> gapBits |= GAP_OTHER;
                    default -> {
                    }
                }
                i++;
            }
        }
        return t;
    }

    private void add(int s, int e, String f, int g, boolean num) {
        if (size == start.length) {
            int cap = size * 2;
            start = java.util.Arrays.copyOf(start, cap);
            end = java.util.Arrays.copyOf(end, cap);
            norm = java.util.Arrays.copyOf(norm, cap);
            gap = java.util.Arrays.copyOf(gap, cap);
            number = java.util.Arrays.copyOf(number, cap);
        }
        start[size] = s;
        end[size] = e;
        norm[size] = f;
        gap[size] = g;
        number[size] = num;
        size++;
    }

    /** Gap bits after token i (before token i+1, or the text suffix for the last token). */
    public int gapAfter(int i) {
        if (i + 1 < size) {
            return gap[i + 1];
        }
        int bits = 0;
        for (int k = end[i]; k < text.length() && k < end[i] + 8; k++) {
            char c = text.charAt(k);
            if (ArabicText.isQuote(c)) {
                bits |= GAP_QUOTE;
            } else if (!ArabicText.isSpace(c)) {
                bits |= GAP_OTHER;
            }
        }
        return bits;
    }

    /** True if a quote glyph stands right before token i (spaces allowed). */
    public boolean quoteBefore(int i) {
        int k = start[i] - 1;
        while (k >= 0 && ArabicText.isSpace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && ArabicText.isQuote(text.charAt(k));
    }

    /** True if a quote glyph stands right after token i (spaces allowed). */
    public boolean quoteAfter(int i) {
        int k = end[i];
        int n = text.length();
        while (k < n && ArabicText.isSpace(text.charAt(k))) {
            k++;
        }
        return k < n && ArabicText.isQuote(text.charAt(k));
    }

    /** True if only whitespace separates token i from token i+1. */
    public boolean plainGapAfter(int i) {
        return i + 1 < size && gap[i + 1] == 0;
    }

    public String surface(int i) {
        return text.substring(start[i], end[i]);
    }
}
