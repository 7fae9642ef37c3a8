package org.isnad.ingestion.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;
import org.isnad.events.v1.ArticleContextV1;
import org.isnad.events.v1.ArticleFailedV1;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.isnad.testsupport.Rabbit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** Article status follows extraction's events, delivered through the real broker, idempotently. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ExtractionOutcomeConsumerTest {

    @Test
    void claimsExtractedMarksTheArticleExtractedOnceEvenWhenDeliveredTwice() {
        String id = newArticle();
        UUID claim = UUID.randomUUID();
        ExtractionV1 extraction = new ExtractionV1("ar", "test-1", List.of(), List.of(new ExtractionV1.ClaimV1(claim,
                "نص", 0, 2, 0.5, Map.of(), new ExtractionV1.AttributionV1("UNATTRIBUTED", null, null, null),
                List.of(), List.of())), List.of());
        String wire = EventCodec.encode(CloudEvent.create(EventType.CLAIMS_EXTRACTED, "/isnad/test", id,
                new ClaimsExtractedV1(UUID.fromString(id), new ArticleContextV1("t", "نص", "ar", null, null, null),
                        extraction)));
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.publish("claims.extracted", wire);
            rabbit.publish("claims.extracted", wire);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> "EXTRACTED".equals(status(id)));
        given().header("Authorization", Keycloak.bearer("ingest1")).get("/api/v1/articles/" + id)
                .then().body("claimIds", contains(claim.toString())).body("extractorVersion", equalTo("test-1"));
    }

    @Test
    void articleFailedMarksTheArticleFailedWithItsReason() {
        String id = newArticle();
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.publish("article.failed", EventCodec.encode(CloudEvent.create(EventType.ARTICLE_FAILED,
                    "/isnad/test", id, new ArticleFailedV1(UUID.fromString(id), "test-1", "no sentences"))));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(status(id)));
        given().header("Authorization", Keycloak.bearer("ingest1")).get("/api/v1/articles/" + id)
                .then().body("failureReason", equalTo("no sentences"));
    }

    @Test
    void aMalformedEventIsDeadLetteredAndConsumptionContinues() {
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.drain("ingestion.claims-extracted.dlq");
            rabbit.publish("claims.extracted", "definitely not json");
            await().atMost(Duration.ofSeconds(15)).until(() -> rabbit.count("ingestion.claims-extracted.dlq") == 1);
        }
        claimsExtractedMarksTheArticleExtractedOnceEvenWhenDeliveredTwice();
    }

    private static String newArticle() {
        return given().header("Authorization", Keycloak.bearer("ingest1")).contentType(ContentType.JSON)
                .body(Map.of("title", "عنوان", "body", "نص " + UUID.randomUUID()))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
    }

    private static String status(String id) {
        return given().header("Authorization", Keycloak.bearer("ingest1")).get("/api/v1/articles/" + id).path("status");
    }
}
