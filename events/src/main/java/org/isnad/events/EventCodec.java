package org.isnad.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.OffsetDateTime;

/**
 * Turns events into their wire JSON and back. Producers and consumers use this one codec so the wire format
 * cannot drift between services. Unknown payload fields are ignored (additive changes are compatible);
 * a missing envelope attribute or a payload of the wrong shape is an {@link EventFormatException}.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventCodec() {
    }

    public static String encode(CloudEvent<?> event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("cannot encode " + event.type(), e);
        }
    }

    /** Decodes an event whose payload must be of {@code expected}'s type. */
    public static <T> CloudEvent<T> decode(String json, EventType expected) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new EventFormatException("an event must be a JSON object");
        }
        String type = text(root, "type");
        if (!expected.cloudEventType().equals(type)) {
            throw new EventFormatException("expected " + expected.cloudEventType() + " but got " + type);
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new EventFormatException("event " + text(root, "id") + " has no data object");
        }
        try {
            @SuppressWarnings("unchecked")
            T payload = (T) MAPPER.treeToValue(data, expected.payloadType());
            OffsetDateTime time = root.hasNonNull("time") ? OffsetDateTime.parse(root.get("time").asText()) : null;
            return new CloudEvent<>(text(root, "specversion"), text(root, "id"), text(root, "source"), type,
                    root.hasNonNull("subject") ? root.get("subject").asText() : null, time,
                    root.hasNonNull("datacontenttype") ? root.get("datacontenttype").asText() : null, payload);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new EventFormatException("malformed " + type + " payload: " + e.getMessage(), e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new EventFormatException("event attribute '" + field + "' is missing");
        }
        return node.asText();
    }
}
