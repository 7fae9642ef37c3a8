package org.isnad.extraction.engine.ner;

import java.util.Random;

/**
 * Linear-chain CRF trained with AdaGrad on the conditional log-likelihood (BIO-constrained chain, lazy L2 on touched
 * rows), with parameter averaging over the last epochs. Alternative learner to {@link StructuredPerceptron}.
 */
final class CrfTrainer {
    private CrfTrainer() {
    }

    static final int T = NerModel.T;

    static StructuredPerceptron.Weights train(int[][][] x, int[][] y, int nFeat, int epochs, long seed, double l2,
                                              double rate, java.io.PrintStream log) {
        float[] w = new float[nFeat * T];
        float[] g2 = new float[nFeat * T];
        double[] avg = new double[nFeat * T];
        float[] tr = new float[(T + 1) * T];
        double[] trG2 = new double[(T + 1) * T];
        double[] trAvg = new double[(T + 1) * T];
        int avgFrom = Math.max(0, epochs / 2);
        int avgCount = 0;
        int[] order = Shuffle.identity(x.length);
        Random rnd = new Random(seed);
        double[] gTr = new double[(T + 1) * T];
        for (int ep = 0; ep < epochs; ep++) {
            Shuffle.inPlace(order, rnd);
            double ll = 0;
            for (int idx : order) {
                int[][] sx = x[idx];
                int[] gold = y[idx];
                int n = gold.length;
                if (n == 0) {
                    continue;
                }
                float[] em = StructuredPerceptron.scores(sx, w);
                // forward-backward in scaled space
                double[][] fb = ChainMarginals.forwardBackward(em, n, tr, 1f);
                double[] alpha = fb[0], beta = fb[1], c = fb[2], ee = fb[3], et = fb[4];
                double logZ = fb[5][0];
                double goldScore = 0;
                for (int i = 0; i < n; i++) {
                    goldScore += em[i * T + gold[i]] + tr[(i == 0 ? 0 : gold[i - 1] + 1) * T + gold[i]];
                }
                ll += goldScore - logZ;
                // transition gradient (expected - observed)
                java.util.Arrays.fill(gTr, 0);
                for (int i = 0; i < n; i++) {
                    if (i == 0) {
                        for (int t = 0; t < T; t++) {
                            gTr[t] += alpha[t] * beta[t];
                        }
                    } else {
                        for (int p = 0; p < T; p++) {
                            double ap = alpha[(i - 1) * T + p];
                            if (ap == 0) {
                                continue;
                            }
                            for (int t = 0; t < T; t++) {
                                int k = (p + 1) * T + t;
                                if (et[k] != 0) {
                                    gTr[k] += ap * et[k] * ee[i * T + t] * beta[i * T + t] / c[i];
                                }
                            }
                        }
                    }
                    gTr[(i == 0 ? 0 : gold[i - 1] + 1) * T + gold[i]] -= 1;
                }
                for (int k = 0; k < gTr.length; k++) {
                    if (gTr[k] != 0) {
                        trG2[k] += gTr[k] * gTr[k];
                        tr[k] -= (float) (rate * gTr[k] / Math.sqrt(trG2[k] + 1e-8));
                    }
                }
                // emission gradient
                double[] g = new double[T];
                for (int i = 0; i < n; i++) {
                    for (int t = 0; t < T; t++) {
                        g[t] = alpha[i * T + t] * beta[i * T + t];
                    }
                    g[gold[i]] -= 1;
                    for (int f : sx[i]) {
                        int o = f * T;
                        for (int t = 0; t < T; t++) {
                            double gt = g[t] + l2 * w[o + t];
                            if (gt == 0) {
                                continue;
                            }
                            float acc = g2[o + t] += (float) (gt * gt);
                            w[o + t] -= (float) (rate * gt / Math.sqrt(acc + 1e-8));
                        }
                    }
                }
            }
            if (ep >= avgFrom) {
                for (int k = 0; k < w.length; k++) {
                    avg[k] += w[k];
                }
                for (int k = 0; k < tr.length; k++) {
                    trAvg[k] += tr[k];
                }
                avgCount++;
            }
            if (log != null) {
                log.printf("  epoch %d: log-likelihood %.1f%n", ep + 1, ll);
            }
        }
        float[] aw = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            aw[k] = (float) (avg[k] / avgCount);
        }
        float[] at = new float[tr.length];
        for (int k = 0; k < tr.length; k++) {
            at[k] = NerModel.ALLOWED[k] ? (float) (trAvg[k] / avgCount) : -1e4f;
        }
        return new StructuredPerceptron.Weights(aw, at);
    }
}
