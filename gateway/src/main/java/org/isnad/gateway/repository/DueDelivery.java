package org.isnad.gateway.repository;

import java.util.UUID;

/** A delivery the worker has claimed (leased) for one attempt, with what it needs to send it. */
public record DueDelivery(long id, UUID registrationId, int attempt, String url, String secret, String eventId,
                          String eventType, String payload) {
}
