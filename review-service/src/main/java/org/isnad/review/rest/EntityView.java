package org.isnad.review.rest;

/** An entity the claim mentions; start/end are offsets into the article text. */
public record EntityView(String text, String type, int start, int end, String normalized) {
}
