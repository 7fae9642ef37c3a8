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

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.isnad.review.Api.claimIdOf;
import static org.isnad.review.Api.lease;
import static org.isnad.review.Api.release;
import static org.isnad.review.Api.renew;
import static org.isnad.review.Api.review;
import static org.isnad.review.Api.reviewBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renewing and releasing a lease: the holder only, open leases only. Real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class LeaseRenewReleaseTest {

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    private String queue;

    private UUID setUpOneClaim() {
        String outlet = "outlet-" + UUID.randomUUID();
        queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, 1);
        ingest.ingest(Articles.event(data));
        return data.extraction().claims().getFirst().id();
    }

    private static UUID leaseIdOf(Response response) {
        return UUID.fromString(response.path("leaseId"));
    }

    @Test
    void theHolderRenewsTheirLease() {
        UUID claimId = setUpOneClaim();
        Response held = lease("reviewer1", queue);
        held.then().statusCode(200);
        UUID leaseId = leaseIdOf(held);
        db.execute("update lease set expires_at = now() + interval '1 minute' where id = '" + leaseId + "'");

        renew("reviewer2", leaseId).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/not-lease-holder"));
        Response renewed = renew("reviewer1", leaseId);
        renewed.then().statusCode(200)
                .body("leaseId", equalTo(leaseId.toString()))
                .body("queue", equalTo(queue))
                .body("claim.id", equalTo(claimId.toString()));
        long minutes = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(renewed.path("expiresAt")))
                .toMinutes();
        assertTrue(minutes >= 14 && minutes <= 15, "renewed for 15 minutes from now, got " + minutes);
        assertEquals(1, db.count("select count(*) from claim c join lease l on l.claim_id = c.id where l.id = ?1"
                + " and c.leased_until = l.expires_at and c.leased_by = 'reviewer1'", leaseId));

        // the renewed lease still lets its holder review; afterwards it is closed
        review("reviewer1", claimId, reviewBody("TRUE", 4, 4)).then().statusCode(201);
        renew("reviewer1", leaseId).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/lease-closed"));
        assertEquals(List.of("LEASE_GRANTED", "LEASE_RENEWED", "REVIEW_SUBMITTED"), db.auditActions(claimId));
    }

    @Test
    void theHolderReleasesTheirLeaseAndTheClaimReturnsToTheQueue() {
        UUID claimId = setUpOneClaim();
        Response held = lease("reviewer1", queue);
        UUID leaseId = leaseIdOf(held);
        lease("reviewer2", queue).then().statusCode(204);

        release("reviewer2", leaseId).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/not-lease-holder"));
        release("reviewer1", leaseId).then().statusCode(204);
        assertEquals("RELEASED", db.leaseReleaseReason(leaseId));
        assertEquals(0, db.count("select count(*) from claim where id = ?1 and leased_by is not null", claimId));

        release("reviewer1", leaseId).then().statusCode(409)
                .body("type", equalTo("https://isnad.org/problems/lease-closed"));
        renew("reviewer1", leaseId).then().statusCode(409)
                .body("type", equalTo("https://isnad.org/problems/lease-closed"));
        review("reviewer1", claimId, reviewBody("TRUE", 4, 4)).then().statusCode(409)
                .body("type", equalTo("https://isnad.org/problems/lease-required"));

        Response taken = lease("reviewer2", queue);
        taken.then().statusCode(200);
        assertEquals(claimId, claimIdOf(taken));
        assertEquals(List.of("LEASE_GRANTED", "LEASE_RELEASED", "LEASE_GRANTED"), db.auditActions(claimId));
    }

    @Test
    void anExpiredLeaseCanNeitherBeRenewedNorReleased() {
        UUID claimId = setUpOneClaim();
        UUID leaseId = leaseIdOf(lease("reviewer1", queue));
        db.expireLease(leaseId);
        renew("reviewer1", leaseId).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/lease-closed"));
        release("reviewer1", leaseId).then().statusCode(409)
                .body("type", equalTo("https://isnad.org/problems/lease-closed"));
        assertEquals(List.of("LEASE_GRANTED"), db.auditActions(claimId));
        assertEquals(claimId, claimIdOf(lease("reviewer2", queue)));
    }

    @Test
    void unknownLeasesAreNotFoundAndOtherRolesAreForbidden() {
        UUID unknown = UUID.randomUUID();
        renew("reviewer1", unknown).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/not-found"));
        release("reviewer1", unknown).then().statusCode(404).contentType("application/problem+json");
        // editors are reviewers too
        renew("editor1", unknown).then().statusCode(404);

        setUpOneClaim();
        UUID leaseId = leaseIdOf(lease("reviewer1", queue));
        for (String bearer : List.of(Keycloak.bearer("admin1"), Keycloak.bearer("ingest1"),
                "Bearer " + Keycloak.partnerToken())) {
            for (String action : List.of("renew", "release")) {
                given().header("Authorization", bearer).post("/api/v1/leases/{id}/" + action, leaseId)
                        .then().statusCode(403).contentType("application/problem+json");
            }
        }
        given().post("/api/v1/leases/{id}/renew", leaseId).then().statusCode(401);
        // none of that touched the lease
        renew("reviewer1", leaseId).then().statusCode(200);
    }
}
