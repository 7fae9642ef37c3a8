package org.isnad.review.repository;

/** An entity a claim refers to, copied from the extraction's entity list (offsets into the article text). */
public record StoredEntity(String text, String type, int start, int end, String normalized) {
}
