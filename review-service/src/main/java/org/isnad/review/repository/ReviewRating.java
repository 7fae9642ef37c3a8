package org.isnad.review.repository;

import java.util.UUID;

/** One review's rubric ratings and verdict, as the agreement statistics read them. */
public record ReviewRating(UUID claimId, String reviewer, int sourcing, int evidence, String verdict) {
}
