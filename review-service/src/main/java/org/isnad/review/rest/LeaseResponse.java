package org.isnad.review.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The claim a reviewer now holds, and until when. */
public record LeaseResponse(ClaimDetail claim, UUID leaseId, String queue, OffsetDateTime leasedAt,
                            OffsetDateTime expiresAt) {
}
