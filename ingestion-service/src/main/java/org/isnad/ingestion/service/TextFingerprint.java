package org.isnad.ingestion.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The identity of an article's text for exact-duplicate detection. Republished copies differ in invisible ways
 * (diacritics, tatweel, alef and yeh spellings, Arabic-Indic digits, quote glyphs, spacing), so the hash is
 * taken over a normalised form in which those differences vanish; the words themselves must be the same.
 */
public final class TextFingerprint {

    private TextFingerprint() {
    }

    public static String contentHash(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String normalise(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (isDroppedMark(c)) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                // punctuation and quote glyphs vary between copies of the same text
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    private static boolean isDroppedMark(char c) {
        return c == '\u0640' // tatweel
                || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' // harakat, superscript alef
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627'; // alef with madda/hamza, wasla -> alef
            case '\u0649' -> '\u064A';                                // alef maksura -> yeh
            case '\u0629' -> '\u0647';                                // teh marbuta -> heh
            default -> {
                if (c >= '\u0660' && c <= '\u0669') {
                    yield (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    yield (char) ('0' + (c - '\u06F0'));
                }
                yield Character.toLowerCase(c);
            }
        };
    }

    /** A first guess from the script of the letters; extraction detects the language properly. */
    public static String guessLanguage(String text) {
        int arabic = 0;
        int latin = 0;
        int limit = Math.min(text.length(), 5000);
        for (int i = 0; i < limit; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        if (arabic == 0 && latin == 0) {
            return null;
        }
        return arabic >= latin ? "ar" : "en";
    }
}
