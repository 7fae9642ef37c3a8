package org.isnad.review.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The rubric: how well the claim is sourced and how well evidence supports it, each 1 (poor) to 5 (strong). */
public record Ratings(
        @NotNull @Min(1) @Max(5) Integer sourcing,
        @NotNull @Min(1) @Max(5) Integer evidence) {
}
