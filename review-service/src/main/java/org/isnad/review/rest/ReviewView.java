package org.isnad.review.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A stored review. */
public record ReviewView(UUID id, UUID claimId, String reviewer, Ratings ratings, Map<String, Object> signals,
                         String verdict, List<String> evidenceLinks, String notes, OffsetDateTime createdAt,
                         Integer rubricVersion) {
}
