package org.isnad.extraction.engine.lexicon;

/**
 * Character-level Arabic orthographic folding shared by the gazetteer, date and quantity recognisers.
 *
 * <p>Folding rules (same spirit as Lucene's ArabicNormalizer, but per character so that every folded
 * character can be traced back to its offset in the original text):
 * <ul>
 *   <li>alef variants أ إ آ ٱ ٲ ٳ → ا</li>
 *   <li>teh marbuta ة → ه</li>
 *   <li>alef maksura ى and Persian/Urdu yeh ی ې → ي</li>
 *   <li>keheh ک → ك, Persian gaf گ kept</li>
 *   <li>tatweel ـ, harakat/tanween/shadda/sukun (U+064B–U+065F), superscript alef U+0670, Quranic marks,
 *       zero-width (non-)joiners, directional marks, BOM and soft hyphen are ignorable (folded to 0)</li>
 *   <li>Latin letters are lower-cased; digits (Western, Arabic-Indic, Persian) are mapped to ASCII</li>
 * </ul>
 */
public final class ArabicText {
    private ArabicText() {
    }

    /** Character to use for an ignorable code unit. */
    public static final char IGNORE = 0;

    /** Character classes for the tokenizer (table-driven). */
    public static final byte C_OTHER = 0;
    public static final byte C_LETTER = 1;
    public static final byte C_DIGIT = 2;
    public static final byte C_IGNORE = 3;
    public static final byte C_SPACE = 4;
    public static final byte C_NEWLINE = 5;
    public static final byte C_QUOTE = 6;
    public static final byte C_DOT = 7;
    public static final byte C_COMMA = 8;

    private static final char[] FOLD = new char[65536];
    private static final byte[] CLASS = new byte[65536];

    static {
        for (int i = 0; i < 65536; i++) {
            char c = (char) i;
            char f = foldSlow(c);
            FOLD[i] = f;
            byte k;
            if (isDigitSlow(c)) {
                k = C_DIGIT;
            } else if (c >= 0x80 && f == IGNORE) {
                k = C_IGNORE;
            } else if (isLetterSlow(c)) {
                k = C_LETTER;
            } else if (isSpace(c)) {
                k = C_SPACE;
            } else if (isNewline(c)) {
                k = C_NEWLINE;
            } else if (isQuote(c)) {
                k = C_QUOTE;
            } else if (c == '.') {
                k = C_DOT;
            } else if (c == ',' || c == '\u060C' || c == '\u061B' || c == ';') {
                k = C_COMMA;
            } else {
                k = C_OTHER;
            }
            CLASS[i] = k;
        }
    }

    /** Tokenizer class of a character (one of the C_ constants). */
    public static byte charClass(char c) {
        return CLASS[c];
    }

    /** Folds one UTF-16 code unit; returns {@link #IGNORE} for characters that carry no lexical content. */
    public static char fold(char c) {
        return FOLD[c];
    }

    private static char foldSlow(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') {
                return (char) (c + 32);
            }
            return c;
        }
        switch (c) {
            case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673' -> {
                return '\u0627';
            }
            case '\u0629' -> {
                return '\u0647';
            }
            case '\u0649', '\u06CC', '\u06D0', '\u064A' -> {
                return '\u064A';
            }
            case '\u06A9' -> {
                return '\u0643';
            }
            case '\u0640', '\u0670', '\u200C', '\u200D', '\u200E', '\u200F', '\u00AD', '\uFEFF',
                 '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                 '\u2069' -> {
                return IGNORE;
            }
            default -> {
            }
        }
        if (c >= '\u064B' && c <= '\u065F') {
            return IGNORE;
        }
        if (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6') {
            return IGNORE; // Quranic annotation marks
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return (char) ('0' + (c - '\uFF10'));
        }
        if (c < 0x250) {
            return Character.toLowerCase(c);
        }
        return c;
    }

    /** True for characters that are silently skipped inside words (tatweel, diacritics, joiners...). */
    public static boolean isIgnorable(char c) {
        return fold(c) == IGNORE;
    }

    /** Digit value 0-9 for Western, Arabic-Indic, Persian and full-width digits, else -1. */
    public static int digit(char c) {
        return CLASS[c] == C_DIGIT ? FOLD[c] - '0' : -1;
    }

    private static int digitSlow(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        return -1;
    }

    public static boolean isDigit(char c) {
        return CLASS[c] == C_DIGIT;
    }

    private static boolean isDigitSlow(char c) {
        return digitSlow(c) >= 0;
    }

    /** A letter that can be part of a word token (any script); digits are not letters here. */
    public static boolean isLetter(char c) {
        return CLASS[c] == C_LETTER;
    }

    private static boolean isLetterSlow(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (isDigitSlow(c)) {
            return false;
        }
        return Character.isLetter(c);
    }

    /** Word-internal character: a letter or an ignorable mark (tatweel, harakat). */
    public static boolean isWordChar(char c) {
        return isLetter(c) || (c >= 0x80 && isIgnorable(c));
    }

    /** Quotation glyphs used around names in Arabic news. */
    public static boolean isQuote(char c) {
        return switch (c) {
            case '"', '\'', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2018', '\u2019',
                 '\u201A', '\u201B', '\u2039', '\u203A', '\u2033', '\uFF02', '`' -> true;
            default -> false;
        };
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2002'
                || c == '\u2003' || c == '\u3000' || c == '\u200B' || c == '\u200A' || c == '\u2007' || c == '\u2008';
    }

    public static boolean isNewline(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** The folded forms of whitespace-separated words: how the rule lexicons write their word lists. */
    public static java.util.Set<String> wordSet(String words) {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (String w : words.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                s.add(normalize(w));
            }
        }
        return s;
    }

    /** Folds a whole string (ignorable characters removed). Never returns null. */
    public static String normalize(CharSequence s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != IGNORE) {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /**
     * Removes tatweel and diacritics but otherwise keeps the surface spelling (used for {@code normalized}
     * values of names that are not in a gazetteer). Quotes are dropped, runs of whitespace collapsed.
     */
    public static String clean(CharSequence s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isQuote(c)) {
                continue;
            }
            if (isSpace(c) || isNewline(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (c >= 0x80 && fold(c) == IGNORE) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Advances over {@code n} non-ignorable characters starting at {@code from} and then over any further
     * ignorable characters; returns the resulting index (bounded by {@code limit}).
     */
    public static int skipFolded(CharSequence text, int from, int n, int limit) {
        int i = from;
        int seen = 0;
        while (i < limit && seen < n) {
            if (fold(text.charAt(i)) != IGNORE) {
                seen++;
            }
            i++;
        }
        while (i < limit && fold(text.charAt(i)) == IGNORE) {
            i++;
        }
        return i;
    }
}
