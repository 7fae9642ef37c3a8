package org.isnad.review.repository;

/**
 * Where a claim stands: NEW (no review yet), IN_REVIEW (some of the reviews it needs), CONSENSUS or DISPUTED
 * (all reviews in; they agree or not), PUBLISHED (an editor published the desk's verdict).
 */
public enum ClaimStatus {
    NEW, IN_REVIEW, CONSENSUS, DISPUTED, PUBLISHED;

    /** Still open for reviews (and so for leases). */
    public boolean reviewable() {
        return this == NEW || this == IN_REVIEW;
    }
}
