package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.testsupport.CleanTestQueues;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.isnad.review.Api.as;
import static org.isnad.review.Api.lease;
import static org.isnad.review.Api.release;

/** Admins read the audit trail: newest first, filtered, paged. Real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class AuditApiTest {

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    /** A claim leased and released by reviewer1: two audit entries. */
    private UUID leasedAndReleased() {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, 1);
        ingest.ingest(Articles.event(data));
        Response lease = lease("reviewer1", queue);
        lease.then().statusCode(200);
        release("reviewer1", UUID.fromString(lease.path("leaseId"))).then().statusCode(204);
        return data.extraction().claims().getFirst().id();
    }

    private static Response audit(String query) {
        return as("admin1").get("/api/v1/audit" + query);
    }

    @Test
    void adminsReadAClaimsTrailNewestFirstFilteredAndPaged() {
        UUID claim = leasedAndReleased();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        audit("?claimId=" + claim).then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(50))
                .body("items.action", equalTo(List.of("LEASE_RELEASED", "LEASE_GRANTED")))
                .body("items.actor", equalTo(List.of("reviewer1", "reviewer1")))
                .body("items[0].claimId", equalTo(claim.toString()))
                .body("items[0].id", notNullValue()).body("items[0].at", notNullValue())
                .body("items[1].detail.leaseId", notNullValue());
        audit("?claimId=" + claim + "&action=LEASE_GRANTED&actor=reviewer1").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].action", equalTo("LEASE_GRANTED"));
        audit("?claimId=" + claim + "&size=1&page=1").then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1))
                .body("items.action", equalTo(List.of("LEASE_GRANTED")));
        audit("?claimId=" + claim + "&actor=reviewer2").then().statusCode(200).body("total", equalTo(0));
        audit("?claimId=" + claim + "&from=" + today + "&to=" + today).then().statusCode(200)
                .body("total", equalTo(2));
        audit("?claimId=" + claim + "&from=" + LocalDate.now(ZoneOffset.UTC).plusDays(1)).then().statusCode(200)
                .body("total", equalTo(0));
        audit("?claimId=" + claim + "&to=2020-01-01T00:00:00Z").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void badFiltersAreRefused() {
        for (String query : List.of("?size=0", "?size=101", "?page=-1", "?claimId=nope", "?action=lease_granted",
                "?from=yesterday", "?to=2026-13-01", "?from=2026-11-02&to=2026-11-01", "?page=two")) {
            audit(query).then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void onlyAdminsReadTheTrail() {
        for (String user : List.of("reviewer1", "editor1", "ingest1")) {
            as(user).get("/api/v1/audit").then().statusCode(403).contentType("application/problem+json");
        }
        given().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json");
        audit("").then().statusCode(200);
    }
}
