package org.isnad.review.repository;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Filters of the audit trail; null means "any". {@code from} is inclusive, {@code to} exclusive. */
public record AuditSearch(String actor, String action, UUID claimId, OffsetDateTime from, OffsetDateTime to) {
}
