package org.isnad.extraction.engine.text;

import java.text.Normalizer;

/**
 * Text hygiene: builds the normalised view the rules run on, with an offset map to the original.
 *
 * <ul>
 *   <li>NFKC per code point outside the fast ranges (Arabic presentation forms, ligatures, full-width forms);</li>
 *   <li>Arabic diacritics (harakat, shadda, sukun, dagger alef, Quranic marks) and tatweel removed (a tatweel
 *       standing alone after a space is a dash and becomes '-');</li>
 *   <li>bidi controls (LRM, RLM, ALM, embeddings, isolates), zero-width chars, BOM, soft hyphen removed;</li>
 *   <li>Arabic-Indic and extended digits to ASCII, Arabic percent/decimal/thousands signs to ASCII;</li>
 *   <li>all double-quote glyphs (“ ” „ « » ″ and ASCII) to {@code "}, single-quote glyphs to {@code '};
 *       direction is decided later from context, because sources mix them up (و”قسد”);</li>
 *   <li>every Unicode space (NBSP, thin, ideographic …) and tab to one space, runs of spaces collapsed,
 *       CR to LF;</li>
 *   <li>letter folding for matching: أ إ آ ٱ → ا, ى → ي, ة → ه, ک → ك, ی → ي.</li>
 * </ul>
 * Linear time, no regular expressions.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        String s = original == null ? "" : original;
        Builder b = new Builder(s.length(), true);
        run(s, b);
        return b.build(s);
    }

    /**
     * {@code normalize(text).norm()} without the offset maps, for {@link Fold#fold}, which the rules call on
     * lexicon entries and on mention texts and which needs the string only.
     */
    static String normalizedString(String text) {
        String s = text == null ? "" : text;
        Builder b = new Builder(s.length(), false);
        run(s, b);
        return b.text();
    }

    private static void run(String s, Builder b) {
        int n = s.length();
        int i = 0;
        boolean tatweelDash = false;
        while (i < n) {
            int cp = s.codePointAt(i);
            int from = i;
            int to = i + Character.charCount(cp);
            i = to;
            if (cp == 0x0640 && (tatweelDash || from == 0 || Character.isWhitespace(s.charAt(from - 1)))) {
                // a tatweel that stretches no letter is a dash ("لندن ـ صنعاء ـ «القدس العربي»"): keep it as one
                tatweelDash = true;
                b.add('-', from, to);
                continue;
            }
            tatweelDash = false;
            int mapped = mapFast(cp);
            if (mapped == REMOVE) {
                if (isMark(cp)) {
                    b.extend(from, to); // a diacritic / tatweel belongs to the letter before it
                }
                continue;
            }
            if (mapped != NEEDS_NFKC) {
                b.add((char) mapped, from, to);
                continue;
            }
            String nf = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            for (int k = 0; k < nf.length(); ) {
                int c2 = nf.codePointAt(k);
                k += Character.charCount(c2);
                int m2 = mapFast(c2);
                if (m2 == REMOVE) {
                    continue;
                }
                if (m2 == NEEDS_NFKC) {
                    for (char ch : Character.toChars(c2)) {
                        b.add(ch, from, to);
                    }
                } else {
                    b.add((char) m2, from, to);
                }
            }
        }
    }

    /**
     * The normalised text in a char array beside its offset maps (a StringBuilder checked its coder and bounds on
     * every character and was widened from Latin-1 on the first Arabic letter).
     */
    private static final class Builder {
        char[] out;
        int length;
        int[] start;
        int[] end;

        /** With {@code offsets} false the maps stay null and only the text is built. */
        Builder(int n, boolean offsets) {
            out = new char[Math.max(16, n)];
            start = offsets ? new int[out.length] : null;
            end = offsets ? new int[out.length] : null;
        }

        void add(char c, int from, int to) {
            int L = length;
            if (c == ' ' && (L == 0 || out[L - 1] == ' ' || out[L - 1] == '\n')) {
                return; // collapse spaces; drop leading spaces of a line
            }
            if (c == '\n' && L > 0 && out[L - 1] == ' ') {
                // trailing space before newline: replace it by the newline
                out[L - 1] = '\n';
                if (start != null) {
                    start[L - 1] = from;
                    end[L - 1] = to;
                }
                return;
            }
            if (L >= out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
                if (start != null) {
                    start = java.util.Arrays.copyOf(start, out.length);
                    end = java.util.Arrays.copyOf(end, out.length);
                }
            }
            out[L] = c;
            if (start != null) {
                start[L] = from;
                end[L] = to;
            }
            length = L + 1;
        }

        void extend(int from, int to) {
            int L = length;
            if (start != null && L > 0 && end[L - 1] == from && out[L - 1] != ' ' && out[L - 1] != '\n') {
                end[L - 1] = to;
            }
        }

        String text() {
            return new String(out, 0, length);
        }

        NormalizedText build(String original) {
            // the maps may be longer than the normalised text (never read past its length): no copy
            return new NormalizedText(original, text(), start, end);
        }
    }

    private static boolean isMark(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED)
                || (c >= 0x0610 && c <= 0x061A) || (c >= 0x0300 && c <= 0x036F);
    }

    static final int REMOVE = -1;
    static final int NEEDS_NFKC = -2;

    /** Maps one code point; returns a char, {@link #REMOVE} or {@link #NEEDS_NFKC}. */
    static int mapFast(int c) {
        if (c < 0x80) {
            if (c == '\t' || c == 0x0B || c == 0x0C) {
                return ' ';
            }
            if (c == '\r') {
                return '\n';
            }
            if (c < 0x20 && c != '\n') {
                return ' ';
            }
            if (c == 0x7F) {
                return REMOVE;
            }
            return c;
        }
        if (c >= 0x0600 && c <= 0x06FF) {
            return ARABIC_BLOCK[c - 0x0600];
        }
        return mapOther(c);
    }

    /** {@link #mapArabic} of every code point U+0600–U+06FF, the block of nearly every character of an article. */
    private static final int[] ARABIC_BLOCK = new int[0x100];

    static {
        for (int c = 0x0600; c <= 0x06FF; c++) {
            ARABIC_BLOCK[c - 0x0600] = mapArabic(c);
        }
    }

    /** The mapping of a code point of the Arabic block (a pure function of {@code c}: tabulated above). */
    private static int mapArabic(int c) {
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED)
                || (c >= 0x0610 && c <= 0x061A) || c == 0x061C) {
            return REMOVE;
        }
        if (c >= 0x0660 && c <= 0x0669) {
            return '0' + (c - 0x0660);
        }
        if (c >= 0x06F0 && c <= 0x06F9) {
            return '0' + (c - 0x06F0);
        }
        switch (c) {
            case 0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673:
                return 0x0627; // alef
            case 0x0649:
                return 0x064A; // alef maksura -> yeh
            case 0x0629:
                return 0x0647; // teh marbuta -> heh
            case 0x06A9:
                return 0x0643; // keheh -> kaf
            case 0x06CC:
                return 0x064A; // farsi yeh
            case 0x066A:
                return '%';
            case 0x066B:
                return '.';
            case 0x066C:
                return ',';
            case 0x060C:
                return 0x060C; // Arabic comma kept
            case 0x06D4:
                return '.';
            default:
                return c;
        }
    }

    /** The mapping of a code point above U+007F outside the Arabic block. */
    private static int mapOther(int c) {
        switch (c) {
            case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029, 0x0085:
                return c == 0x2028 || c == 0x2029 || c == 0x0085 ? '\n' : ' ';
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C,
                 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0xFFFD:
                return REMOVE;
            case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2036, 0x301D, 0x301E, 0xFF02:
                return '"';
            case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035:
                return '\'';
            case 0x2013, 0x2014, 0x2015, 0x2212:
                return '-';
            case 0x2026:
                return NEEDS_NFKC; // "..."
            default:
                break;
        }
        if (c >= 0x2000 && c <= 0x200A) {
            return ' ';
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK && c >= 0x0300 && c <= 0x036F) {
            return REMOVE; // Latin combining accents: keep base letter only
        }
        if ((c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0xFB00 && c <= 0xFB4F) || c > 0xFFFF || (c >= 0x2100 && c <= 0x218F)
                || (c >= 0x00BC && c <= 0x00BE) || c == 0x00B2 || c == 0x00B3 || c == 0x00B9
                || (c >= 0x2460 && c <= 0x24FF) || (c >= 0x3300 && c <= 0x33FF)) {
            if (c > 0xFFFF && Normalizer.isNormalized(new String(Character.toChars(c)), Normalizer.Form.NFKC)) {
                return NEEDS_NFKC; // handled by the NFKC branch: copied as is
            }
            return NEEDS_NFKC;
        }
        return c;
    }
}
