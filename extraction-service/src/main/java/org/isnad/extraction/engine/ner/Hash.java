package org.isnad.extraction.engine.ner;

/** 64-bit hashing helpers for hashed feature / lexicon keys (deterministic across JVMs). */
final class Hash {
    private Hash() {
    }

    static final long SEED = 0x51_7c_c1_b7_27_22_0a_95L;
    /** Hash of a missing token (before the sentence start / after its end). */
    static final long BOS = fmix(0xB05B05B05B05L);
    static final long EOS = fmix(0xE05E05E05E05L);

    static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    static long chars(char[] c, int off, int len) {
        long h = SEED ^ len;
        for (int i = off, e = off + len; i < e; i++) {
            h = (h ^ c[i]) * 0x100000001b3L;
        }
        return fmix(h);
    }

    static long string(CharSequence s) {
        long h = SEED ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return fmix(h);
    }

    /** Combines a template id with a value hash into a (never zero) feature key. */
    static long feat(int template, long value) {
        long h = fmix(value + 0x9E3779B97F4A7C15L * (template + 1));
        return h == 0 ? 1 : h;
    }

    static long pair(long a, long b) {
        return fmix(a * 0xC2B2AE3D27D4EB4FL + b);
    }
}
