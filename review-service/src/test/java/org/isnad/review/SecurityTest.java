package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Every endpoint: 401 without a (valid) token, 403 for roles that may not use it. Real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class SecurityTest {

    private record Endpoint(String name, Function<RequestSpecification, Response> call) {
    }

    private static final UUID CLAIM = UUID.randomUUID();

    private static final List<Endpoint> READS = List.of(
            new Endpoint("GET /claims", r -> r.get("/api/v1/claims")),
            new Endpoint("GET /claims/{id}", r -> r.get("/api/v1/claims/{id}", CLAIM)),
            new Endpoint("GET /queues", r -> r.get("/api/v1/queues")));

    private static final List<Endpoint> REVIEWER_ONLY = List.of(
            new Endpoint("POST /queues/{name}/lease", r -> r.post("/api/v1/queues/{name}/lease", "all")),
            new Endpoint("POST /claims/{id}/reviews", r -> r.contentType(ContentType.JSON)
                    .body(Api.reviewBody("TRUE", 3, 3)).post("/api/v1/claims/{id}/reviews", CLAIM)),
            new Endpoint("POST /leases/{id}/renew", r -> r.post("/api/v1/leases/{id}/renew", CLAIM)),
            new Endpoint("POST /leases/{id}/release", r -> r.post("/api/v1/leases/{id}/release", CLAIM)));

    private static final Endpoint VERDICT = new Endpoint("POST /claims/{id}/verdict", r -> r
            .contentType(ContentType.JSON).body(Api.verdictBody("FALSE")).post("/api/v1/claims/{id}/verdict", CLAIM));

    /** Any signed-in caller, partners included. */
    private static final Endpoint CLAIM_REVIEW = new Endpoint("GET /claims/{id}/claimreview",
            r -> r.get("/api/v1/claims/{id}/claimreview", CLAIM));

    private static List<Endpoint> all() {
        return Stream.of(READS, REVIEWER_ONLY, List.of(VERDICT, CLAIM_REVIEW)).flatMap(List::stream).toList();
    }

    private static List<Endpoint> notForIngestOrPartner() {
        return Stream.of(READS, REVIEWER_ONLY, List.of(VERDICT)).flatMap(List::stream).toList();
    }

    @Test
    void everyEndpointNeedsAToken() {
        for (Endpoint endpoint : all()) {
            endpoint.call().apply(given()).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("https://isnad.org/problems/unauthorized"));
            endpoint.call().apply(given().header("Authorization", "Bearer not.a.token")).then()
                    .statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void ingestAndPartnerMayUseNoEndpointButClaimReview() {
        for (Endpoint endpoint : notForIngestOrPartner()) {
            for (String bearer : List.of(Keycloak.bearer("ingest1"), "Bearer " + Keycloak.partnerToken())) {
                endpoint.call().apply(given().header("Authorization", bearer)).then()
                        .statusCode(403).contentType("application/problem+json")
                        .body("type", equalTo("https://isnad.org/problems/forbidden"));
            }
        }
    }

    @Test
    void onlyEditorsPublishVerdicts() {
        for (String bearer : List.of(Keycloak.bearer("reviewer1"), Keycloak.bearer("admin1"),
                Keycloak.bearer("ingest1"), "Bearer " + Keycloak.partnerToken())) {
            VERDICT.call().apply(given().header("Authorization", bearer)).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://isnad.org/problems/forbidden"));
        }
        // allowed: an unknown claim is 404, not 403
        VERDICT.call().apply(Api.as("editor1")).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everySignedInCallerMayAskForAClaimReview() {
        for (String bearer : List.of(Keycloak.bearer("reviewer1"), Keycloak.bearer("editor1"),
                Keycloak.bearer("admin1"), Keycloak.bearer("ingest1"), "Bearer " + Keycloak.partnerToken())) {
            // allowed: an unknown claim is 404, not 403
            CLAIM_REVIEW.call().apply(given().header("Authorization", bearer)).then()
                    .statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://isnad.org/problems/not-found"));
        }
    }

    @Test
    void adminsReadButDoNotReview() {
        Api.as("admin1").get("/api/v1/queues").then().statusCode(200);
        Api.as("admin1").get("/api/v1/claims").then().statusCode(200);
        for (Endpoint endpoint : REVIEWER_ONLY) {
            endpoint.call().apply(Api.as("admin1")).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void editorsAreReviewersToo() {
        Api.as("editor1").get("/api/v1/claims").then().statusCode(200);
        // allowed: an unknown claim is 404, not 403
        Api.review("editor1", CLAIM, Api.reviewBody("TRUE", 3, 3)).then().statusCode(404);
    }
}
