package org.isnad.extraction.engine.text;

import org.isnad.extraction.engine.Span;

/**
 * A normalised view of an original text with an offset map back to it. Every char of {@link #norm()} was
 * produced by exactly one source range {@code [origStart(i), origEnd(i))} of the original; removed characters
 * (diacritics, tatweel, bidi controls) produce nothing. All spans handed to callers are in ORIGINAL offsets.
 */
public final class NormalizedText {
    private final String original;
    private final String norm;
    private final int[] startMap;
    private final int[] endMap;

    NormalizedText(String original, String norm, int[] startMap, int[] endMap) {
        this.original = original;
        this.norm = norm;
        this.startMap = startMap;
        this.endMap = endMap;
    }

    private java.util.List<int[]> lines;
    private java.util.List<java.util.List<Token>> lineTokens;

    /** Non-empty lines as [start, end) normalised ranges (computed once per text). */
    public java.util.List<int[]> lines() {
        if (lines == null) {
            java.util.List<int[]> out = new java.util.ArrayList<>();
            int s = 0;
            int n = norm.length();
            while (s <= n) {
                int i = norm.indexOf('\n', s); // the vectorised search, not a charAt loop over the whole text
                if (i < 0) {
                    i = n;
                }
                if (i > s) {
                    out.add(new int[]{s, i});
                }
                s = i + 1;
            }
            lines = out;
        }
        return lines;
    }

    /** Tokens of each line of {@link #lines()}, tokenised once and shared by all stages. */
    public java.util.List<java.util.List<Token>> lineTokens() {
        if (lineTokens == null) {
            java.util.List<java.util.List<Token>> out = new java.util.ArrayList<>();
            for (int[] l : lines()) {
                out.add(Tokenizer.tokenize(norm, l[0], l[1]));
            }
            lineTokens = out;
        }
        return lineTokens;
    }

    public String original() {
        return original;
    }

    public String norm() {
        return norm;
    }

    public int length() {
        return norm.length();
    }

    /** Original offset where the normalised char {@code i} starts ({@code i == length()} maps to the end). */
    public int origStart(int i) {
        if (i >= norm.length()) {
            return original.length();
        }
        return startMap[i];
    }

    /** Original offset just after the source of normalised char {@code i - 1}; i.e. the end for a half-open range. */
    public int origEnd(int normEnd) {
        if (normEnd <= 0) {
            return norm.isEmpty() ? 0 : startMap[0];
        }
        return endMap[normEnd - 1];
    }

    /** Maps a normalised half-open range to the original text. */
    public Span toOriginal(int normStart, int normEnd) {
        if (normEnd <= normStart) {
            int p = origStart(normStart);
            return new Span(p, p);
        }
        int s = origStart(normStart);
        int e = origEnd(normEnd);
        if (e < s) {
            e = s;
        }
        return new Span(s, e);
    }

    /** Smallest normalised index whose source starts at or after {@code orig}. */
    public int normIndexAtOrAfter(int orig) {
        int lo = 0;
        int hi = norm.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startMap[mid] < orig) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
