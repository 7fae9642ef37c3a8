package org.isnad.gateway.partner;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the webhook API (never the stored rows themselves). */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** {@code POST /api/v1/webhooks} body. */
    public record Registration(String url, List<String> events, String description) {
    }

    /** The answer to a registration: the only time the secret is shown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Created(UUID id, String url, List<String> events, String description, String secret,
                          OffsetDateTime createdAt) {
    }

    /** A registration as listed (no secret). {@code owner} is the registrant's client id or user name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Webhook(UUID id, String url, List<String> events, String description, String owner,
                          OffsetDateTime createdAt) {
    }

    /** One line of a delivery log. */
    public record Delivery(long id, String eventId, String eventType, String status, int attempts,
                           Integer lastStatusCode, String lastError, OffsetDateTime nextAttemptAt,
                           OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
    }

    /** The answer to a test ping: the event that will be delivered. */
    public record Ping(UUID webhookId, String eventId, String eventType) {
    }

    /** A page of a list, as every Isnad list is paged. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
