package org.isnad.review.rest;

/** Who the claim is attributed to: sourceType NAMED_PERSON, OFFICIAL, OUTLET, ANONYMOUS or UNATTRIBUTED. */
public record AttributionView(String sourceType, String source, String outlet, String cue) {
}
