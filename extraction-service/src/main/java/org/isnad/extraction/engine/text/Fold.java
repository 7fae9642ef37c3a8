package org.isnad.extraction.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Folds lexicon entries the same way {@link TextNormalizer} folds input text (plus lower case for Latin). */
public final class Fold {
    private Fold() {
    }

    public static String fold(String s) {
        String n = TextNormalizer.normalizedString(s).trim();
        return n.toLowerCase(Locale.ROOT);
    }

    /** Each phrase {@link #fold folded}, in order: how the rule classes write their phrase lists. */
    public static List<String> foldAll(String... phrases) {
        List<String> out = new ArrayList<>(phrases.length);
        for (String p : phrases) {
            out.add(fold(p));
        }
        return out;
    }

    /** Lower-cases Latin only (Arabic has no case); cheap. */
    public static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x250 && Character.isUpperCase(c)) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }
}
