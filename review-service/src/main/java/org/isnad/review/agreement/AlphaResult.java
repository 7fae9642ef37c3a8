package org.isnad.review.agreement;

/**
 * Result of a Krippendorff's alpha computation.
 *
 * @param alpha     1 − D_o/D_e; {@code NaN} when undefined (no pairable values, or every pairable
 *                  value identical so that expected disagreement is 0). We use NaN instead of an
 *                  Optional so the record stays a plain value that serialises easily; call
 *                  {@link #isDefined()} before showing it to a desk.
 * @param n         number of pairable values (values in units with ≥ 2 values)
 * @param observedDisagreement D_o = (1/n) Σ_c Σ_k o_ck δ²_ck
 * @param expectedDisagreement D_e = 1/(n(n−1)) Σ_c Σ_k n_c n_k δ²_ck
 * @param metric    the metric used
 */
public record AlphaResult(double alpha, int n, double observedDisagreement,
                          double expectedDisagreement, Metric metric) {

    public boolean isDefined() {
        return !Double.isNaN(alpha);
    }
}
