package org.isnad.extraction.engine.boilerplate.train;

import java.util.List;
import org.isnad.extraction.engine.boilerplate.LineFeatures;

/**
 * L2-regularised logistic regression by full-batch AdaGrad over sparse vectors. Full batch, fixed iteration count and
 * a fixed summation order make it deterministic without any random seed: the same articles give the same weights,
 * bit for bit. The hashed word slots get a stronger L2 than the dense shape features: words memorise the training
 * sites, shape generalises to new ones.
 */
final class LogisticLearner {

    static final int ITERATIONS = 400;
    static final double STEP = 0.3;
    static final double L2_DENSE = 1e-3;
    static final double L2_WORDS = 1e-2;

    private LogisticLearner() {
    }

    /** Trains on the labelled (non-ambiguous) lines of the articles; returns the weight vector. */
    static float[] train(List<GoldLines.Article> articles) {
        int dim = LineFeatures.DIM;
        double[] w = new double[dim];
        double[] g = new double[dim];
        double[] acc = new double[dim];
        int m = 0;
        for (GoldLines.Article a : articles) {
            for (int k = 0; k < a.lines(); k++) {
                m += a.label()[k] == GoldLines.AMBIGUOUS ? 0 : 1;
            }
        }
        for (int it = 0; it < ITERATIONS; it++) {
            java.util.Arrays.fill(g, 0);
            for (GoldLines.Article a : articles) {
                for (int k = 0; k < a.lines(); k++) {
                    byte y = a.label()[k];
                    if (y == GoldLines.AMBIGUOUS) {
                        continue;
                    }
                    int[] idx = a.idx()[k];
                    float[] val = a.val()[k];
                    double z = 0;
                    for (int i = 0; i < idx.length; i++) {
                        z += w[idx[i]] * val[i];
                    }
                    double err = 1 / (1 + Math.exp(-z)) - y;
                    for (int i = 0; i < idx.length; i++) {
                        g[idx[i]] += err * val[i];
                    }
                }
            }
            for (int j = 0; j < dim; j++) {
                double gj = g[j] / m + (j < LineFeatures.DENSE ? L2_DENSE : L2_WORDS) * w[j];
                if (gj == 0) {
                    continue;
                }
                acc[j] += gj * gj;
                w[j] -= STEP * gj / (Math.sqrt(acc[j]) + 1e-8);
            }
        }
        float[] out = new float[dim];
        for (int j = 0; j < dim; j++) {
            // rounded as the resource file stores them, so a model read back scores exactly like the trained one;
            // weights under 1e-3 (hashed words seen once or twice) are dropped: they move no line's score by more
            // than a few thousandths and would make the committed file seven times larger
            out[j] = Math.abs(w[j]) < 1e-3 ? 0f : Float.parseFloat(String.format(java.util.Locale.ROOT, "%.5f", w[j]));
        }
        return out;
    }

    static double probability(float[] w, int[] idx, float[] val) {
        double z = 0;
        for (int i = 0; i < idx.length; i++) {
            z += w[idx[i]] * val[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
