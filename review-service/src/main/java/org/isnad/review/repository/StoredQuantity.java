package org.isnad.review.repository;

/** A number a claim states, as extraction parsed it. */
public record StoredQuantity(String text, Double value, Boolean approximate, String unit) {
}
