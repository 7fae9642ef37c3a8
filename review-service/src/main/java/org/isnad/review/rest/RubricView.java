package org.isnad.review.rest;

import java.time.OffsetDateTime;
import java.util.Map;

/** A stored rubric version with its definition (items, levels, signals, verdict options; labels in ar and en). */
public record RubricView(int version, boolean active, String createdBy, OffsetDateTime createdAt,
                         Map<String, Object> definition) {
}
