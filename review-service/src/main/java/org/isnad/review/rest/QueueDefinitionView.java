package org.isnad.review.rest;

import java.time.OffsetDateTime;

/**
 * A queue's full definition and its depth (claims in it that still need reviews). {@code requiredReviews} is
 * null when the queue uses the service default; absent filters and description parts are null.
 */
public record QueueDefinitionView(String name, QueueDefinition.Title title, QueueDefinition.Description description,
                                  int position, QueueDefinition.Filters filters, Integer requiredReviews, long depth,
                                  OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
