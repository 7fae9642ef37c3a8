package org.isnad.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One article from submission to a reviewer's rating, across every service, through the gateway. */
class ArticleFlowIT {

    @Test
    void arabicArticleIsExtractedListedLeasedAndReviewed() {
        String articleId = Platform.as("ingest1").contentType(ContentType.JSON).body(Articles.arabic())
                .post("/api/v1/articles")
                .then().statusCode(202).body("status", equalTo("RECEIVED")).extract().path("id");

        Response extracted = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Platform.as("reviewer1").get("/api/v1/articles/" + articleId),
                        response -> "EXTRACTED".equals(response.path("status")));
        List<String> claimIds = extracted.path("claimIds");
        assertFalse(claimIds.isEmpty(), "the article's claims are known to ingestion");

        Response listed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Platform.as("reviewer1").queryParam("articleId", articleId).get("/api/v1/claims"),
                        response -> response.statusCode() == 200
                                && ((Number) response.path("total")).intValue() == claimIds.size());
        List<String> listedIds = listed.path("items.id");
        assertTrue(listedIds.containsAll(claimIds), "review lists exactly the extracted claims");

        Response lease = Platform.as("reviewer1").contentType(ContentType.JSON).post("/api/v1/queues/all/lease");
        assertEquals(200, lease.statusCode(), lease.asString());
        String leasedClaim = lease.path("claim.id");
        lease.then().body("expiresAt", notNullValue()).body("claim.text", notNullValue());

        Platform.as("reviewer1").contentType(ContentType.JSON)
                .body(Map.of("ratings", Map.of("sourcing", 2, "evidence", 3), "verdict", "UNVERIFIABLE",
                        "evidenceLinks", List.of("https://example.invalid/evidence"),
                        "notes", "المصدر الوحيد وكالة محلية لم تُسمَّ"))
                .post("/api/v1/claims/" + leasedClaim + "/reviews")
                .then().statusCode(201);

        Platform.as("reviewer1").get("/api/v1/claims/" + leasedClaim)
                .then().statusCode(200).body("reviews.size()", greaterThan(0));

        // the editor publishes the desk's verdict; a partner tool reads it as schema.org ClaimReview
        Platform.asPartner().get("/api/v1/claims/" + leasedClaim + "/claimreview").then().statusCode(404);
        Platform.as("editor1").contentType(ContentType.JSON)
                .body(Map.of("verdict", "UNVERIFIABLE", "explanation", "لم نجد مصدراً مستقلاً يؤكد الأرقام",
                        "explanationEn", "No independent source confirms the figures"))
                .post("/api/v1/claims/" + leasedClaim + "/verdict")
                .then().statusCode(200);
        Platform.asPartner().get("/api/v1/claims/" + leasedClaim + "/claimreview")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("application/ld+json"))
                .body("'@type'", equalTo("ClaimReview"))
                .body("claimReviewed", notNullValue())
                .body("reviewRating.alternateName", notNullValue())
                .body("itemReviewed.'@type'", equalTo("Claim"));
    }

    @Test
    void partnerSubmitsWithClientCredentialsAndFollowsStatus() {
        String articleId = Platform.asPartner().contentType(ContentType.JSON).body(Articles.arabic())
                .post("/api/v1/articles")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Platform.asPartner().get("/api/v1/articles/" + articleId).path("status"),
                        "EXTRACTED"::equals);
    }

    @Test
    void resubmittingTheSameTextIsADuplicateAndIdempotencyKeyReplays() {
        Map<String, Object> article = Articles.arabic();
        String key = "e2e-" + System.nanoTime();
        String first = Platform.as("ingest1").contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(article).post("/api/v1/articles").then().statusCode(202).extract().path("id");
        Platform.as("ingest1").contentType(ContentType.JSON).header("Idempotency-Key", key).body(article)
                .post("/api/v1/articles").then().statusCode(202).body("id", equalTo(first));
        Platform.as("ingest1").contentType(ContentType.JSON).body(article).post("/api/v1/articles")
                .then().statusCode(200).body("duplicateOf", equalTo(first));
        assertEquals(1, Platform.count("select count(*) from ingestion.article where id = '" + first + "'"));
    }
}
