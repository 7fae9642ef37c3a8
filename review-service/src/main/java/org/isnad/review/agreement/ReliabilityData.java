package org.isnad.review.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Units × coders reliability data with missing values (a coder simply has no entry for a unit).
 * Immutable once built; the builder keeps insertion order so results are reproducible.
 *
 * <pre>
 * ReliabilityData d = ReliabilityData.builder()
 *     .add("claim-1", "A", 3).add("claim-1", "B", 4)
 *     .add("claim-2", "A", 1)
 *     .build();
 * </pre>
 */
public final class ReliabilityData {

    private final List<Map<String, Object>> units;

    private ReliabilityData(List<Map<String, Object>> units) {
        this.units = units;
    }

    /** Wraps a list of units, each a map coder → value; null values are treated as missing. */
    public static ReliabilityData of(List<? extends Map<String, ?>> units) {
        List<Map<String, Object>> copy = new ArrayList<>(units.size());
        for (Map<String, ?> u : units) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (u != null) {
                u.forEach((coder, value) -> {
                    if (coder != null && value != null) m.put(coder, value);
                });
            }
            copy.add(Collections.unmodifiableMap(m));
        }
        return new ReliabilityData(Collections.unmodifiableList(copy));
    }

    /**
     * Convenience for the layout used in Krippendorff's paper: one array per coder, one column per
     * unit, {@code null} = missing.
     */
    public static ReliabilityData fromCoderRows(Map<String, Object[]> rows) {
        int width = rows.values().stream().mapToInt(r -> r.length).max().orElse(0);
        List<Map<String, Object>> us = new ArrayList<>(width);
        for (int j = 0; j < width; j++) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Map.Entry<String, Object[]> e : rows.entrySet()) {
                Object[] r = e.getValue();
                if (j < r.length && r[j] != null) m.put(e.getKey(), r[j]);
            }
            us.add(m);
        }
        return of(us);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Map<String, Object>> units() {
        return units;
    }

    /** Builder keyed by unit id (e.g. claim id) so callers can add verdicts in any order. */
    public static final class Builder {
        private final Map<String, Map<String, Object>> byUnit = new LinkedHashMap<>();

        public Builder add(String unit, String coder, Object value) {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(coder, "coder");
            if (value != null) byUnit.computeIfAbsent(unit, k -> new LinkedHashMap<>()).put(coder, value);
            return this;
        }

        public ReliabilityData build() {
            return of(new ArrayList<>(byUnit.values()));
        }
    }
}
