package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.isnad.review.Api.claimIdOf;
import static org.isnad.review.Api.lease;
import static org.isnad.review.Api.review;
import static org.isnad.review.Api.reviewBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * GET /api/v1/stats/agreement over a data set whose alphas are computed by hand (see AgreementStatsDataSetTest).
 * Every query is scoped to this test's article, so other tests' reviews cannot change the numbers.
 */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class AgreementStatsTest {

    private static final String PATH = "/api/v1/stats/agreement";
    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);

    /** Per claim (by index): verdict, sourcing, evidence of reviewer1, then of reviewer2. */
    private static final List<List<Object>> RATINGS = List.of(
            List.of("TRUE", 5, 3, "TRUE", 5, 3),
            List.of("FALSE", 1, 3, "FALSE", 1, 3),
            List.of("TRUE", 3, 3, "FALSE", 3, 3),
            List.of("FALSE", 2, 3, "FALSE", 2, 3));

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    @Test
    void alphaPerItemAgreementPerReviewerAndDateScope() {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, RATINGS.size());
        ingest.ingest(Articles.event(data));
        List<UUID> claims = data.extraction().claims().stream().map(c -> c.id()).toList();
        String article = data.articleId().toString();

        // reviewer2's ratings are the last three of each row
        for (int offset : List.of(0, 3)) {
            String reviewer = offset == 0 ? "reviewer1" : "reviewer2";
            for (int i = 0; i < RATINGS.size(); i++) {
                Response leased = lease(reviewer, queue);
                leased.then().statusCode(200);
                List<Object> row = RATINGS.get(claims.indexOf(claimIdOf(leased)));
                review(reviewer, claimIdOf(leased), reviewBody((String) row.get(offset), (int) row.get(offset + 1),
                        (int) row.get(offset + 2))).then().statusCode(201);
            }
            lease(reviewer, queue).then().statusCode(204);
        }

        JsonPath all = stats("editor1", Map.of("articleId", article));
        assertEquals(4, all.getInt("claims"));
        assertEquals(1.0, all.getDouble("items.sourcing.alpha"), 1e-12);
        assertEquals("ORDINAL", all.getString("items.sourcing.metric"));
        assertEquals(8, all.getInt("items.sourcing.pairableValues"));
        assertEquals(4, all.getInt("items.sourcing.units"));
        assertNull(all.get("items.evidence.alpha"), "every evidence rating is 3: undefined");
        assertEquals(8, all.getInt("items.evidence.pairableValues"));
        assertEquals(8.0 / 15, all.getDouble("items.verdict.alpha"), 1e-12);
        assertEquals("NOMINAL", all.getString("items.verdict.metric"));
        assertEquals(List.of("reviewer1", "reviewer2"), all.getList("reviewers.reviewer"));
        assertEquals(List.of(4, 4), all.getList("reviewers.reviews", Integer.class));
        assertEquals(List.of(0.75, 0.75), all.getList("reviewers.agreementWithConsensus", Double.class));
        assertNull(all.get("scope.queue"));
        assertEquals(article, all.getString("scope.articleId"));

        // the queue scope holds the same claims; admins may ask too
        JsonPath inQueue = stats("admin1", Map.of("queue", queue, "articleId", article));
        assertEquals(4, inQueue.getInt("claims"));
        assertEquals(queue, inQueue.getString("scope.queue"));
        assertEquals(8.0 / 15, inQueue.getDouble("items.verdict.alpha"), 1e-12);
        // queues whose filter the claims do not match see none of them
        assertEquals(0, stats("editor1", Map.of("queue", "anonymous-sourcing", "articleId", article)).getInt("claims"));

        // reviewer1's review of the disputed claim moves to 2020: from today, that claim has one review in scope
        db.execute("update review set created_at = timestamptz '2020-01-01 12:00:00+00' where reviewer = 'reviewer1'"
                + " and claim_id = '" + claims.get(2) + "'");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonPath recent = stats("editor1", Map.of("articleId", article, "from", today, "to", today));
        assertEquals(3, recent.getInt("claims"));
        assertEquals(today, recent.getString("scope.from"));
        assertEquals(today, recent.getString("scope.to"));
        assertEquals(1.0, recent.getDouble("items.verdict.alpha"), 1e-12);
        assertEquals(6, recent.getInt("items.verdict.pairableValues"));
        assertEquals(List.of(3, 3), recent.getList("reviewers.reviews", Integer.class));
        assertEquals(List.of(1.0, 1.0), recent.getList("reviewers.agreementWithConsensus", Double.class));

        JsonPath old = stats("editor1", Map.of("articleId", article, "to", "2020-01-01"));
        assertEquals(0, old.getInt("claims"));
        assertNull(old.get("items.verdict.alpha"));
        assertNull(old.get("items.sourcing.alpha"));
        assertEquals(0, old.getInt("items.verdict.pairableValues"));
        assertEquals(List.of(), old.getList("reviewers"));
    }

    @Test
    void onlyEditorsAndAdminsMayReadAgreement() {
        Api.as("editor1").get(PATH).then().statusCode(200);
        Api.as("admin1").get(PATH).then().statusCode(200);
        for (String bearer : List.of(Keycloak.bearer("reviewer1"), Keycloak.bearer("ingest1"),
                "Bearer " + Keycloak.partnerToken())) {
            given().header("Authorization", bearer).get(PATH).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://isnad.org/problems/forbidden"));
        }
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badScopesAreRejected() {
        Api.as("editor1").queryParam("from", "2020-13-01").get(PATH).then().statusCode(400)
                .contentType("application/problem+json");
        Api.as("editor1").queryParam("from", "yesterday").get(PATH).then().statusCode(400);
        Api.as("editor1").queryParam("from", "2021-01-02").queryParam("to", "2021-01-01").get(PATH).then()
                .statusCode(400);
        Api.as("editor1").queryParam("articleId", "nope").get(PATH).then().statusCode(400);
        Api.as("editor1").queryParam("queue", "no-such-queue").get(PATH).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static JsonPath stats(String user, Map<String, String> query) {
        Response response = Api.as(user).queryParams(query).get(PATH);
        response.then().statusCode(200);
        return response.jsonPath(DOUBLES);
    }
}
