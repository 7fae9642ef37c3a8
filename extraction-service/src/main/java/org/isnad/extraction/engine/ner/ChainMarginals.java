package org.isnad.extraction.engine.ner;

/**
 * Forward-backward over the BILOU-constrained chain of a {@link NerModel}: span probabilities for tagging and token
 * marginals for temperature calibration and the context stage's log-loss.
 */
final class ChainMarginals {
    private ChainMarginals() {
    }

    private static final int T = NerModel.T;

    /**
     * Scaled forward-backward over exp(score / temperature); returns {alpha, beta, c, ee, et, {log Z}}
     * (BILOU-constrained; log Z of the tempered scores).
     */
    static double[][] forwardBackward(float[] em, int n, float[] trans, float temperature) {
        double[] et = new double[(T + 1) * T];
        for (int k = 0; k < et.length; k++) {
            et[k] = NerModel.ALLOWED[k] ? Math.exp(trans[k] / temperature) : 0;
        }
        double[] ee = new double[n * T];
        double logZ = 0;
        for (int i = 0; i < n; i++) {
            float mx = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < T; y++) {
                mx = Math.max(mx, em[i * T + y]);
            }
            logZ += mx / temperature;
            for (int y = 0; y < T; y++) {
                ee[i * T + y] = (i == n - 1 && !NerModel.ALLOWED_END[y]) ? 0 : Math.exp((em[i * T + y] - mx) / temperature);
            }
        }
        double[] alpha = new double[n * T];
        double[] beta = new double[n * T];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int y = 0; y < T; y++) {
                double s;
                if (i == 0) {
                    s = et[y];
                } else {
                    s = 0; // disallowed transitions have et = 0: skipping them leaves the sums bit-identical
                    for (int prev : NerModel.PREV[y]) {
                        s += alpha[(i - 1) * T + prev] * et[(prev + 1) * T + y];
                    }
                }
                s *= ee[i * T + y];
                alpha[i * T + y] = s;
                sum += s;
            }
            if (sum <= 0) {
                sum = 1e-300;
            }
            c[i] = sum;
            logZ += Math.log(sum);
            for (int y = 0; y < T; y++) {
                alpha[i * T + y] /= sum;
            }
        }
        for (int y = 0; y < T; y++) {
            beta[(n - 1) * T + y] = 1;
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int y = 0; y < T; y++) {
                double s = 0;
                for (int nx : NerModel.NEXT[y]) {
                    s += et[(y + 1) * T + nx] * ee[(i + 1) * T + nx] * beta[(i + 1) * T + nx];
                }
                beta[i * T + y] = s / c[i + 1];
            }
        }
        return new double[][] {alpha, beta, c, ee, et, {logZ}};
    }

    /**
     * Probability of each decoded span under the tempered model: the exact probability that the tag path over the
     * span is B-X I-X … L-X (or U-X for one token), from scaled forward-backward.
     */
    static double[] spanProbabilities(float[] em, int n, float[] trans, float temperature, int[][] spans) {
        double[][] fb = forwardBackward(em, n, trans, temperature);
        double[] alpha = fb[0], beta = fb[1], c = fb[2], ee = fb[3], et = fb[4];
        double[] out = new double[spans.length];
        for (int s = 0; s < spans.length; s++) {
            int st = spans[s][0], en = spans[s][1], type = spans[s][2];
            int first = en - st == 1 ? NerModel.tag(type, NerModel.K_U) : NerModel.tag(type, NerModel.K_B);
            double p = alpha[st * T + first];
            int prev = first;
            for (int k = st + 1; k < en; k++) {
                int cur = k == en - 1 ? NerModel.tag(type, NerModel.K_L) : NerModel.tag(type, NerModel.K_I);
                p *= et[(prev + 1) * T + cur] * ee[k * T + cur] / c[k];
                prev = cur;
            }
            p *= beta[(en - 1) * T + prev];
            out[s] = Math.min(1.0, Math.max(0.0, p));
        }
        return out;
    }

    /** Token marginals P(y_i = y) (used for temperature calibration). */
    static double[] marginals(float[] em, int n, float[] trans, float temperature) {
        double[][] fb = forwardBackward(em, n, trans, temperature);
        double[] m = new double[n * T];
        for (int k = 0; k < m.length; k++) {
            m[k] = fb[0][k] * fb[1][k];
        }
        return m;
    }
}
