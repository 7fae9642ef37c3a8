package org.isnad.review.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A claim in a list. */
public record ClaimSummary(UUID id, UUID articleId, String text, int start, int end, double checkworthiness,
                           AttributionView attribution, String language, String status, int reviewCount,
                           int reviewsRequired, OffsetDateTime createdAt) {
}
