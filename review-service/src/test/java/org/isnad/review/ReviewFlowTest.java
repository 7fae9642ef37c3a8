package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.testsupport.CleanTestQueues;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.isnad.review.Api.claim;
import static org.isnad.review.Api.claimIdOf;
import static org.isnad.review.Api.lease;
import static org.isnad.review.Api.review;
import static org.isnad.review.Api.reviewBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lease → review → consensus or dispute, blind review, expiry; each test in its own queue and outlet. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ReviewFlowTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    private String outlet;
    private String queue;

    private ClaimsExtractedV1 setUp(int claims, Integer reviewsRequired) {
        outlet = "outlet-" + UUID.randomUUID();
        queue = db.createQueue(outlet, reviewsRequired);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, claims);
        ingest.ingest(Articles.event(data));
        return data;
    }

    @Test
    void leaseReviewConsensusDisputeAndBlindReview() {
        ClaimsExtractedV1 data = setUp(2, null);
        UUID high = data.extraction().claims().get(1).id(); // checkworthiness 0.9
        UUID low = data.extraction().claims().get(0).id(); // 0.2

        Api.as("reviewer1").get("/api/v1/queues").then().statusCode(200)
                .body("find { it.name == '" + queue + "' }.depth", equalTo(2));

        Response first = lease("reviewer1", queue);
        first.then().statusCode(200)
                .body("claim.id", equalTo(high.toString()))
                .body("claim.articleId", equalTo(data.articleId().toString()))
                .body("claim.attribution.sourceType", equalTo("NAMED_PERSON"))
                .body("claim.checkworthiness", equalTo(0.9f))
                .body("claim.article.text", notNullValue())
                .body("queue", equalTo(queue))
                .body("leaseId", notNullValue());
        OffsetDateTime expires = OffsetDateTime.parse(first.path("expiresAt"));
        long minutes = Duration.between(OffsetDateTime.now(), expires).toMinutes();
        assertTrue(minutes >= 14 && minutes <= 15, "a 15-minute lease, got " + minutes);
        // asking again while holding the lease returns the same lease
        lease("reviewer1", queue).then().statusCode(200).body("leaseId", equalTo(first.path("leaseId")));
        // another reviewer gets another claim
        Response second = lease("reviewer2", queue);
        second.then().statusCode(200);
        assertEquals(low, claimIdOf(second));

        // blind: nobody but editors and admins sees reviews before their own
        claim("reviewer1", high).then().statusCode(200)
                .body("reviewsVisible", equalTo(false)).body("reviews", nullValue())
                .body("article.title", notNullValue())
                .body("start", equalTo(data.extraction().claims().get(1).start()));

        review("reviewer1", low, reviewBody("FALSE", 2, 2)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/lease-required"));
        review("reviewer1", high, reviewBody("FALSE", 2, 1)).then().statusCode(201)
                .body("claimId", equalTo(high.toString()))
                .body("reviewer", equalTo("reviewer1"))
                .body("ratings.sourcing", equalTo(2))
                .body("verdict", equalTo("FALSE"))
                .body("evidenceLinks", hasSize(2))
                .body("signals.numbersChecked", equalTo(true));
        review("reviewer1", high, reviewBody("FALSE", 2, 1)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/already-reviewed"));

        claim("reviewer1", high).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("reviewCount", equalTo(1))
                .body("reviewsVisible", equalTo(true)).body("reviews", hasSize(1));
        claim("reviewer2", high).then().statusCode(200)
                .body("reviewsVisible", equalTo(false)).body("reviews", nullValue()).body("reviewCount", equalTo(1));
        claim("editor1", high).then().statusCode(200)
                .body("reviewsVisible", equalTo(true)).body("reviews[0].reviewer", equalTo("reviewer1"));
        claim("admin1", high).then().statusCode(200).body("reviews", hasSize(1));

        // reviewer2 finishes their claim, then gets the one reviewer1 released by reviewing it
        review("reviewer2", low, reviewBody("MISLEADING", 3, 3)).then().statusCode(201);
        Response third = lease("reviewer2", queue);
        // blind in the lease view too: the claim has reviewer1's review, the lease holder has none of their own
        third.then().statusCode(200).body("claim.reviewCount", equalTo(1))
                .body("claim.reviewsVisible", equalTo(false)).body("claim.reviews", nullValue());
        assertEquals(high, claimIdOf(third));
        claim("reviewer2", high).then().body("reviewsVisible", equalTo(false));
        review("reviewer2", high, reviewBody("FALSE", 3, 2)).then().statusCode(201);
        claim("reviewer2", high).then().statusCode(200)
                .body("status", equalTo("CONSENSUS")).body("reviewCount", equalTo(2))
                .body("reviews", hasSize(2)).body("reviews.reviewer", equalTo(List.of("reviewer1", "reviewer2")));

        // reviewer1 gives the other claim a different verdict: disputed
        Response fourth = lease("reviewer1", queue);
        assertEquals(low, claimIdOf(fourth));
        review("reviewer1", low, reviewBody("TRUE", 3, 3)).then().statusCode(201);
        claim("editor1", low).then().body("status", equalTo("DISPUTED"));

        // nothing left in the queue for anyone
        lease("reviewer3", queue).then().statusCode(204);
        lease("reviewer1", queue).then().statusCode(204);
        Api.as("reviewer1").get("/api/v1/queues").then().statusCode(200)
                .body("find { it.name == '" + queue + "' }.depth", equalTo(0));

        // each review enqueued claim.reviewed in its transaction; the relay publishes it
        assertEquals(2, db.count("select count(*) from outbox where routing_key = 'claim.reviewed' and subject = ?1",
                high.toString()));
        await().atMost(TIMEOUT).alias("claim.reviewed published").until(() -> db.count("select count(*) from outbox where subject = ?1"
                + " and published_at is null", high.toString()) == 0);
        assertEquals(List.of("LEASE_GRANTED", "REVIEW_SUBMITTED", "LEASE_GRANTED", "REVIEW_SUBMITTED"),
                db.auditActions(high));
    }

    @Test
    void anExpiredLeaseNoLongerAllowsAReviewAndFreesTheClaim() {
        ClaimsExtractedV1 data = setUp(1, null);
        UUID claimId = data.extraction().claims().getFirst().id();
        Response held = lease("reviewer1", queue);
        held.then().statusCode(200);
        UUID leaseId = UUID.fromString(held.path("leaseId"));
        lease("reviewer2", queue).then().statusCode(204);

        db.expireLease(leaseId);
        review("reviewer1", claimId, reviewBody("TRUE", 4, 4)).then().statusCode(409)
                .body("type", equalTo("https://isnad.org/problems/lease-required"));
        Response taken = lease("reviewer2", queue);
        taken.then().statusCode(200);
        assertEquals(claimId, claimIdOf(taken));
        assertEquals("EXPIRED", db.leaseReleaseReason(leaseId));
        lease("reviewer1", queue).then().statusCode(204);
        assertEquals(List.of("LEASE_GRANTED", "LEASE_EXPIRED", "LEASE_GRANTED"), db.auditActions(claimId));
        review("reviewer2", claimId, reviewBody("TRUE", 4, 4)).then().statusCode(201);
    }

    @Test
    void aQueueCanRequireMoreReviews() {
        ClaimsExtractedV1 data = setUp(1, 3);
        UUID claimId = data.extraction().claims().getFirst().id();
        for (String reviewer : List.of("reviewer1", "reviewer2")) {
            assertEquals(claimId, claimIdOf(lease(reviewer, queue)));
            review(reviewer, claimId, reviewBody("OPINION", 1, 1)).then().statusCode(201);
        }
        claim("editor1", claimId).then().body("status", equalTo("IN_REVIEW")).body("reviewsRequired", equalTo(3));
        assertEquals(claimId, claimIdOf(lease("reviewer3", queue)));
        review("reviewer3", claimId, reviewBody("OPINION", 2, 2)).then().statusCode(201);
        claim("editor1", claimId).then().body("status", equalTo("CONSENSUS")).body("reviewCount", equalTo(3));
    }

    @Test
    void invalidReviewsAreRejectedAndNothingIsStored() {
        ClaimsExtractedV1 data = setUp(1, null);
        UUID claimId = data.extraction().claims().getFirst().id();
        lease("reviewer1", queue).then().statusCode(200);

        Map<String, Object> noRatings = Map.of("verdict", "TRUE");
        Map<String, Object> ratingTooHigh = Map.of("ratings", Map.of("sourcing", 6, "evidence", 3), "verdict", "TRUE");
        Map<String, Object> ratingTooLow = Map.of("ratings", Map.of("sourcing", 3, "evidence", 0), "verdict", "TRUE");
        Map<String, Object> missingRating = Map.of("ratings", Map.of("sourcing", 3), "verdict", "TRUE");
        Map<String, Object> unknownVerdict = Map.of("ratings", Map.of("sourcing", 3, "evidence", 3),
                "verdict", "MAYBE");
        Map<String, Object> noVerdict = Map.of("ratings", Map.of("sourcing", 3, "evidence", 3));
        Map<String, Object> badLink = Map.of("ratings", Map.of("sourcing", 3, "evidence", 3), "verdict", "TRUE",
                "evidenceLinks", List.of("https://ok.example/a", "javascript:alert(1)"));
        Map<String, Object> ftpLink = Map.of("ratings", Map.of("sourcing", 3, "evidence", 3), "verdict", "TRUE",
                "evidenceLinks", List.of("ftp://files.example/x"));
        Map<String, Object> longNotes = Map.of("ratings", Map.of("sourcing", 3, "evidence", 3), "verdict", "TRUE",
                "notes", "م".repeat(10_001));
        Map<String, Object> nulNotes = Map.of("ratings", Map.of("sourcing", 3, "evidence", 3), "verdict", "TRUE",
                "notes", "a\u0000b");
        Map<String, Object> nulSignals = Map.of("ratings", Map.of("sourcing", 3, "evidence", 3), "verdict", "TRUE",
                "signals", Map.of("x", List.of("a\u0000")));
        Map<String, Map<String, Object>> cases = Map.ofEntries(Map.entry("notes  ", nulNotes),
                Map.entry("signalsStorable", nulSignals));
        cases = new java.util.HashMap<>(cases);
        cases.putAll(Map.of(
                "ratings", noRatings, "ratings.sourcing", ratingTooHigh, "ratings.evidence", ratingTooLow,
                "ratings.evidence ", missingRating, "verdict", unknownVerdict, "verdict ", noVerdict,
                "evidenceLinks[1].<list element>", badLink, "evidenceLinks[0].<list element>", ftpLink,
                "notes", longNotes));
        cases.forEach((field, body) -> {
            Response response = review("reviewer1", claimId, body);
            response.then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://isnad.org/problems/validation"));
            List<String> fields = response.path("errors.field");
            assertTrue(fields.stream().anyMatch(f -> f.startsWith(field.strip().replaceAll("\\..*", ""))),
                    field + " -> " + response.asString());
        });
        Api.as("reviewer1").contentType("application/json").body("{\"ratings\": {\"sourcing\": 3,")
                .post("/api/v1/claims/{id}/reviews", claimId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/malformed-body"));
        Api.as("reviewer1").contentType("application/json").body("{\"ratings\": {\"sourcing\": \"high\", "
                        + "\"evidence\": 3}, \"verdict\": \"TRUE\"}")
                .post("/api/v1/claims/{id}/reviews", claimId)
                .then().statusCode(400).contentType("application/problem+json");
        Api.as("reviewer1").contentType("application/json")
                .post("/api/v1/claims/{id}/reviews", claimId)
                .then().statusCode(400).contentType("application/problem+json");

        assertEquals(0, db.count("select count(*) from review where claim_id = ?1", claimId));
        assertEquals(0, db.count("select count(*) from outbox where subject = ?1", claimId.toString()));
        assertEquals(List.of("LEASE_GRANTED"), db.auditActions(claimId));
        claim("reviewer1", claimId).then().body("status", equalTo("NEW")).body("reviewCount", equalTo(0));
        // the lease survived the bad attempts
        review("reviewer1", claimId, reviewBody("TRUE", 3, 3)).then().statusCode(201);
    }

    @Test
    void unknownQueuesAndClaimsAreNotFound() {
        lease("reviewer1", "Bad Name\u0000").then().statusCode(404).contentType("application/problem+json");
        lease("reviewer1", "no-such-queue").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/not-found"))
                .body("detail", containsString("no-such-queue"));
        UUID unknown = UUID.randomUUID();
        claim("reviewer1", unknown).then().statusCode(404).contentType("application/problem+json");
        review("reviewer1", unknown, reviewBody("TRUE", 3, 3)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        ClaimsExtractedV1 data = setUp(1, null);
        lease("reviewer1", queue).then().statusCode(200);
        UUID claimId = data.extraction().claims().getFirst().id();
        for (String change : List.of("update audit_event set actor = 'x' where claim_id = '" + claimId + "'",
                "delete from audit_event where claim_id = '" + claimId + "'")) {
            try {
                db.execute(change);
                throw new AssertionError("audit_event accepted: " + change);
            } catch (RuntimeException expected) {
                assertNotEquals(AssertionError.class, expected.getClass());
            }
        }
        assertEquals(List.of("LEASE_GRANTED"), db.auditActions(claimId));
    }
}
