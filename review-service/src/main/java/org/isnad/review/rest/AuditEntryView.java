package org.isnad.review.rest;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One entry of the audit trail: who did what, when, to which claim (null for queue and rubric changes). */
public record AuditEntryView(long id, OffsetDateTime at, String actor, String action, UUID claimId,
                             Map<String, Object> detail) {
}
