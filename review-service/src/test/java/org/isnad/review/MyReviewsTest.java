package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.isnad.review.Api.as;
import static org.isnad.review.Api.claimIdOf;
import static org.isnad.review.Api.lease;
import static org.isnad.review.Api.review;
import static org.isnad.review.Api.reviewBody;

/** GET /api/v1/reviews/mine: a reviewer's own reviews, newest first. Real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class MyReviewsTest {

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    private static Response mine(String user, String query) {
        return as(user).get("/api/v1/reviews/mine" + query);
    }

    @Test
    void aReviewerSeesTheirOwnReviewsNewestFirst() {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, 2);
        ingest.ingest(Articles.event(data));

        UUID first = claimIdOf(lease("reviewer3", queue));
        review("reviewer3", first, reviewBody("FALSE", 2, 1)).then().statusCode(201);
        UUID second = claimIdOf(lease("reviewer3", queue));
        review("reviewer3", second, reviewBody("MISLEADING", 4, 3)).then().statusCode(201);

        mine("reviewer3", "?size=2").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", greaterThanOrEqualTo(2))
                .body("items.claimId", equalTo(List.of(second.toString(), first.toString())))
                .body("items[0].verdict", equalTo("MISLEADING"))
                .body("items[0].ratings.sourcing", equalTo(4)).body("items[0].ratings.evidence", equalTo(3))
                .body("items[0].claimStatus", equalTo("IN_REVIEW"))
                .body("items[0].articleTitle", equalTo(data.article().title()))
                .body("items[0].claimText", equalTo(data.extraction().claims().stream()
                        .filter(c -> c.id().equals(second)).findFirst().orElseThrow().text()))
                .body("items[0].submittedAt", notNullValue());
        mine("reviewer3", "?size=1&page=1").then().statusCode(200)
                .body("items.claimId", equalTo(List.of(first.toString())));
        // another reviewer's list does not show reviewer3's reviews
        mine("reviewer1", "?size=100").then().statusCode(200)
                .body("items.findAll { it.claimId == '" + first + "' }.size()", equalTo(0));
    }

    @Test
    void badPagingIsRefused() {
        for (String query : List.of("?size=0", "?size=101", "?page=-1", "?page=x")) {
            mine("reviewer1", query).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void onlyReviewersHaveReviews() {
        mine("editor1", "").then().statusCode(200);
        for (String user : List.of("admin1", "ingest1")) {
            mine(user, "").then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", "Bearer " + Keycloak.partnerToken()).get("/api/v1/reviews/mine").then()
                .statusCode(403);
        given().get("/api/v1/reviews/mine").then().statusCode(401).contentType("application/problem+json");
    }
}
