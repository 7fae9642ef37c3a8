package org.isnad.gateway.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** partner-demo gets a bucket of 3 refilled every 10 s, editor1 a bucket of 7; everyone else the roomy default. */
@QuarkusTest
@TestProfile(RateLimitTest.LowPartnerLimit.class)
class RateLimitTest {

    public static class LowPartnerLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("isnad.gateway.rate-limits.clients.\"partner-demo\".requests-per-second", "0.1",
                    "isnad.gateway.rate-limits.clients.\"partner-demo\".burst", "3",
                    "isnad.gateway.rate-limits.default.requests-per-second", "50",
                    "isnad.gateway.rate-limits.default.burst", "100",
                    "isnad.gateway.rate-limits.users.\"editor1\".burst", "7");
        }
    }

    @Test
    void aPartnerOverItsLimitGets429WithRetryAfterAndOthersAreUnaffected() {
        String partner = "Bearer " + Keycloak.partnerToken();
        for (int i = 3; i > 0; i--) {
            given().header("Authorization", partner).get("/api/v1/webhooks").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(i - 1))
                    .header("X-RateLimit-Limit", "3");
        }
        Response refused = given().header("Authorization", partner).get("/api/v1/webhooks");
        refused.then().statusCode(429).contentType(containsString("application/problem+json"))
                .body("status", equalTo(429)).body("type", equalTo("https://isnad.org/problems/rate-limited"))
                .header("RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);

        // a person, and the same person again, are not held back by the partner's bucket
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", Keycloak.bearer("admin1")).get("/api/v1/webhooks").then().statusCode(200)
                    .header("RateLimit-Limit", "100");
        }
        // a person with an entry of their own gets it
        given().header("Authorization", Keycloak.bearer("editor1")).get("/api/v1/articles/x").then()
                .header("RateLimit-Limit", "7").header("RateLimit-Remaining", "6");
        // forwarded calls count too: the partner is still limited on any /api/v1 path
        given().header("Authorization", partner).get("/api/v1/articles/x").then().statusCode(429);
    }

    @Test
    void callsOutsideTheApiAreNotLimited() {
        for (int i = 0; i < 5; i++) {
            assertEquals(200, given().get("/q/health/live").statusCode());
        }
        given().get("/q/health/live").then().header("RateLimit-Limit", nullValue());
    }
}
