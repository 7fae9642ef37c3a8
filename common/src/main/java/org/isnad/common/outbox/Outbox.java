package org.isnad.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event to publish. It must run inside the transaction that changes the state the event announces:
 * both commit or neither does, and the {@link OutboxRelay} publishes afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final String source;
    private final Event<OutboxEnqueued> enqueued;

    public Outbox(@ConfigProperty(name = "quarkus.application.name") String applicationName,
                  Event<OutboxEnqueued> enqueued) {
        this.source = "/isnad/" + applicationName;
        this.enqueued = enqueued;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> CloudEvent<T> enqueue(EventType type, UUID subject, T payload) {
        CloudEvent<T> event = CloudEvent.create(type, source, subject == null ? null : subject.toString(), payload);
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.fromString(event.id());
        message.eventType = event.type();
        message.routingKey = type.routingKey();
        message.subject = event.subject();
        message.payload = EventCodec.encode(event);
        message.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        message.persist();
        enqueued.fire(new OutboxEnqueued(type.routingKey()));
        return event;
    }
}
