package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Chars;

/** The one phrase-list test the boilerplate rules share: do any of these folded phrases occur in the folded line. */
final class Phrases {
    private Phrases() {
    }

    static boolean containsAny(String line, List<String> phrases) {
        for (String p : phrases) {
            if (line.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The same test for a list asked about every line, compiled into a {@link PhraseSet} (one pass over the line). */
    static boolean containsAny(String line, PhraseSet phrases) {
        return phrases.foundIn(line);
    }

    /** The line without the brackets, dashes, colons, bullets and spaces around its first and last letter or digit. */
    static String trimToText(String l) {
        int a = 0;
        int b = l.length();
        while (a < b && !Chars.isLetterOrDigit(l.charAt(a))) {
            a++;
        }
        while (b > a && !Chars.isLetterOrDigit(l.charAt(b - 1))) {
            b--;
        }
        return l.substring(a, b);
    }
}
