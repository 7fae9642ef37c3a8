package org.isnad.review.agreement;

/**
 * Difference functions (δ²) supported by {@link KrippendorffAlpha}.
 * Nominal works on any value with a sensible {@code equals}; ordinal and interval need numbers
 * (or numeric strings) because they depend on the order / distance between values.
 */
public enum Metric {
    /** δ² = 0 if equal, 1 otherwise — e.g. true/false/misleading verdict labels. */
    NOMINAL,
    /** Rank-based δ² using the value frequencies n_g — e.g. 1–5 rubric ratings, where "4 vs 5" is
     *  a small disagreement only if few ratings fall between them. */
    ORDINAL,
    /** δ² = (c − k)² — for genuinely metric scores. */
    INTERVAL
}
