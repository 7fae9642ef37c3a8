package org.isnad.gateway.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.isnad.common.messaging.IncomingEvents;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;
import org.isnad.gateway.partner.WebhookFanOut;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;

/**
 * Queue {@code gateway.webhooks} ({@code claim.reviewed} and {@code claim.verdict-published}). Published verdicts
 * become webhook deliveries; {@code claim.reviewed} names a reviewer and is acknowledged without being stored or
 * delivered. Anything else, or anything malformed, is dead-lettered to {@code gateway.webhooks.dlq}.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    private final IncomingEvents incoming;
    private final WebhookFanOut fanOut;

    public WebhookEventsConsumer(IncomingEvents incoming, WebhookFanOut fanOut) {
        this.incoming = incoming;
        this.fanOut = fanOut;
    }

    @Incoming("webhook-events")
    @Blocking
    public CompletionStage<Void> onEvent(Message<?> message) {
        if (EventType.CLAIM_REVIEWED.cloudEventType().equals(typeOf(message.getPayload()))) {
            return incoming.handle(message, EventType.CLAIM_REVIEWED, event -> {
                // never leaves the platform: reviewer identity
            });
        }
        return incoming.handle(message, EventType.CLAIM_VERDICT_PUBLISHED, fanOut::verdictPublished);
    }

    /** The CloudEvent {@code type}, or null when the body is not a JSON object with one. */
    static String typeOf(Object payload) {
        String json;
        if (payload instanceof byte[] bytes) {
            json = new String(bytes, StandardCharsets.UTF_8);
        } else if (payload instanceof Buffer buffer) {
            json = buffer.toString(StandardCharsets.UTF_8);
        } else if (payload instanceof String text) {
            json = text;
        } else {
            return null;
        }
        try {
            JsonNode type = EventCodec.mapper().readTree(json).get("type");
            return type == null ? null : type.asText();
        } catch (Exception e) {
            return null;
        }
    }
}
