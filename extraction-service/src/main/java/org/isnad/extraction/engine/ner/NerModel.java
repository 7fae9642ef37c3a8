package org.isnad.extraction.engine.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A linear-chain sequence model over BIO tags: hashed emission features (one weight row per feature, one column
 * per tag) plus tag-bigram transition weights, decoded with a BIO-constrained Viterbi. Span probabilities come from
 * forward-backward over the same scores divided by a calibrated temperature.
 */
final class NerModel {
    static final String[] TYPES = {"PERS", "LOC", "ORG", "MISC"};
    /** Internal BILOU encoding: O, then per type Begin, Inside, Last, Unit. */
    static final int KINDS = 4, K_B = 0, K_I = 1, K_L = 2, K_U = 3;
    static final int T = 1 + KINDS * TYPES.length;
    static final int O = 0;
    private static final String MAGIC = "ISNAD-ARABIC-NER";
    private static final int VERSION = 3;

    /** Tags allowed before (before = true) or after tag t, ascending. */
    private static int[] allowedNeighbours(int t, boolean before) {
        int k = 0;
        int[] out = new int[T];
        for (int u = 0; u < T; u++) {
            if (before ? ALLOWED[(u + 1) * T + t] : ALLOWED[(t + 1) * T + u]) {
                out[k++] = u;
            }
        }
        return Arrays.copyOf(out, k);
    }

    static int tag(int type, int kind) {
        return 1 + type * KINDS + kind;
    }

    static int typeOf(int tag) {
        return (tag - 1) / KINDS;
    }

    static int kindOf(int tag) {
        return (tag - 1) % KINDS;
    }

    static String tagName(int tag) {
        return tag == O ? "O" : "BILU".charAt(kindOf(tag)) + "-" + TYPES[typeOf(tag)];
    }

    /** allowed[(prev + 1) * T + cur]; prev = -1 is the sentence start. */
    static final boolean[] ALLOWED = new boolean[(T + 1) * T];
    /** Tags a sentence may end with (O, L-X, U-X). */
    static final boolean[] ALLOWED_END = new boolean[T];
    /** PREV[cur]: the tags allowed before cur, ascending (Viterbi only visits these). */
    static final int[][] PREV = new int[T][];
    /** NEXT[prev]: the tags allowed after prev, ascending. */
    static final int[][] NEXT = new int[T][];

    static {
        for (int prev = -1; prev < T; prev++) {
            boolean open = prev > 0 && (kindOf(prev) == K_B || kindOf(prev) == K_I);
            for (int cur = 0; cur < T; cur++) {
                boolean ok;
                if (open) {
                    ok = cur != O && typeOf(cur) == typeOf(prev) && (kindOf(cur) == K_I || kindOf(cur) == K_L);
                } else {
                    ok = cur == O || kindOf(cur) == K_B || kindOf(cur) == K_U;
                }
                ALLOWED[(prev + 1) * T + cur] = ok;
            }
        }
        for (int t = 0; t < T; t++) {
            ALLOWED_END[t] = t == O || kindOf(t) == K_L || kindOf(t) == K_U;
        }
        for (int t = 0; t < T; t++) {
            PREV[t] = allowedNeighbours(t, true);
            NEXT[t] = allowedNeighbours(t, false);
        }
    }


    /** BILOU tags for spans [start, end, type] over n tokens. */
    static int[] encode(int[][] spans, int n) {
        int[] y = new int[n];
        for (int[] sp : spans) {
            if (sp[1] - sp[0] == 1) {
                y[sp[0]] = tag(sp[2], K_U);
            } else {
                y[sp[0]] = tag(sp[2], K_B);
                for (int i = sp[0] + 1; i < sp[1] - 1; i++) {
                    y[i] = tag(sp[2], K_I);
                }
                y[sp[1] - 1] = tag(sp[2], K_L);
            }
        }
        return y;
    }

    /** Spans [start, end, type] of a well-formed BILOU sequence. */
    static int[][] spans(int[] tags) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < tags.length) {
            int t = tags[i];
            if (t == O) {
                i++;
                continue;
            }
            int type = typeOf(t);
            int j = i + 1;
            if (kindOf(t) == K_B) {
                while (j < tags.length && tags[j] == tag(type, K_I)) {
                    j++;
                }
                if (j < tags.length && tags[j] == tag(type, K_L)) {
                    j++;
                }
            }
            out.add(new int[] {i, j, type});
            i = j;
        }
        return out.toArray(new int[0][]);
    }

    // ---- parameters ----
    final FeatureExtractor extractor;
    /**
     * Open-addressing table over feature keys (load ≤ 0.5). A slot holds (32-bit key fingerprint << 32) |
     * (number of non-zero tag weights << 27) | offset into {@link #nz}; 0 = empty. The weight
     * rows are stored sparsely because a perceptron feature only ever touches a few tags.
     */
    final long[] slots;
    final int slotMask;
    /** Non-zero weights, packed: (tag << 16) | (16-bit linear quantised weight); weight = (short) packed * scale. */
    final int[] nz;
    final float scale;
    /** Half-float bits of every non-zero weight, for serialisation only. */
    private final short[] nzHalf;
    /** Full keys and row offsets in row order (serialisation only). */
    private final long[] keys;
    private final int[] rowOffset;
    final float[] trans; // (T + 1) * T, row 0 = start
    final float temperature;

    NerModel(FeatureExtractor extractor, long[] keys, float[] weights, float[] trans, float temperature) {
        this.extractor = extractor;
        int rows = keys.length;
        this.keys = keys;
        this.rowOffset = new int[rows + 1];
        int nnz = 0;
        for (int r = 0; r < rows; r++) {
            rowOffset[r] = nnz;
            for (int y = 0; y < T; y++) {
                if (weights[r * T + y] != 0) {
                    nnz++;
                }
            }
        }
        rowOffset[rows] = nnz;
        nz = new int[nnz];
        nzHalf = new short[nnz];
        float maxAbs = 1e-6f;
        for (float w : weights) {
            maxAbs = Math.max(maxAbs, Math.abs(w));
        }
        scale = maxAbs / 32767f;
        int cap = Integer.highestOneBit(Math.max(4, (int) (rows / 0.6)));
        cap = cap < rows / 0.6 ? cap << 1 : cap;
        slots = new long[cap];
        slotMask = cap - 1;
        for (int r = 0; r < rows; r++) {
            int o = rowOffset[r];
            for (int y = 0; y < T; y++) {
                float w = weights[r * T + y];
                if (w != 0) {
                    nzHalf[o] = Float.floatToFloat16(w);
                    nz[o++] = (y << 16) | (Math.round(w / scale) & 0xFFFF);
                }
            }
            int count = rowOffset[r + 1] - rowOffset[r];
            int s = slot(keys[r]);
            while (slots[s] != 0) {
                s = (s + 1) & slotMask;
            }
            slots[s] = ((long) fingerprint(keys[r]) << 32) | ((long) count << 27) | rowOffset[r];
        }
        this.trans = trans;
        this.temperature = temperature;
    }

    private int slot(long k) {
        return (int) k & slotMask;
    }

    private static int fingerprint(long k) {
        return (int) (k >>> 32) | 1;
    }

    /** The slot value for a key, or 0. */
    long lookup(long key) {
        long[] sl = slots;
        int fp = fingerprint(key);
        int s = slot(key);
        while (true) {
            long v = sl[s];
            if (v == 0) {
                return 0;
            }
            if ((int) (v >>> 32) == fp) {
                return v;
            }
            s = (s + 1) & slotMask;
        }
    }

    int numFeatures() {
        return keys.length;
    }

    int nonZeroWeights() {
        return nz.length;
    }

    /** Emission scores em[i * T + tag] for a prepared sentence. */
    float[] emissions(FeatureExtractor.Prepared p) {
        int n = p.n;
        float[] em = new float[n * T];
        long[] buf = new long[FeatureExtractor.MAX_FEATURES];
        long[] vals = new long[FeatureExtractor.MAX_FEATURES];
        int[] z = nz;
        float sc = scale;
        for (int i = 0; i < n; i++) {
            int nf = extractor.features(p, i, buf);
            // first all table probes (independent, so cache misses overlap), then the sparse accumulation
            for (int f = 0; f < nf; f++) {
                vals[f] = lookup(buf[f]);
            }
            int base = i * T;
            for (int f = 0; f < nf; f++) {
                long v = vals[f];
                if (v != 0) {
                    int o = (int) v & 0x7FFFFFF;
                    int e = o + (((int) v >>> 27) & 31);
                    for (; o < e; o++) {
                        int packed = z[o];
                        em[base + (packed >>> 16)] += (short) packed * sc;
                    }
                }
            }
        }
        return em;
    }

    /** BILOU-constrained Viterbi. */
    static int[] viterbi(float[] em, int n, float[] trans) {
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[T];
        float[] next = new float[T];
        int[] back = new int[n * T];
        for (int y = 0; y < T; y++) {
            score[y] = ALLOWED[y] ? trans[y] + em[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < T; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int prev : PREV[y]) {
                    float s = score[prev] + trans[(prev + 1) * T + y];
                    if (s > best) {
                        best = s;
                        arg = prev;
                    }
                }
                next[y] = best + em[i * T + y];
                back[i * T + y] = arg;
            }
            float[] tmp = score;
            score = next;
            next = tmp;
        }
        int best = 0;
        for (int y = 1; y < T; y++) {
            if (ALLOWED_END[y] && score[y] > score[best]) {
                best = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i * T + best];
        }
        return out;
    }

    int[] decode(FeatureExtractor.Prepared p) {
        return viterbi(emissions(p), p.n, trans);
    }

    // ---- serialisation (caller wraps in GZIP streams) ----
    void write(DataOutputStream out) throws IOException {
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(T);
        out.writeFloat(temperature);
        for (float f : trans) {
            out.writeFloat(f);
        }
        extractor.lexicon.write(out);
        int rows = numFeatures();
        Integer[] order = new Integer[rows];
        for (int r = 0; r < rows; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
        out.writeInt(rows);
        for (int idx = 0; idx < rows; idx++) {
            int r = order[idx];
            out.writeLong(keys[r]);
            int maskBits = 0;
            for (int o = rowOffset[r]; o < rowOffset[r + 1]; o++) {
                maskBits |= 1 << (nz[o] >>> 16);
            }
            out.writeInt(maskBits);
            for (int y = 0; y < T; y++) {
                for (int o = rowOffset[r]; o < rowOffset[r + 1]; o++) {
                    if ((nz[o] >>> 16) == y) {
                        out.writeShort(nzHalf[o]);
                    }
                }
            }
        }
    }

    static NerModel read(DataInputStream in) throws IOException {
        if (!MAGIC.equals(in.readUTF())) {
            throw new IOException("not an Isnad Arabic NER model");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("unsupported model version " + version);
        }
        if (in.readInt() != T) {
            throw new IOException("tag set mismatch");
        }
        float temperature = in.readFloat();
        float[] trans = new float[(T + 1) * T];
        for (int k = 0; k < trans.length; k++) {
            trans[k] = in.readFloat();
        }
        Lexicon lex = Lexicon.read(in);
        int rows = in.readInt();
        long[] keys = new long[rows];
        float[] w = new float[rows * T];
        for (int r = 0; r < rows; r++) {
            keys[r] = in.readLong();
            int maskBits = in.readInt();
            for (int y = 0; y < T; y++) {
                if ((maskBits & (1 << y)) != 0) {
                    w[r * T + y] = Float.float16ToFloat(in.readShort());
                }
            }
        }
        return new NerModel(new FeatureExtractor(lex), keys, w, trans, temperature);
    }
}
