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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.isnad.review.Api.as;
import static org.isnad.review.Api.lease;
import static org.isnad.review.Api.review;
import static org.isnad.review.Api.reviewBody;
import static org.isnad.review.Api.verdict;
import static org.isnad.review.Api.verdictBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/stats/dashboard, checked against what the database holds. Real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class DashboardTest {

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    @Test
    void editorsSeeBacklogReviewsTimeToVerdictAndWeeklyAgreement() {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, 1);
        ingest.ingest(Articles.event(data));
        UUID claim = data.extraction().claims().getFirst().id();
        for (String reviewer : List.of("reviewer1", "reviewer2")) {
            lease(reviewer, queue).then().statusCode(200);
            review(reviewer, claim, reviewBody("FALSE", 2, 2)).then().statusCode(201);
        }
        verdict("editor1", claim, verdictBody("FALSE")).then().statusCode(200);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String from = "'" + today.minusDays(6) + "'::timestamp at time zone 'UTC'";
        Response response = as("editor1").get("/api/v1/stats/dashboard?days=7");
        response.then().statusCode(200)
                .body("days", equalTo(7))
                .body("reviewsPerDay", hasSize(7))
                .body("reviewsPerDay[0].date", equalTo(today.minusDays(6).toString()))
                .body("reviewsPerDay[6].date", equalTo(today.toString()))
                .body("timeToVerdict.medianHours", notNullValue())
                .body("timeToVerdict.p90Hours", notNullValue());
        long reviewsToday = db.count("select count(*) from review where created_at >= '" + today
                + "'::timestamp at time zone 'UTC'");
        assertEquals(reviewsToday, ((Number) response.path("reviewsPerDay[6].count")).longValue());
        assertTrue(reviewsToday >= 2);
        assertEquals(db.count("select count(*) from verdict where first_published_at >= " + from),
                ((Number) response.path("timeToVerdict.count")).longValue());

        List<Map<String, Object>> backlog = response.path("backlog");
        Map<String, Object> all = backlog.stream().filter(b -> "all".equals(b.get("queue"))).findFirst().orElseThrow();
        int allDepth = as("editor1").get("/api/v1/queues").path("find { it.name == 'all' }.depth");
        assertEquals(allDepth, ((Number) all.get("depth")).intValue());

        String week = String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
                today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        List<Map<String, Object>> thisWeek = ((List<Map<String, Object>>) response.path("agreementOverTime"))
                .stream().filter(p -> week.equals(p.get("period"))).toList();
        assertEquals(List.of("sourcing", "evidence", "verdict"), thisWeek.stream().map(p -> p.get("item")).toList());
        long units = db.count("select count(*) from (select claim_id from review where created_at >= " + from
                + " group by claim_id having count(*) >= 2 and max(created_at) >= date_trunc('week', now() at time"
                + " zone 'UTC') at time zone 'UTC') c");
        assertTrue(units >= 1);
        thisWeek.forEach(p -> assertEquals(units, ((Number) p.get("units")).longValue(), p.toString()));
    }

    @Test
    void badWindowsAreRefused() {
        for (String days : List.of("0", "367", "x", "-1")) {
            as("admin1").get("/api/v1/stats/dashboard?days=" + days).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as("admin1").get("/api/v1/stats/dashboard").then().statusCode(200).body("days", equalTo(30))
                .body("reviewsPerDay", hasSize(30));
    }

    @Test
    void onlyEditorsAndAdminsSeeTheDashboard() {
        for (String user : List.of("reviewer1", "ingest1")) {
            as(user).get("/api/v1/stats/dashboard").then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", "Bearer " + Keycloak.partnerToken()).get("/api/v1/stats/dashboard").then()
                .statusCode(403);
        given().get("/api/v1/stats/dashboard").then().statusCode(401).contentType("application/problem+json");
    }
}
