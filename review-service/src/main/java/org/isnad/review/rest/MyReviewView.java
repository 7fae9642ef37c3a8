package org.isnad.review.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One of the caller's own reviews with the claim it rated; {@code claimStatus} is the claim's status now. */
public record MyReviewView(UUID claimId, String claimText, String articleTitle, OffsetDateTime submittedAt,
                           Ratings ratings, String verdict, String claimStatus) {
}
