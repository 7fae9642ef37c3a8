package org.isnad.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode. The {@code id} is unique per event and is what consumers
 * deduplicate redeliveries by; {@code subject} is the aggregate the event is about (an article or claim id).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent<T>(String specversion, String id, String source, String type, String subject,
                            OffsetDateTime time, String datacontenttype, T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
    }

    /** A new event with a random id, stamped now. {@code source} names the producing service, e.g. {@code /isnad/ingestion}. */
    public static <T> CloudEvent<T> create(EventType eventType, String source, String subject, T data) {
        if (!eventType.payloadType().isInstance(data)) {
            throw new IllegalArgumentException(eventType + " carries " + eventType.payloadType().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
        return new CloudEvent<>(SPEC_VERSION, UUID.randomUUID().toString(), source, eventType.cloudEventType(),
                subject, OffsetDateTime.now(ZoneOffset.UTC), "application/json", data);
    }

    public EventType eventType() {
        return EventType.fromCloudEventType(type);
    }
}
