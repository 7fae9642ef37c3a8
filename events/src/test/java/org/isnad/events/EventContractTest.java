package org.isnad.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.isnad.events.v1.ArticleContextV1;
import org.isnad.events.v1.ArticleFailedV1;
import org.isnad.events.v1.ArticleIngestedV1;
import org.isnad.events.v1.ClaimReviewedV1;
import org.isnad.events.v1.ClaimVerdictPublishedV1;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every payload a producer can emit validates against its published schema and survives a round trip. */
class EventContractTest {

    private static final UUID ARTICLE = UUID.fromString("5b0c2f4e-8f43-4d0c-9a1e-2f9e8c7d6b5a");
    private static final UUID CLAIM = UUID.fromString("0e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a2b");
    private static final OffsetDateTime WHEN = OffsetDateTime.parse("2026-11-16T09:30:00+03:00");

    static Object sample(EventType type) {
        return switch (type) {
            case ARTICLE_INGESTED -> new ArticleIngestedV1(ARTICLE, "عنوان", "قال الوزير إن الأسعار ارتفعت.", "ar",
                    "https://example.org/a/1", "سانا", WHEN, "a".repeat(64));
            case CLAIMS_EXTRACTED -> new ClaimsExtractedV1(ARTICLE,
                    new ArticleContextV1("عنوان", "قال الوزير إن الأسعار ارتفعت.", "ar", null, "سانا", WHEN),
                    new ExtractionV1("ar", "test-1", List.of(new ExtractionV1.SpanV1(0, 0)),
                            List.of(new ExtractionV1.ClaimV1(CLAIM, "الأسعار ارتفعت", 13, 27, 0.7,
                                    Map.of("quantity", 0.2), new ExtractionV1.AttributionV1("OFFICIAL", "الوزير", null, "قال"),
                                    List.of(), List.of(0))),
                            List.of(new ExtractionV1.EntityV1("الوزير", "PERSON", 4, 10, "الوزير"))));
            case ARTICLE_FAILED -> new ArticleFailedV1(ARTICLE, "test-1", "text has no sentences");
            case CLAIM_REVIEWED -> new ClaimReviewedV1(CLAIM, ARTICLE, UUID.randomUUID(), "reviewer1",
                    Map.of("sourcing", 2, "evidence", 3), "MISLEADING", WHEN);
            case CLAIM_VERDICT_PUBLISHED -> new ClaimVerdictPublishedV1(CLAIM, ARTICLE, "FALSE", "لا دليل",
                    null, "editor1", WHEN);
        };
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void payloadValidatesAgainstItsSchemaAndRoundTrips(EventType type) throws Exception {
        CloudEvent<Object> event = CloudEvent.create(type, "/isnad/test", ARTICLE.toString(), sample(type));
        String wire = EventCodec.encode(event);

        JsonNode tree = EventCodec.mapper().readTree(wire);
        assertEquals("1.0", tree.get("specversion").asText());
        assertEquals("org.isnad." + type.routingKey() + ".v1", tree.get("type").asText());
        Set<ValidationMessage> errors = schema(type).validate(tree.get("data"));
        assertTrue(errors.isEmpty(), () -> type + " violates its schema: " + errors);

        CloudEvent<Object> decoded = EventCodec.decode(wire, type);
        assertEquals(event.id(), decoded.id());
        assertEquals(event.data(), decoded.data());
    }

    @Test
    void schemaRejectsAPayloadMissingRequiredFields() throws Exception {
        JsonNode broken = EventCodec.mapper().readTree("{\"articleId\":\"" + ARTICLE + "\",\"title\":\"t\"}");
        assertFalse(schema(EventType.ARTICLE_INGESTED).validate(broken).isEmpty());
    }

    @Test
    void decodingRejectsAnotherEventType() {
        String wire = EventCodec.encode(CloudEvent.create(EventType.ARTICLE_FAILED, "/isnad/test", null,
                sample(EventType.ARTICLE_FAILED)));
        assertThrows(EventFormatException.class, () -> EventCodec.decode(wire, EventType.ARTICLE_INGESTED));
    }

    @Test
    void decodingRejectsGarbageAndMissingEnvelope() {
        assertThrows(EventFormatException.class, () -> EventCodec.decode("not json", EventType.ARTICLE_INGESTED));
        assertThrows(EventFormatException.class, () -> EventCodec.decode("[1,2]", EventType.ARTICLE_INGESTED));
        assertThrows(EventFormatException.class, () -> EventCodec.decode(
                "{\"type\":\"org.isnad.article.ingested.v1\",\"source\":\"/x\",\"specversion\":\"1.0\",\"data\":{}}",
                EventType.ARTICLE_INGESTED));
    }

    @Test
    void createRefusesAPayloadOfTheWrongType() {
        assertThrows(IllegalArgumentException.class, () -> CloudEvent.create(EventType.ARTICLE_INGESTED, "/x", null,
                sample(EventType.ARTICLE_FAILED)));
    }

    private static JsonSchema schema(EventType type) throws Exception {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema for " + type);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }
}
