package org.isnad.extraction.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The synchronous extraction API with real tokens: the contract shape, limits and errors. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ExtractionResourceTest {

    private static final String TEXT = "قال الوزير إن الأسعار ارتفعت بنسبة 20 بالمئة في دمشق.\nتابعونا على فيسبوك";

    @Test
    void anySignedInCallerGetsTheExtractionShapeWithOffsetsIntoTheText() {
        for (String user : List.of("reviewer1", "ingest1")) {
            var response = given().header("Authorization", Keycloak.bearer(user)).contentType(ContentType.JSON)
                    .body(Map.of("text", TEXT)).post("/api/v1/extractions");
            response.then().statusCode(200).body("language", equalTo("ar"))
                    .body("extractorVersion", notNullValue())
                    .body("claims", hasSize(1)).body("claims[0].attribution.sourceType", notNullValue())
                    .body("boilerplate", hasSize(1));
            int start = response.path("claims[0].start");
            int end = response.path("claims[0].end");
            assertEquals(TEXT.substring(start, end), response.path("claims[0].text"));
        }
        given().header("Authorization", "Bearer " + Keycloak.partnerToken()).contentType(ContentType.JSON)
                .body(Map.of("text", TEXT)).post("/api/v1/extractions").then().statusCode(200);
    }

    @Test
    void blankTextGivesAnEmptyResult() {
        given().header("Authorization", Keycloak.bearer("reviewer1")).contentType(ContentType.JSON)
                .body(Map.of("text", "   \n ")).post("/api/v1/extractions")
                .then().statusCode(200).body("claims", empty()).body("entities", empty());
    }

    @Test
    void textOverTheLimitIs413Problem() {
        given().header("Authorization", Keycloak.bearer("reviewer1")).contentType(ContentType.JSON)
                .body(Map.of("text", "كلمة ".repeat(220_000))).post("/api/v1/extractions")
                .then().statusCode(413).contentType(containsString("application/problem+json"));
    }

    @Test
    void tenMegabytesAre413Problem() {
        byte[] body = ("{\"text\":\"" + "a".repeat(10 * 1024 * 1024) + "\"}").getBytes();
        given().header("Authorization", Keycloak.bearer("reviewer1")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/extractions")
                .then().statusCode(413).contentType(containsString("application/problem+json"));
    }

    @Test
    void badRequestsAreProblems() {
        given().header("Authorization", Keycloak.bearer("reviewer1")).contentType(ContentType.JSON)
                .body("{\"text\": ").post("/api/v1/extractions")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        given().header("Authorization", Keycloak.bearer("reviewer1")).contentType(ContentType.JSON)
                .body("{\"title\": \"no text\"}").post("/api/v1/extractions")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().header("Authorization", Keycloak.bearer("reviewer1")).contentType(ContentType.JSON)
                .body(new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'})
                .post("/api/v1/extractions")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
    }

    @Test
    void anonymousCallerIs401() {
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/v1/extractions")
                .then().statusCode(401).contentType(containsString("application/problem+json"));
    }
}
