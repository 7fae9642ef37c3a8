package org.isnad.common.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.rabbitmq.RabbitMQRejectMetadata;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.isnad.common.problem.ProblemException;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.EventFormatException;
import org.isnad.events.EventType;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * The one way Isnad services take an event off a queue: decode it with the shared codec, hand it to the
 * handler, then settle the message. Malformed or impossible events are rejected without requeue, so the queue's
 * dead-letter exchange moves them to its {@code .dlq} and the consumer keeps going; other failures (a database
 * hiccup) are requeued, and the quorum queue's delivery limit dead-letters a message that never succeeds.
 */
@ApplicationScoped
public class IncomingEvents {

    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    private final MeterRegistry registry;

    public IncomingEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> CompletionStage<Void> handle(Message<?> message, EventType type, Consumer<CloudEvent<T>> handler) {
        CloudEvent<T> event;
        try {
            event = EventCodec.decode(json(message.getPayload()), type);
        } catch (EventFormatException e) {
            return reject(message, type, "malformed", e);
        }
        try {
            handler.accept(event);
        } catch (EventFormatException | IllegalArgumentException e) {
            return reject(message, type, "invalid", e);
        } catch (ProblemException e) {
            if (e.status() < 500) {
                return reject(message, type, "invalid", e);
            }
            return requeue(message, type, event, e);
        } catch (RuntimeException e) {
            return requeue(message, type, event, e);
        }
        registry.counter("isnad.events.consumed", "type", type.routingKey(), "outcome", "handled").increment();
        return message.ack();
    }

    private CompletionStage<Void> reject(Message<?> message, EventType type, String outcome, Exception e) {
        LOG.warnf("Dead-lettering a %s %s message: %s", outcome, type.routingKey(), e.getMessage());
        registry.counter("isnad.events.consumed", "type", type.routingKey(), "outcome", "dead-lettered").increment();
        return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(false)));
    }

    private CompletionStage<Void> requeue(Message<?> message, EventType type, CloudEvent<?> event, Exception e) {
        LOG.errorf(e, "Handling %s event %s failed; requeueing it", type.routingKey(), event.id());
        registry.counter("isnad.events.consumed", "type", type.routingKey(), "outcome", "requeued").increment();
        return message.nack(e, Metadata.of(new RabbitMQRejectMetadata(true)));
    }

    /** The message body as JSON text, whichever type the connector chose from the content type. */
    static String json(Object payload) {
        if (payload instanceof String text) {
            return text;
        }
        if (payload instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (payload instanceof Buffer buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
        if (payload instanceof JsonObject object) {
            return object.encode();
        }
        if (payload instanceof JsonArray array) {
            return array.encode();
        }
        throw new EventFormatException("unsupported message payload " + (payload == null ? "null"
                : payload.getClass().getSimpleName()));
    }
}
