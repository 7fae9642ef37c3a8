package org.isnad.review.agreement;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The small data set AgreementStatsTest stores through the API, checked against the library and against the values
 * computed by hand:
 * <ul>
 *   <li>verdicts TRUE/TRUE, FALSE/FALSE, TRUE/FALSE, FALSE/FALSE: n = 8, n_TRUE = 3, n_FALSE = 5, o_TF = o_FT = 1;
 *       D_o = 2/8, D_e = 2·3·5/(8·7) = 30/56, α = 1 − (2/8)/(30/56) = 1 − 14/30 = 8/15;</li>
 *   <li>sourcing 5/5, 1/1, 3/3, 2/2: no observed disagreement, D_e &gt; 0, α = 1;</li>
 *   <li>evidence 3 everywhere: D_e = 0, α undefined;</li>
 *   <li>each reviewer's verdict matches the other's on 3 of 4 claims: 0.75.</li>
 * </ul>
 */
class AgreementStatsDataSetTest {

    private static ReliabilityData data(Object[] reviewer1, Object[] reviewer2) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        rows.put("reviewer1", reviewer1);
        rows.put("reviewer2", reviewer2);
        return ReliabilityData.fromCoderRows(rows);
    }

    @Test
    void handComputedValuesMatchTheLibrary() {
        ReliabilityData verdicts = data(new Object[] {"TRUE", "FALSE", "TRUE", "FALSE"},
                new Object[] {"TRUE", "FALSE", "FALSE", "FALSE"});
        AlphaResult verdict = KrippendorffAlpha.compute(verdicts, Metric.NOMINAL);
        assertEquals(8.0 / 15, verdict.alpha(), 1e-12);
        assertEquals(8, verdict.n());

        AlphaResult sourcing = KrippendorffAlpha.compute(data(new Object[] {5, 1, 3, 2}, new Object[] {5, 1, 3, 2}),
                Metric.ORDINAL);
        assertEquals(1.0, sourcing.alpha(), 1e-12);

        AlphaResult evidence = KrippendorffAlpha.compute(data(new Object[] {3, 3, 3, 3}, new Object[] {3, 3, 3, 3}),
                Metric.ORDINAL);
        assertFalse(evidence.isDefined());
        assertEquals(8, evidence.n());

        assertEquals(0.75, KrippendorffAlpha.agreementWithConsensus(verdicts, "reviewer1").getAsDouble(), 1e-12);
        assertEquals(0.75, KrippendorffAlpha.agreementWithConsensus(verdicts, "reviewer2").getAsDouble(), 1e-12);
    }

    @Test
    void oneDisagreeingClaimAloneHasAlphaZero() {
        // TRUE/FALSE: n_T = n_F = 1, D_o = 2/2 = 1, D_e = 2·1·1/(2·1) = 1, α = 0
        AlphaResult r = KrippendorffAlpha.compute(data(new Object[] {"TRUE"}, new Object[] {"FALSE"}), Metric.NOMINAL);
        assertEquals(0.0, r.alpha(), 1e-12);
    }
}
