package org.isnad.review.repository;

/** Why a lease was closed. */
public enum LeaseReleaseReason {
    REVIEWED, EXPIRED, RELEASED
}
