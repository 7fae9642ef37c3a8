package org.isnad.extraction.engine.ner;

import java.util.Arrays;

/** Open-addressing long→int map (linear probing). Key 0 is reserved as "empty"; callers never use it. */
final class LongIntMap {
    long[] keys;
    int[] vals;
    int size;
    int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[cap];
        vals = new int[cap];
        mask = cap - 1;
    }

    private static int slot(long k, int mask) {
        return (int) (k ^ (k >>> 29)) & mask;
    }

    int get(long k, int missing) {
        long[] ks = keys;
        int m = mask;
        int i = slot(k, m);
        while (true) {
            long cur = ks[i];
            if (cur == k) {
                return vals[i];
            }
            if (cur == 0) {
                return missing;
            }
            i = (i + 1) & m;
        }
    }

    boolean containsKey(long k) {
        int i = slot(k, mask);
        while (keys[i] != 0) {
            if (keys[i] == k) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    void put(long k, int v) {
        if (k == 0) {
            throw new IllegalArgumentException("key 0 reserved");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(k, mask);
        while (keys[i] != 0) {
            if (keys[i] == k) {
                vals[i] = v;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = k;
        vals[i] = v;
        size++;
    }

    /** OR-s bits into the value (0 if absent). */
    void or(long k, int bits) {
        put(k, get(k, 0) | bits);
    }

    /** Returns the value for k, inserting nextValue if absent (value = size before insertion). */
    int getOrAddIndex(long k) {
        int v = get(k, -1);
        if (v >= 0) {
            return v;
        }
        v = size;
        put(k, v);
        return v;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        int cap = ok.length * 2;
        keys = new long[cap];
        vals = new int[cap];
        mask = cap - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != 0) {
                put(ok[i], ov[i]);
            }
        }
    }

    int size() {
        return size;
    }

    /** Calls back for every entry. */
    void forEach(java.util.function.BiConsumer<Long, Integer> c) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                c.accept(keys[i], vals[i]);
            }
        }
    }

    long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != 0) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }
}
