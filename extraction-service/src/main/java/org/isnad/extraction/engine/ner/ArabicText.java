package org.isnad.extraction.engine.ner;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Arabic orthographic normalisation, proclitic stripping and light stemming. ANERcorp keeps clitics attached
 * (و ف ب ك ل ال are part of the token), so these forms are computed for features, never for tokenisation.
 */
final class ArabicText {
    private ArabicText() {
    }

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final ArabicStemmer STEMMER = new ArabicStemmer();

    /** Proclitic sequences on the normalised form, longest first; at least 3 chars must remain. */
    private static final String[] PROCLITICS = {
        "وبال", "وكال", "وفال", "فبال", "فكال", "وللا", "ولل", "وال", "فال", "فلل", "بال", "كال", "لل", "ال",
        "وب", "ول", "وك", "فب", "فل", "فك", "وس", "و", "ف", "ب", "ك", "ل"
    };
    private static final char[][] PROCLITIC_CHARS;
    private static final boolean[] PROCLITIC_HAS_ARTICLE;

    static {
        PROCLITIC_CHARS = new char[PROCLITICS.length][];
        PROCLITIC_HAS_ARTICLE = new boolean[PROCLITICS.length];
        for (int i = 0; i < PROCLITICS.length; i++) {
            PROCLITIC_CHARS[i] = PROCLITICS[i].toCharArray();
            PROCLITIC_HAS_ARTICLE[i] = PROCLITICS[i].endsWith("ال") || PROCLITICS[i].endsWith("لل");
        }
    }

    /**
     * Normalises into {@code out} (must have room for {@code raw.length()} chars) and returns the new length:
     * Arabic-Indic digits to ASCII, Persian letter variants to Arabic, format characters removed, Latin lower-cased,
     * then Lucene's ArabicNormalizer (alef variants → ا, ى → ي, ة → ه, tatweel and harakat removed).
     */
    static int normalize(String raw, char[] out) {
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            } else if (c == '\u06A9') {
                c = '\u0643'; // keheh → kaf
            } else if (c == '\u06CC') {
                c = '\u064A'; // farsi yeh → yeh
            } else if (c == '\u06C0' || c == '\u06D5') {
                c = '\u0647';
            } else if (c == '\u0671') {
                c = '\u0627';
            } else if (Character.getType(c) == Character.FORMAT) {
                continue;
            } else if (c < 128 && c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            out[n++] = c;
        }
        return NORMALIZER.normalize(out, n);
    }

    static String normalize(String raw) {
        char[] buf = new char[raw.length()];
        int n = normalize(raw, buf);
        return new String(buf, 0, n);
    }

    /** Number of leading chars of the normalised form that are proclitics (incl. the article); 0 if none. */
    static int procliticLength(char[] s, int len) {
        int p = procliticIndex(s, len);
        return p < 0 ? 0 : PROCLITIC_CHARS[p].length;
    }

    /**
     * Lexicon key of a token: proclitics removed but a definite article kept (للأمم → الامم, وبغداد → بغداد,
     * والصين → الصين), so definite entries only match definite tokens. Writes into out, returns the length.
     */
    static int lexicalKey(char[] s, int len, char[] out) {
        int p = procliticIndex(s, len);
        if (p < 0) {
            System.arraycopy(s, 0, out, 0, len);
            return len;
        }
        int pl = PROCLITIC_CHARS[p].length;
        int o = 0;
        if (PROCLITIC_HAS_ARTICLE[p]) {
            out[o++] = '\u0627';
            out[o++] = '\u0644';
        }
        System.arraycopy(s, pl, out, o, len - pl);
        return o + len - pl;
    }

    static String lexicalKey(String norm) {
        char[] c = norm.toCharArray();
        char[] out = new char[c.length + 2];
        return new String(out, 0, lexicalKey(c, c.length, out));
    }

    private static int procliticIndex(char[] s, int len) {
        for (int p = 0; p < PROCLITIC_CHARS.length; p++) {
            char[] pre = PROCLITIC_CHARS[p];
            int min = 3;
            if (len - pre.length < min) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < pre.length; k++) {
                if (s[k] != pre[k]) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                // "لل" strips ل + the article whose alef was dropped
                return p;
            }
        }
        return -1;
    }

    /** Length of a leading article ال (only if ≥ 3 chars remain, so الله stays whole). */
    static int articleLength(char[] s, int len) {
        return len >= 5 && s[0] == '\u0627' && s[1] == '\u0644' ? 2 : 0;
    }

    /** Length of a leading conjunction و / ف (only if ≥ 3 chars remain); 0 if none. */
    static int conjunctionLength(char[] s, int len) {
        return len >= 4 && (s[0] == '\u0648' || s[0] == '\u0641') ? 1 : 0;
    }

    /** Lucene ArabicStemmer light stem; {@code scratch} receives the stem, the return is its length. */
    static int stem(char[] norm, int len, char[] scratch) {
        System.arraycopy(norm, 0, scratch, 0, len);
        return STEMMER.stem(scratch, len);
    }

    /** Key form used by lexicons for the first token of an entry / candidate: normalised, article removed. */
    static String noArticle(String norm) {
        char[] c = norm.toCharArray();
        int a = articleLength(c, c.length);
        return norm.substring(a);
    }

    static String stripped(String norm) {
        char[] c = norm.toCharArray();
        return norm.substring(procliticLength(c, c.length));
    }

    static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
            || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F') || (c >= '\uFB50' && c <= '\uFDFF')
            || (c >= '\uFE70' && c <= '\uFEFF' && c != '\uFEFF');
    }

    // ---- token shape -------------------------------------------------------------------------------------------
    static final int SHAPE_EMPTY = 0, SHAPE_ARABIC = 1, SHAPE_DIGITS = 2, SHAPE_NUMBER = 3, SHAPE_LATIN_LOWER = 4,
        SHAPE_LATIN_CAP = 5, SHAPE_LATIN_UPPER = 6, SHAPE_PUNCT = 7, SHAPE_ARABIC_DIGIT = 8, SHAPE_MIXED = 9,
        SHAPE_QUOTE = 10, SHAPE_OPEN = 11, SHAPE_CLOSE = 12, SHAPE_DASH = 13, SHAPE_STOP = 14, SHAPE_COMMA = 15;

    static int shape(String raw) {
        if (raw.isEmpty()) {
            return SHAPE_EMPTY;
        }
        int ar = 0, dig = 0, lat = 0, up = 0, other = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isArabicLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640') {
                ar++;
            } else if (Character.isDigit(c)) {
                dig++;
            } else if (Character.isLetter(c)) {
                lat++;
                if (Character.isUpperCase(c)) {
                    up++;
                }
            } else {
                other++;
            }
        }
        int n = raw.length();
        if (ar == n) {
            return SHAPE_ARABIC;
        }
        if (dig == n) {
            return SHAPE_DIGITS;
        }
        if (dig > 0 && ar == 0 && lat == 0) {
            return SHAPE_NUMBER;
        }
        if (lat == n) {
            return up == n && n > 1 ? SHAPE_LATIN_UPPER : up > 0 && Character.isUpperCase(raw.charAt(0)) ? SHAPE_LATIN_CAP
                : SHAPE_LATIN_LOWER;
        }
        if (ar > 0 && dig > 0 && lat == 0) {
            return SHAPE_ARABIC_DIGIT;
        }
        if (other == n) {
            char c = raw.charAt(0);
            switch (c) {
                case '"', '\'', '«', '»', '“', '”', '‘', '’', '`':
                    return SHAPE_QUOTE;
                case '(', '[', '{', '<':
                    return SHAPE_OPEN;
                case ')', ']', '}', '>':
                    return SHAPE_CLOSE;
                case '-', '–', '—', '_':
                    return SHAPE_DASH;
                case '.', '!', '?', '؟', '…':
                    return SHAPE_STOP;
                case ',', '،', '؛', ';', ':':
                    return SHAPE_COMMA;
                default:
                    return SHAPE_PUNCT;
            }
        }
        return SHAPE_MIXED;
    }

    static int lengthBucket(int len) {
        return len <= 4 ? len : len <= 6 ? 5 : len <= 8 ? 6 : 7;
    }
}
