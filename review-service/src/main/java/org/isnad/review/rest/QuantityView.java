package org.isnad.review.rest;

/** A number the claim states. */
public record QuantityView(String text, Double value, Boolean approximate, String unit) {
}
