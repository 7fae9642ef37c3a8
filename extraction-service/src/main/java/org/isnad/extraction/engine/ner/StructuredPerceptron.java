package org.isnad.extraction.engine.ner;

import java.util.Random;

/**
 * Averaged structured perceptron (Collins 2002) over a first-order BIO-constrained chain, with the lazy averaging
 * trick (Daumé): averaged = w - u / c, where u accumulates c·Δ.
 */
final class StructuredPerceptron {
    private StructuredPerceptron() {
    }

    static final int T = NerModel.T;

    /** Result: averaged emission weights (rows * T) and transitions ((T + 1) * T). */
    record Weights(float[] emission, float[] transition) {
    }

    static Weights train(int[][][] x, int[][] y, int nFeat, int epochs, long seed, double wordDropout,
                         java.io.PrintStream log) {
        float[] w = new float[nFeat * T];
        double[] u = new double[nFeat * T];
        float[] tr = new float[(T + 1) * T];
        double[] ut = new double[(T + 1) * T];
        int[] order = Shuffle.identity(x.length);
        Random rnd = new Random(seed);
        long c = 1;
        for (int ep = 0; ep < epochs; ep++) {
            Shuffle.inPlace(order, rnd);
            int errors = 0;
            for (int idx : order) {
                int[][] sx = x[idx];
                int[] gold = y[idx];
                int n = gold.length;
                if (n == 0) {
                    continue;
                }
                boolean[] drop = new boolean[n];
                if (wordDropout > 0) {
                    for (int i = 0; i < n; i++) {
                        drop[i] = rnd.nextDouble() < wordDropout;
                    }
                }
                float[] em = scores(sx, w, drop);
                int[] pred = NerModel.viterbi(em, n, tr);
                boolean wrong = false;
                for (int i = 0; i < n; i++) {
                    if (pred[i] != gold[i]) {
                        wrong = true;
                        break;
                    }
                }
                if (wrong) {
                    errors++;
                    for (int i = 0; i < n; i++) {
                        int g = gold[i], p = pred[i];
                        if (g != p) {
                            int[] fs = sx[i];
                            for (int fi = 0; fi < fs.length; fi++) {
                                if (drop[i] && fi >= 1 && fi <= FeatureExtractor.LEXICAL_FEATURES) {
                                    continue;
                                }
                                int f = fs[fi];
                                int o = f * T;
                                w[o + g] += 1;
                                u[o + g] += c;
                                w[o + p] -= 1;
                                u[o + p] -= c;
                            }
                        }
                        int gp = i == 0 ? 0 : gold[i - 1] + 1;
                        int pp = i == 0 ? 0 : pred[i - 1] + 1;
                        if (gp != pp || g != p) {
                            tr[gp * T + g] += 1;
                            ut[gp * T + g] += c;
                            tr[pp * T + p] -= 1;
                            ut[pp * T + p] -= c;
                        }
                    }
                }
                c++;
            }
            if (log != null) {
                log.printf("  epoch %d: %d/%d sentences wrong%n", ep + 1, errors, x.length);
            }
        }
        float[] aw = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            aw[k] = (float) (w[k] - u[k] / c);
        }
        float[] at = new float[tr.length];
        for (int k = 0; k < tr.length; k++) {
            at[k] = (float) (tr[k] - ut[k] / c);
        }
        return new Weights(aw, at);
    }

    static float[] scores(int[][] sx, float[] w) {
        return scores(sx, w, null);
    }

    static float[] scores(int[][] sx, float[] w, boolean[] drop) {
        int n = sx.length;
        float[] em = new float[n * T];
        for (int i = 0; i < n; i++) {
            int base = i * T;
            int[] fs = sx[i];
            for (int fi = 0; fi < fs.length; fi++) {
                if (drop != null && drop[i] && fi >= 1 && fi <= FeatureExtractor.LEXICAL_FEATURES) {
                    continue;
                }
                int f = fs[fi];
                int o = f * T;
                for (int t = 0; t < T; t++) {
                    em[base + t] += w[o + t];
                }
            }
        }
        return em;
    }
}
