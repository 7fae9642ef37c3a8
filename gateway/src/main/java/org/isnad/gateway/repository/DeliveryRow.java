package org.isnad.gateway.repository;

import java.time.OffsetDateTime;

/** One delivery's log line as stored. */
public record DeliveryRow(long id, String eventId, String eventType, String status, int attempts,
                          Integer lastStatusCode, String lastError, OffsetDateTime nextAttemptAt,
                          OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
}
