package org.isnad.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad submissions get a 4xx problem+json through the gateway, and nothing is stored. */
class BadInputIT {

    static Stream<Arguments> badBodies() {
        byte[] invalidUtf8 = "{\"title\":\"\u0639\u0646\u0648\u0627\u0646\",\"body\":\"abc\"}".getBytes(StandardCharsets.UTF_8);
        invalidUtf8[12] = (byte) 0xC3;
        invalidUtf8[13] = (byte) 0x28;
        byte[] oversized = ("{\"title\":\"t\",\"body\":\"" + "أ".repeat(700_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"title\": \"x\", \"body\":".getBytes(StandardCharsets.UTF_8), 400),
                Arguments.of("wrong types", "{\"title\": 5, \"body\": {\"a\": 1}}".getBytes(StandardCharsets.UTF_8), 400),
                Arguments.of("empty body", new byte[0], 400),
                Arguments.of("JSON array", "[1,2,3]".getBytes(StandardCharsets.UTF_8), 400),
                Arguments.of("missing text", "{\"title\": \"x\"}".getBytes(StandardCharsets.UTF_8), 400),
                Arguments.of("invalid UTF-8", invalidUtf8, 400),
                Arguments.of("oversized", oversized, 413));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badArticleIsRefusedAsProblemAndNothingIsStored(String name, byte[] body, int status) {
        long before = Platform.count("select count(*) from ingestion.article");
        long outboxBefore = Platform.count("select count(*) from ingestion.outbox");
        Response response = Platform.as("ingest1").contentType(ContentType.JSON).body(body).post("/api/v1/articles");
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(status, response.<Integer>path("status"));
        assertEquals(before, Platform.count("select count(*) from ingestion.article"));
        assertEquals(outboxBefore, Platform.count("select count(*) from ingestion.outbox"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badExtractionRequestIsRefusedAsProblem(String name, byte[] body, int status) {
        if (name.equals("missing text") || name.equals("wrong types") || name.equals("oversized")) {
            return; // the extraction body differs: covered by the service's own tests
        }
        Response response = Platform.as("reviewer1").contentType(ContentType.JSON).body(body)
                .post("/api/v1/extractions");
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
    }
}
