package org.isnad.review;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.isnad.testsupport.Keycloak;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The review API as a demo user calls it, with a real Keycloak token. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String user) {
        return given().header("Authorization", Keycloak.bearer(user));
    }

    static Response lease(String user, String queue) {
        return as(user).post("/api/v1/queues/{name}/lease", queue);
    }

    static Response claim(String user, UUID id) {
        return as(user).get("/api/v1/claims/{id}", id);
    }

    static Response review(String user, UUID claimId, Object body) {
        return as(user).contentType(ContentType.JSON).body(body).post("/api/v1/claims/{id}/reviews", claimId);
    }

    static Response renew(String user, UUID leaseId) {
        return as(user).post("/api/v1/leases/{id}/renew", leaseId);
    }

    static Response release(String user, UUID leaseId) {
        return as(user).post("/api/v1/leases/{id}/release", leaseId);
    }

    static Response verdict(String user, UUID claimId, Object body) {
        return as(user).contentType(ContentType.JSON).body(body).post("/api/v1/claims/{id}/verdict", claimId);
    }

    static Map<String, Object> verdictBody(String verdict) {
        return Map.of("verdict", verdict,
                "explanation", "تظهر بيانات الهيئة العامة للإحصاء أن الارتفاع لم يتجاوز اثنين بالمئة.",
                "explanationEn", "The statistics authority's data shows a rise of at most two percent.");
    }

    static Map<String, Object> reviewBody(String verdict, int sourcing, int evidence) {
        return Map.of("ratings", Map.of("sourcing", sourcing, "evidence", evidence),
                "signals", Map.of("anonymousSource", false, "numbersChecked", true),
                "verdict", verdict,
                "evidenceLinks", List.of("https://stats.example.org/report-2024", "http://archive.example/x?y=1"),
                "notes", "راجعت التقرير الرسمي للهيئة العامة للإحصاء.");
    }

    static UUID claimIdOf(Response leaseResponse) {
        return UUID.fromString(leaseResponse.path("claim.id"));
    }
}
