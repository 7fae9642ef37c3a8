package org.isnad.extraction.engine.lexicon;

/**
 * A known place glued to a one-letter preposition or conjunction: "بصفاقس", "لسطيف", "وحمص". Such a word
 * is "in/to/and PLACE", never a person's name, so the title-and-name rule ("المدير الجهوي للتربية بصفاقس")
 * must not read it as the name after the title; the gazetteer pass then tags the place itself.
 */
final class CliticPlaces {
    private CliticPlaces() {
    }

    /** True when token k is not a given name and one of its clitic readings (not the bare word) is a sure place. */
    static boolean placeAfterClitic(Gazetteer gaz, Tokens t, int k) {
        if (k >= t.size || t.number[k]) {
            return false;
        }
        String w = t.norm[k];
        if (w.length() < 4 || gaz.isFirstName(w) || gaz.isAmbiguousFirstName(w)) {
            return false;
        }
        char c = w.charAt(0);
        if (c != '\u0628' && c != '\u0644' && c != '\u0648' && c != '\u0641') { // ب ل و ف
            return false;
        }
        for (Gazetteer.Hit h : gaz.matchesAt(t, k)) {
            if (h.strip() == 0) {
                continue;
            }
            for (Gazetteer.Entry e : h.entries()) {
                if (!e.contextual() && e.category().isPlace()) {
                    return true;
                }
            }
        }
        return false;
    }
}
