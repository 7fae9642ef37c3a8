package org.isnad.gateway.http;

import io.quarkus.test.junit.QuarkusTest;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edge timer counts API calls that stop at the gateway (no token) and calls it forwards, by operation, with
 * the 20 ms service-level bucket exported. No service runs behind the gateway here, so the forwarded lease is 502.
 */
@QuarkusTest
class ApiTimingsTest {

    private static final String LEASE_5XX = "operation=\"queue.lease\",outcome=\"5xx\"";
    private static final String LEASE_4XX = "operation=\"queue.lease\",outcome=\"4xx\"";

    @Test
    void leaseCallsAreTimedAtTheEdgeWhateverTheirOutcome() {
        double forwardedBefore = count(LEASE_5XX);
        double refusedBefore = count(LEASE_4XX);

        given().header("Authorization", Keycloak.bearer("reviewer1")).post("/api/v1/queues/all/lease")
                .then().statusCode(502);
        given().post("/api/v1/queues/all/lease").then().statusCode(401);

        assertEquals(forwardedBefore + 1, count(LEASE_5XX), 0.0);
        assertEquals(refusedBefore + 1, count(LEASE_4XX), 0.0);
        assertTrue(metrics().lines().anyMatch(l -> l.startsWith("isnad_gateway_api_duration_seconds_bucket{")
                        && l.contains(LEASE_5XX) && l.contains("le=\"0.02\"")),
                "the 20 ms bucket of the lease timer is exported");
    }

    @Test
    void pagesOutsideTheApiAreNotTimed() {
        given().get("/q/health/live").then().statusCode(200);
        assertTrue(metrics().lines().filter(l -> l.startsWith("isnad_gateway_api_duration_seconds_count"))
                .noneMatch(l -> l.contains("health")));
    }

    private static double count(String labels) {
        return metrics().lines()
                .filter(l -> l.startsWith("isnad_gateway_api_duration_seconds_count{") && l.contains(labels))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
