package org.isnad.extraction.engine.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Second, document-level stage ("extended prediction history", Ratinov &amp; Roth 2009; Krishnan &amp; Manning 2006).
 * The first-stage model tags every sentence of a document; then every token gets a few features describing what the
 * first stage predicted for the same lexical key (proclitics stripped, article kept) elsewhere in a window of
 * neighbouring sentences: how often, the share of each type, the majority label, whether it started or ended an
 * entity. Those features add learned weights to the first-stage emission scores (which stay as they are), the
 * transitions get a learned correction, and the sentence is decoded again. The weights are trained on jack-knifed
 * (out-of-fold) first-stage scores, so the stage does not over-trust first-stage predictions on training data.
 */
final class ContextStage {
    static final int T = NerModel.T;
    /** Labels counted per key: the first-stage tags themselves (O, then B/I/L/U of each type). */
    private static final int COUNTS = T;
    private static final int LABELS = 1 + NerModel.TYPES.length;
    // feature id layout
    static final int F_TOTAL = 0, F_SHARE = 4, F_MAJ = F_SHARE + 16, F_OWN_MAJ = F_MAJ + LABELS * 4,
        F_START = F_OWN_MAJ + LABELS * LABELS, F_CONT = F_START + 4, F_NEIGH = F_CONT + 4,
        F_BIGRAM = F_NEIGH + 2 * LABELS, F_END = F_BIGRAM + 2 * LABELS * 4, NUM_FEATURES = F_END + 4;
    private static final long LEFT = 0x1EF7_0000_0000_0001L, RIGHT = 0x7167_0000_0000_0001L;
    static final int MAX_PER_TOKEN = 16;

    /** Sentences on each side whose first-stage predictions count. */
    final int window;
    /** NUM_FEATURES * T emission weights. */
    final float[] weights;
    /** (T + 1) * T additive transition correction. */
    final float[] transDelta;

    ContextStage(int window, float[] weights, float[] transDelta) {
        this.window = window;
        this.weights = weights;
        this.transDelta = transDelta;
    }

    /** Label (0 = O, 1 + type) of a first-stage tag. */
    static int label(int tag) {
        return tag == NerModel.O ? 0 : 1 + NerModel.typeOf(tag);
    }

    /** Other occurrences of a type: all, those that started an entity (B/U), those that ended one (L/U). */
    private static int ofType(int[] c, int type) {
        int b = NerModel.tag(type, NerModel.K_B);
        return c[b] + c[b + 1] + c[b + 2] + c[b + 3];
    }

    private static int started(int[] c, int type) {
        return c[NerModel.tag(type, NerModel.K_B)] + c[NerModel.tag(type, NerModel.K_U)];
    }

    private static int ended(int[] c, int type) {
        return c[NerModel.tag(type, NerModel.K_L)] + c[NerModel.tag(type, NerModel.K_U)];
    }

    /**
     * Context features of every token of a document: out[s][i] lists feature ids (-1 terminated when shorter than
     * {@link #MAX_PER_TOKEN}). keys[s][i] are lexical keys, tags1[s][i] first-stage tags.
     */
    static int[][][] features(long[][] keys, int[][] tags1, int window) {
        int d = keys.length;
        Window w = new Window();
        int[][][] ids = new int[d][][]; // ids[s][g][i]: count row of gram g of token i
        int[][][] out = new int[d][][];
        int[] c = new int[COUNTS];
        int added = 0, removed = 0; // sentences [removed, added) are in the window
        for (int s = 0; s < d; s++) {
            while (added < d && added <= s + window) {
                ids[added] = w.add(keys[added], tags1[added]);
                added++;
            }
            while (removed < s - window) {
                w.remove(ids[removed], tags1[removed]);
                ids[removed] = null;
                removed++;
            }
            int n = keys[s].length;
            int[] maj = new int[n];
            for (int i = 0; i < n; i++) {
                maj[i] = majority(w.others(ids[s][0][i], tags1[s][i], c));
            }
            int[][] fs = new int[n][];
            for (int i = 0; i < n; i++) {
                fs[i] = tokenFeatures(w.others(ids[s][0][i], tags1[s][i], c), maj[i], label(tags1[s][i]),
                    i > 0 ? maj[i - 1] : -1, i + 1 < n ? maj[i + 1] : -1);
                int k = 0;
                while (k < MAX_PER_TOKEN && fs[i][k] >= 0) {
                    k++;
                }
                for (int g = 1; g <= 2 && k < MAX_PER_TOKEN; g++) {
                    int mg = majority(w.others(ids[s][g][i], tags1[s][i], c));
                    if (mg >= 0) {
                        fs[i][k++] = F_BIGRAM + ((g - 1) * LABELS + mg) * 4 + totalBucket(c);
                    }
                }
                if (k < MAX_PER_TOKEN) {
                    fs[i][k] = -1;
                }
            }
            out[s] = fs;
        }
        return out;
    }

    /** First-stage label counts per gram over the sentences of the current window. */
    private static final class Window {
        final LongIntMap index = new LongIntMap(256);
        int[] counts = new int[COUNTS * 64];

        /** Counts a sentence in; returns the count row of each gram (g = 0 unigram, 1 left, 2 right bigram). */
        int[][] add(long[] keys, int[] tags) {
            int n = keys.length;
            int[][] ids = new int[3][n];
            for (int i = 0; i < n; i++) {
                for (int g = 0; g < 3; g++) {
                    int id = index.getOrAddIndex(gramKey(keys, i, g));
                    if ((id + 1) * COUNTS > counts.length) {
                        counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[id * COUNTS + tags[i]]++;
                    ids[g][i] = id;
                }
            }
            return ids;
        }

        void remove(int[][] ids, int[] tags) {
            for (int[] row : ids) {
                for (int i = 0; i < row.length; i++) {
                    counts[row[i] * COUNTS + tags[i]]--;
                }
            }
        }

        /** Counts of the other occurrences of a gram (the token itself, tagged ownTag, removed), into c. */
        int[] others(int id, int ownTag, int[] c) {
            System.arraycopy(counts, id * COUNTS, c, 0, COUNTS);
            c[ownTag]--;
            return c;
        }
    }

    /** g = 0: the token's key; 1: with its left neighbour; 2: with its right neighbour. */
    private static long gramKey(long[] keys, int i, int g) {
        return switch (g) {
            case 0 -> keys[i];
            case 1 -> Hash.pair(LEFT, Hash.pair(i > 0 ? keys[i - 1] : Hash.BOS, keys[i]));
            default -> Hash.pair(RIGHT, Hash.pair(keys[i], i + 1 < keys.length ? keys[i + 1] : Hash.EOS));
        };
    }

    /** Majority label among the other occurrences, or -1 if there are none. */
    private static int majority(int[] c) {
        int best = -1, bestCount = 0;
        for (int l = 0; l < LABELS; l++) {
            int v = l == 0 ? c[0] : ofType(c, l - 1);
            if (v > bestCount) {
                best = l;
                bestCount = v;
            }
        }
        return best;
    }

    private static int totalBucket(int[] c) {
        int total = 0;
        for (int v : c) {
            total += v;
        }
        return total == 0 ? 0 : total == 1 ? 1 : total <= 3 ? 2 : 3;
    }

    private static int[] tokenFeatures(int[] c, int maj, int own, int majPrev, int majNext) {
        int[] f = new int[MAX_PER_TOKEN];
        int k = 0;
        int total = 0;
        for (int v : c) {
            total += v;
        }
        int tb = totalBucket(c);
        f[k++] = F_TOTAL + tb;
        if (total > 0) {
            for (int t = 0; t < NerModel.TYPES.length; t++) {
                int v = ofType(c, t);
                if (v > 0) {
                    int b = 3 * v < total ? 1 : 3 * v < 2 * total ? 2 : 3;
                    f[k++] = F_SHARE + t * 4 + b;
                }
                if (started(c, t) > 0) {
                    f[k++] = F_START + t;
                } else if (v > 0) {
                    f[k++] = F_CONT + t;
                }
                // ended one (L/U): where the other mentions' spans stopped (names run into the next word); only
                // while 4 slots stay free for the majority, own × majority and neighbour features below
                if (ended(c, t) > 0 && k < MAX_PER_TOKEN - 4) {
                    f[k++] = F_END + t;
                }
            }
            f[k++] = F_MAJ + maj * 4 + tb;
            f[k++] = F_OWN_MAJ + own * LABELS + maj;
        }
        if (majPrev >= 0) {
            f[k++] = F_NEIGH + majPrev;
        }
        if (majNext >= 0) {
            f[k++] = F_NEIGH + LABELS + majNext;
        }
        if (k < MAX_PER_TOKEN) {
            f[k] = -1;
        }
        return f;
    }

    /** Second-stage emission scores: first-stage scores plus the context weights. */
    static float[] apply(float[] em1, int[][] feats, float[] weights) {
        float[] em = em1.clone();
        addTo(em, feats, weights);
        return em;
    }

    /** Adds the context weights to emission scores in place. */
    static void addTo(float[] em, int[][] feats, float[] weights) {
        for (int i = 0; i < feats.length; i++) {
            int base = i * T;
            for (int f : feats[i]) {
                if (f < 0) {
                    break;
                }
                int o = f * T;
                for (int y = 0; y < T; y++) {
                    em[base + y] += weights[o + y];
                }
            }
        }
    }

    float[] transitions(float[] trans1) {
        float[] t = trans1.clone();
        for (int k = 0; k < t.length; k++) {
            t[k] += transDelta[k];
        }
        return t;
    }

    /** Lexical keys of prepared sentences. */
    static long[][] keys(List<FeatureExtractor.Prepared> doc) {
        long[][] k = new long[doc.size()][];
        for (int s = 0; s < k.length; s++) {
            k[s] = doc.get(s).hKey;
        }
        return k;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(window);
        out.writeInt(NUM_FEATURES);
        for (float w : weights) {
            out.writeFloat(w);
        }
        for (float w : transDelta) {
            out.writeFloat(w);
        }
    }

    static ContextStage read(DataInputStream in) throws IOException {
        int window = in.readInt();
        if (in.readInt() != NUM_FEATURES) {
            throw new IOException("context feature set mismatch");
        }
        float[] w = new float[NUM_FEATURES * T];
        for (int k = 0; k < w.length; k++) {
            w[k] = in.readFloat();
        }
        float[] td = new float[(T + 1) * T];
        for (int k = 0; k < td.length; k++) {
            td[k] = in.readFloat();
        }
        return new ContextStage(window, w, td);
    }
}
