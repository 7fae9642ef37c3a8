package org.isnad.extraction.engine.boilerplate;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed list of folded phrases asked "does any of you occur in this line?" — the same answer as
 * {@code phrases.stream().anyMatch(line::contains)}, in one pass over the line instead of one search per phrase.
 * The boilerplate rules ask this of every line of every article for lists of ten to twenty phrases, most of which
 * open with a letter as common as ا or ت, so the per-phrase searches stopped at almost every word. Here each
 * position's two-character pair is looked up in a small bit table of the phrases' opening pairs, and only on a
 * hit are the phrases opening with that pair compared. Immutable once built, so shared by all threads.
 */
final class PhraseSet {
    private static final int SLOT_BITS = 10;

    /** One bit per slot: set if some phrase of two or more characters opens with a pair hashed to the slot. */
    private final long[] openingPairs = new long[(1 << SLOT_BITS) / 64];
    /** The phrases of two or more characters by the slot of their opening pair. */
    private final String[][] bySlot = new String[1 << SLOT_BITS][];
    /** The one-character phrases ("©"), each found by a plain character search. */
    private final char[] singles;
    /** An empty phrase occurs in every line. */
    private final boolean matchesEverything;

    private PhraseSet(List<String> phrases) {
        List<List<String>> slots = new ArrayList<>();
        for (int k = 0; k < bySlot.length; k++) {
            slots.add(new ArrayList<>());
        }
        StringBuilder ones = new StringBuilder();
        boolean empty = false;
        for (String p : phrases) {
            if (p.isEmpty()) {
                empty = true;
            } else if (p.length() == 1) {
                ones.append(p.charAt(0));
            } else {
                int slot = slot(p.charAt(0), p.charAt(1));
                openingPairs[slot >>> 6] |= 1L << slot;
                slots.get(slot).add(p);
            }
        }
        for (int k = 0; k < bySlot.length; k++) {
            bySlot[k] = slots.get(k).toArray(new String[0]);
        }
        singles = ones.toString().toCharArray();
        matchesEverything = empty;
    }

    static PhraseSet of(List<String> phrases) {
        return new PhraseSet(phrases);
    }

    /** True iff one of the phrases occurs in {@code line}. */
    boolean foundIn(String line) {
        if (matchesEverything) {
            return true;
        }
        for (char c : singles) {
            if (line.indexOf(c) >= 0) {
                return true;
            }
        }
        int n = line.length();
        for (int i = 0; i + 1 < n; i++) {
            int slot = slot(line.charAt(i), line.charAt(i + 1));
            if ((openingPairs[slot >>> 6] & 1L << slot) != 0) {
                for (String p : bySlot[slot]) {
                    if (line.startsWith(p, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int slot(char first, char second) {
        return ((first << 16 | second) * 0x9E3779B9) >>> (32 - SLOT_BITS); // Fibonacci hashing of the pair
    }
}
