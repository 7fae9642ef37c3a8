package org.isnad.extraction.engine;

/** A quantity inside a claim; {@code value} is null when only vague ("عشرات") and then {@code approximate}. */
public record Quantity(String text, int start, int end, Double value, boolean approximate, String unit) {
}
