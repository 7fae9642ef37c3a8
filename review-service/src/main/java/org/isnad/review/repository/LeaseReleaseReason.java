package org.isnad.review.repository;

/**
 * Why a lease was closed: its holder REVIEWED the claim, it EXPIRED, its holder RELEASED it, or an editor
 * PUBLISHED the claim's verdict.
 */
public enum LeaseReleaseReason {
    REVIEWED, EXPIRED, RELEASED, PUBLISHED
}
