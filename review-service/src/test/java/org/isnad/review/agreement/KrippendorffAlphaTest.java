package org.isnad.review.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /** Krippendorff (2011), section C: 4 observers, 12 units, values 1–5, missing data. */
    private static ReliabilityData paperExample() {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        rows.put("A", new Object[] {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null});
        rows.put("B", new Object[] {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3});
        rows.put("C", new Object[] {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null});
        rows.put("D", new Object[] {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null});
        return ReliabilityData.fromCoderRows(rows);
    }

    @Test
    void paperExampleNominal() {
        AlphaResult r = KrippendorffAlpha.compute(paperExample(), Metric.NOMINAL);
        assertEquals(0.743, r.alpha(), 0.0005);
        assertEquals(40, r.n()); // unit 12 has a single value and is dropped
    }

    @Test
    void paperExampleOrdinal() {
        assertEquals(0.815, KrippendorffAlpha.compute(paperExample(), Metric.ORDINAL).alpha(), 0.0005);
    }

    @Test
    void paperExampleInterval() {
        assertEquals(0.849, KrippendorffAlpha.compute(paperExample(), Metric.INTERVAL).alpha(), 0.0005);
    }

    /** Krippendorff (2011), section A: two observers, binary data, no missing values. */
    @Test
    void twoCoderBinaryExample() {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        rows.put("A", new Object[] {0, 1, 0, 0, 0, 0, 0, 0, 1, 0});
        rows.put("B", new Object[] {1, 1, 1, 0, 0, 1, 0, 0, 0, 0});
        AlphaResult r = KrippendorffAlpha.compute(ReliabilityData.fromCoderRows(rows), Metric.NOMINAL);
        assertEquals(0.095, r.alpha(), 0.0005);
        assertEquals(20, r.n());
    }

    @Test
    void perfectAgreementIsOne() {
        List<Map<String, Object>> units = List.of(
                Map.of("A", 1, "B", 1), Map.of("A", 3, "B", 3, "C", 3), Map.of("A", 5, "C", 5));
        for (Metric m : Metric.values()) {
            assertEquals(1.0, KrippendorffAlpha.compute(units, m).alpha(), 1e-12, m.name());
        }
    }

    @Test
    void onlySingleValuedUnitsIsUndefinedNaN() {
        List<Map<String, Object>> units = List.of(Map.of("A", 1), Map.of("B", 2), Map.of());
        AlphaResult r = KrippendorffAlpha.compute(units, Metric.NOMINAL);
        assertTrue(Double.isNaN(r.alpha()));
        assertFalse(r.isDefined());
        assertEquals(0, r.n());
    }

    @Test
    void noVariationIsUndefinedNaN() {
        List<Map<String, Object>> units = List.of(Map.of("A", "true", "B", "true"), Map.of("A", "true", "C", "true"));
        assertFalse(KrippendorffAlpha.compute(units, Metric.NOMINAL).isDefined());
    }

    @Test
    void unitsWithOneCoderAreIgnored() {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        rows.put("A", new Object[] {0, 1, 0, 0, 0, 0, 0, 0, 1, 0});
        rows.put("B", new Object[] {1, 1, 1, 0, 0, 1, 0, 0, 0, 0});
        AlphaResult base = KrippendorffAlpha.compute(ReliabilityData.fromCoderRows(rows), Metric.NOMINAL);
        rows.put("A", new Object[] {0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1});
        AlphaResult extra = KrippendorffAlpha.compute(ReliabilityData.fromCoderRows(rows), Metric.NOMINAL);
        assertEquals(base.alpha(), extra.alpha(), 1e-12);
        assertEquals(base.n(), extra.n());
    }

    @Test
    void stringLabelsAndBuilderWork() {
        ReliabilityData d = ReliabilityData.builder()
                .add("c1", "A", "false").add("c1", "B", "false")
                .add("c2", "A", "true").add("c2", "B", "misleading")
                .add("c3", "A", "true").add("c3", "B", "true")
                .build();
        AlphaResult r = KrippendorffAlpha.compute(d, Metric.NOMINAL);
        assertTrue(r.isDefined());
        assertEquals(6, r.n());
        assertTrue(r.alpha() < 1 && r.alpha() > 0);
    }

    @Test
    void ordinalRejectsNonNumericLabels() {
        assertThrows(IllegalArgumentException.class,
                () -> KrippendorffAlpha.compute(List.of(Map.of("A", "x", "B", "y")), Metric.ORDINAL));
    }

    @Test
    void agreementWithConsensus() {
        ReliabilityData d = ReliabilityData.builder()
                .add("c1", "R", "false").add("c1", "X", "false").add("c1", "Y", "false")
                .add("c2", "R", "true").add("c2", "X", "false").add("c2", "Y", "false")
                .add("c3", "R", "true").add("c3", "X", "true").add("c3", "Y", "false") // tie: skipped
                .add("c4", "R", "true")                                                // no others: skipped
                .add("c5", "R", "true").add("c5", "X", "true")
                .build();
        OptionalDouble share = KrippendorffAlpha.agreementWithConsensus(d, "R");
        assertEquals(2.0 / 3.0, share.orElseThrow(), 1e-12);
        assertTrue(KrippendorffAlpha.agreementWithConsensus(d, "nobody").isEmpty());
    }
}
