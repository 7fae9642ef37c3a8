package org.isnad.extraction.engine.lexicon;

/**
 * The proclitic readings under which the gazetteer, the date and the quantity recognisers look a word up:
 * "وبالقاهرة" may be و + ب + القاهرة. Kept apart from the trie ({@link Gazetteer}) since every recogniser that
 * reads clitics uses it, with or without a gazetteer.
 */
public final class GazetteerProclitics {
    private GazetteerProclitics() {
    }

    /**
     * Folded proclitic readings of a word: the word itself, then و/ف + rest, then ب/ك/ل + rest and
     * ل + ل(ا)ل → ال (للجيش → الجيش). Returns pairs (form, stripped char count); at most 7 readings.
     */
    public static int readings(String w, String[] forms, int[] strip) {
        int n = 0;
        forms[n] = w;
        strip[n++] = 0;
        int base = n;
        if (w.length() >= 3) {
            char c0 = w.charAt(0);
            if (c0 == '\u0648' || c0 == '\u0641') { // و ف
                forms[n] = w.substring(1);
                strip[n++] = 1;
            }
        }
        int limit = n;
        for (int k = 0; k < limit; k++) {
            String x = forms[k];
            int o = strip[k];
            if (x.length() >= 3) {
                char c = x.charAt(0);
                if (c == '\u0628' || c == '\u0643' || c == '\u0644') { // ب ك ل
                    forms[n] = x.substring(1);
                    strip[n++] = o + 1;
                    if (c == '\u0644' && x.length() >= 4 && x.charAt(1) == '\u0644') { // لل → ال
                        forms[n] = "\u0627" + x.substring(1);
                        strip[n++] = o + 1;
                    }
                }
            }
        }
        return n;
    }
}
