package org.isnad.extraction.engine.boilerplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of folded phrases asked "does any of you occur in this line?" — the same answer as
 * {@code phrases.stream().anyMatch(line::contains)}, with fewer stops. {@code String.contains} searches for a
 * phrase's first character, and most of these phrases open with a letter as common as ا or ت, so each search
 * stopped at almost every word of every line. Here each phrase is anchored on its rarest character (by the usual
 * letter frequencies of Arabic and English text): the line is searched (vectorised {@code indexOf}) once per
 * distinct anchor, and a phrase is compared only where its anchor occurs. Exact: a phrase occurring at q has its
 * anchor at q + offset, so every occurrence is found. Immutable once built, so shared by all threads.
 */
final class PhraseSet {
    /** Letters from the most to the least frequent; any character not listed counts as rarer than all of them. */
    private static final String BY_FREQUENCY = " اليمونهرتبعدسفكقحجشصطزخضثذغظeatoinsrhldcumfpgwybvkxjqz";

    /** Distinct anchor characters, and for each the phrases anchored on it with the anchor's offset in them. */
    private final char[] anchors;
    private final String[][] phrases;
    private final int[][] offsets;
    /** An empty phrase occurs in every line. */
    private final boolean matchesEverything;

    private PhraseSet(List<String> list) {
        Map<Character, List<String>> byAnchor = new LinkedHashMap<>();
        Map<Character, List<Integer>> offsetByAnchor = new LinkedHashMap<>();
        boolean empty = false;
        for (String p : list) {
            if (p.isEmpty()) {
                empty = true;
                continue;
            }
            int at = rarest(p);
            byAnchor.computeIfAbsent(p.charAt(at), c -> new ArrayList<>()).add(p);
            offsetByAnchor.computeIfAbsent(p.charAt(at), c -> new ArrayList<>()).add(at);
        }
        anchors = new char[byAnchor.size()];
        phrases = new String[anchors.length][];
        offsets = new int[anchors.length][];
        int k = 0;
        for (Map.Entry<Character, List<String>> e : byAnchor.entrySet()) {
            anchors[k] = e.getKey();
            phrases[k] = e.getValue().toArray(new String[0]);
            offsets[k] = offsetByAnchor.get(e.getKey()).stream().mapToInt(Integer::intValue).toArray();
            k++;
        }
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
        for (int a = 0; a < anchors.length; a++) {
            String[] ps = phrases[a];
            int[] offs = offsets[a];
            for (int at = line.indexOf(anchors[a]); at >= 0; at = line.indexOf(anchors[a], at + 1)) {
                for (int k = 0; k < ps.length; k++) {
                    int start = at - offs[k];
                    if (start >= 0 && line.startsWith(ps[k], start)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Index of the phrase's least frequent character (the first of equals). */
    private static int rarest(String p) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < p.length(); i++) {
            int f = BY_FREQUENCY.indexOf(p.charAt(i));
            int rank = f < 0 ? -1 : BY_FREQUENCY.length() - f; // unlisted: rarest; listed: rarer the later it comes
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }
}
