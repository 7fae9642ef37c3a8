package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.isnad.review.Api.claim;
import static org.isnad.review.Api.claimIdOf;
import static org.isnad.review.Api.lease;
import static org.isnad.review.Api.review;
import static org.isnad.review.Api.reviewBody;
import static org.isnad.review.Api.verdict;
import static org.isnad.review.Api.verdictBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor publishes the desk's verdict; partners read it as ClaimReview. Real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class VerdictTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    private String outlet;
    private String queue;

    private ClaimsExtractedV1 setUp(int claims) {
        outlet = "outlet-" + UUID.randomUUID();
        queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, claims);
        ingest.ingest(Articles.event(data));
        return data;
    }

    @Test
    void anEditorPublishesAVerdictWhichClosesLeasesAndIsSent() {
        ClaimsExtractedV1 data = setUp(2);
        UUID claimId = data.extraction().claims().get(1).id(); // leased first (checkworthiness 0.9)
        Response held = lease("reviewer1", queue);
        assertEquals(claimId, claimIdOf(held));
        UUID leaseId = UUID.fromString(held.path("leaseId"));

        // nothing published yet
        given().header("Authorization", "Bearer " + Keycloak.partnerToken())
                .get("/api/v1/claims/{id}/claimreview", claimId)
                .then().statusCode(404).contentType("application/problem+json");
        claim("reviewer1", claimId).then().statusCode(200).body("verdict", nullValue());

        verdict("editor1", claimId, verdictBody("MISLEADING")).then().statusCode(200)
                .body("claimId", equalTo(claimId.toString()))
                .body("verdict", equalTo("MISLEADING"))
                .body("explanation", startsWith("تظهر"))
                .body("explanationEn", startsWith("The statistics"))
                .body("editor", equalTo("editor1"))
                .body("publishedAt", notNullValue());

        // the claim is published, its lease closed, the holder can no longer review or renew
        assertEquals("PUBLISHED", db.leaseReleaseReason(leaseId));
        claim("reviewer1", claimId).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("verdict.verdict", equalTo("MISLEADING"))
                .body("verdict.editor", equalTo("editor1"));
        claim("admin1", claimId).then().statusCode(200).body("verdict.verdict", equalTo("MISLEADING"));
        review("reviewer1", claimId, reviewBody("TRUE", 3, 3)).then().statusCode(409);
        Api.renew("reviewer1", leaseId).then().statusCode(409)
                .body("type", equalTo("https://isnad.org/problems/lease-closed"));

        // published claims are never leased again
        Response next = lease("reviewer1", queue);
        assertEquals(data.extraction().claims().get(0).id(), claimIdOf(next));
        lease("reviewer2", queue).then().statusCode(204);

        assertEquals(1, db.count("select count(*) from verdict where claim_id = ?1", claimId));
        assertEquals(1, db.count("select count(*) from outbox where routing_key = 'claim.verdict-published'"
                + " and subject = ?1", claimId.toString()));
        assertEquals(1, db.count("select count(*) from outbox where subject = ?1"
                + " and event_type = 'org.isnad.claim.verdict-published.v1'"
                + " and cast(payload as jsonb) -> 'data' ->> 'verdict' = 'MISLEADING'"
                + " and cast(payload as jsonb) -> 'data' ->> 'editor' = 'editor1'"
                + " and cast(payload as jsonb) -> 'data' ->> 'articleId' = ?2", claimId.toString(),
                data.articleId().toString()));
        await().atMost(TIMEOUT).alias("claim.verdict-published published").until(() -> db.count(
                "select count(*) from outbox where subject = ?1 and published_at is null", claimId.toString()) == 0);
        assertEquals(List.of("LEASE_GRANTED", "VERDICT_PUBLISHED"), db.auditActions(claimId));
    }

    @Test
    void republishingReplacesTheVerdictAndAClaimNeedNotBeReviewed() {
        ClaimsExtractedV1 data = setUp(1);
        UUID claimId = data.extraction().claims().getFirst().id();
        claim("editor1", claimId).then().body("status", equalTo("NEW"));

        verdict("editor1", claimId, verdictBody("FALSE")).then().statusCode(200).body("verdict", equalTo("FALSE"));
        verdict("editor1", claimId, Map.of("verdict", "MOSTLY_FALSE", "explanation", "شرح معدّل."))
                .then().statusCode(200)
                .body("verdict", equalTo("MOSTLY_FALSE"))
                .body("explanation", equalTo("شرح معدّل."))
                .body("explanationEn", nullValue());

        assertEquals(1, db.count("select count(*) from verdict where claim_id = ?1", claimId));
        assertEquals(2, db.count("select count(*) from outbox where routing_key = 'claim.verdict-published'"
                + " and subject = ?1", claimId.toString()));
        assertEquals(List.of("VERDICT_PUBLISHED", "VERDICT_CHANGED"), db.auditActions(claimId));
        assertEquals(1, db.count("select count(*) from audit_event where claim_id = ?1 and action = 'VERDICT_CHANGED'"
                + " and detail -> 'previous' ->> 'verdict' = 'FALSE'", claimId));
        lease("reviewer1", queue).then().statusCode(204);
    }

    @Test
    void invalidVerdictsAreRejectedAndNothingIsStored() {
        ClaimsExtractedV1 data = setUp(1);
        UUID claimId = data.extraction().claims().getFirst().id();
        UUID leaseId = UUID.fromString(lease("reviewer1", queue).path("leaseId"));

        Map<String, Map<String, Object>> cases = new HashMap<>();
        cases.put("verdict", Map.of("verdict", "MAYBE", "explanation", "شرح"));
        cases.put("verdict ", Map.of("explanation", "شرح"));
        cases.put("explanation", Map.of("verdict", "TRUE"));
        cases.put("explanation ", Map.of("verdict", "TRUE", "explanation", "   "));
        cases.put("explanation  ", Map.of("verdict", "TRUE", "explanation", "م".repeat(5001)));
        cases.put("explanationEn", Map.of("verdict", "TRUE", "explanation", "شرح", "explanationEn", "e".repeat(5001)));
        cases.put("explanation   ", Map.of("verdict", "TRUE", "explanation", "a\u0000b"));
        cases.forEach((field, body) -> {
            Response response = verdict("editor1", claimId, body);
            response.then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://isnad.org/problems/validation"));
            List<String> fields = response.path("errors.field");
            assertTrue(fields.stream().anyMatch(f -> f.endsWith(field.strip())), field + " -> " + response.asString());
        });
        Api.as("editor1").contentType("application/json").post("/api/v1/claims/{id}/verdict", claimId)
                .then().statusCode(400).contentType("application/problem+json");
        Api.as("editor1").contentType("application/json").body("{\"verdict\": ")
                .post("/api/v1/claims/{id}/verdict", claimId)
                .then().statusCode(400).contentType("application/problem+json");
        verdict("editor1", UUID.randomUUID(), verdictBody("TRUE")).then().statusCode(404)
                .contentType("application/problem+json");

        assertEquals(0, db.count("select count(*) from verdict where claim_id = ?1", claimId));
        assertEquals(0, db.count("select count(*) from outbox where subject = ?1", claimId.toString()));
        assertEquals(List.of("LEASE_GRANTED"), db.auditActions(claimId));
        claim("editor1", claimId).then().body("status", equalTo("NEW")).body("verdict", nullValue());
        Api.renew("reviewer1", leaseId).then().statusCode(200);
    }

    @Test
    void partnersReadThePublishedVerdictAsClaimReview() {
        ClaimsExtractedV1 data = setUp(1);
        ExtractionV1.ClaimV1 extracted = data.extraction().claims().getFirst();
        UUID claimId = extracted.id();
        verdict("editor1", claimId, verdictBody("MISLEADING")).then().statusCode(200);

        Response response = given().header("Authorization", "Bearer " + Keycloak.partnerToken())
                .get("/api/v1/claims/{id}/claimreview", claimId);
        response.then().statusCode(200).contentType("application/ld+json")
                .body("'@context'[0]", equalTo("https://schema.org"))
                .body("'@type'", equalTo("ClaimReview"))
                .body("url", equalTo("http://127.0.0.1:8080/claims/" + claimId))
                .body("claimReviewed", equalTo(extracted.text()))
                .body("author.'@type'", equalTo("Organization"))
                .body("author.name", equalTo("Isnad"))
                .body("datePublished", notNullValue())
                .body("inLanguage", equalTo("ar"))
                .body("reviewRating.'@type'", equalTo("Rating"))
                .body("reviewRating.ratingValue", equalTo(2))
                .body("reviewRating.bestRating", equalTo(5))
                .body("reviewRating.worstRating", equalTo(1))
                .body("reviewRating.alternateName", equalTo("مضلل"))
                .body("itemReviewed.'@type'", equalTo("Claim"))
                .body("itemReviewed.author.'@type'", equalTo("Person"))
                .body("itemReviewed.author.name", equalTo("المتحدث الرسمي"))
                .body("itemReviewed.datePublished", notNullValue())
                .body("itemReviewed.firstAppearance.'@type'", equalTo("CreativeWork"))
                .body("itemReviewed.firstAppearance.url", equalTo("https://news.example/" + data.articleId()))
                .body("itemReviewed.firstAppearance.publisher.name", equalTo(outlet))
                .body("itemReviewed.appearance[0].headline", equalTo(data.article().title()))
                .body("'isnad:selector'[0].'@type'", equalTo("TextQuoteSelector"))
                .body("'isnad:selector'[0].exact", equalTo(extracted.text()))
                .body("'isnad:selector'[1].'@type'", equalTo("TextPositionSelector"))
                .body("'isnad:selector'[1].start", equalTo(extracted.start()))
                .body("'isnad:selector'[1].end", equalTo(extracted.end()));
        String prefix = response.path("'isnad:selector'[0].prefix");
        assertTrue(prefix.length() <= 32 && data.article().text().substring(0, extracted.start()).endsWith(prefix));

        // any signed-in caller may read it too
        Api.as("reviewer2").get("/api/v1/claims/{id}/claimreview", claimId).then().statusCode(200);
        Api.as("ingest1").get("/api/v1/claims/{id}/claimreview", claimId).then().statusCode(200);
        given().get("/api/v1/claims/{id}/claimreview", claimId).then().statusCode(401);
    }
}
