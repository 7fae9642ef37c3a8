package org.isnad.events.v1;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A reviewer submitted a rating of a claim. {@code ratings} maps rubric items (sourcing, evidence) to 1–5. */
public record ClaimReviewedV1(UUID claimId, UUID articleId, UUID reviewId, String reviewer,
                              Map<String, Integer> ratings, String verdict, OffsetDateTime reviewedAt) {
}
