package org.isnad.extraction.engine.boilerplate;

import java.util.List;

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
}
