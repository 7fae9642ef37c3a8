package org.isnad.extraction.engine.text;

import java.util.Collection;

/**
 * A one-hash Bloom filter over strings' hash codes, put in front of a hash set or map whose look-ups mostly
 * miss (most tokens are not cue verbs, gazetteer heads or rule triggers). A few kilobytes of bits answer
 * "certainly absent" from L1 cache, where the table walk touches a bucket, a node and a key string. Exact:
 * {@code mightContain} is true for every added key, so {@code mightContain(k) && set.contains(k)} equals
 * {@code set.contains(k)}. Sized at 16 bits per key (about 6 % false positives). Not thread-safe for
 * {@link #add}: fill it while building its table, before the table is shared.
 */
public final class KeyFilter {
    private final long[] bits;
    private final int shift;
    private int size;

    private KeyFilter(int expectedKeys) {
        int log2 = 12;
        while ((1L << log2) < 16L * expectedKeys && log2 < 30) {
            log2++;
        }
        bits = new long[1 << (log2 - 6)];
        shift = 32 - log2;
    }

    /** A filter holding {@code keys}, with room for {@code extra} more keys at the same accuracy. */
    public static KeyFilter of(Collection<String> keys, int extra) {
        KeyFilter f = new KeyFilter(keys.size() + extra);
        for (String k : keys) {
            f.add(k);
        }
        return f;
    }

    public static KeyFilter of(Collection<String> keys) {
        return of(keys, 0);
    }

    public void add(String key) {
        int h = index(key);
        bits[h >>> 6] |= 1L << h;
        size++;
    }

    /** More keys added than the filter was sized for: rebuild it with {@link #of(Collection, int)}. */
    public boolean full() {
        return 16L * size > 64L * bits.length && shift > 2;
    }

    /** False only if {@code key} was never {@link #add added}. */
    public boolean mightContain(String key) {
        int h = index(key);
        return (bits[h >>> 6] & 1L << h) != 0;
    }

    /**
     * {@link #mightContain} of {@code key.substring(from)} without building it: the substring's hash code is the
     * same polynomial over its characters ({@link String#hashCode}), computed here in place. For the clitic
     * look-ups ("وخمسة" → "خمسة") that would otherwise allocate a substring per prefixed token.
     */
    public boolean mightContainFrom(String key, int from) {
        int h = 0;
        for (int k = from; k < key.length(); k++) {
            h = 31 * h + key.charAt(k);
        }
        int i = (h * 0x9E3779B9) >>> shift;
        return (bits[i >>> 6] & 1L << i) != 0;
    }

    private int index(String key) {
        int h = key == null ? 0 : key.hashCode(); // a null key is filtered like any other (HashMap allows one)
        return (h * 0x9E3779B9) >>> shift; // Fibonacci hashing: the top bits of the product
    }
}
