package org.isnad.review.repository;

/** Who a claim is attributed to, as extraction classified it. */
public enum SourceType {
    NAMED_PERSON, OFFICIAL, OUTLET, ANONYMOUS, UNATTRIBUTED
}
