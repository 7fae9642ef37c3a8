package org.isnad.review;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The verified-token cache (org.isnad.common.security) with real Keycloak tokens: a token is verified in full
 * once, answered from the cache afterwards, and the cache never lets through what verification would refuse
 * (a token altered by one character, a role the token does not carry).
 */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class VerifiedTokenCacheTest {

    @Inject
    MeterRegistry registry;

    private double count(String result) {
        return registry.counter("isnad.security.token.cache", "result", result).count();
    }

    /** A token of its own (Keycloak.token would hand out the one other tests share and the cache already knows). */
    private static String freshToken(String username) {
        return RestAssured.given().formParams(Map.of("client_id", "isnad-cli", "grant_type", "password",
                        "username", username, "password", username))
                .post(Keycloak.TOKEN_ENDPOINT).then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aTokenIsVerifiedOnceThenAnsweredFromTheCache() {
        String token = freshToken("reviewer2");
        double missesBefore = count("miss");
        double hitsBefore = count("hit");
        given().header("Authorization", "Bearer " + token).get("/api/v1/queues").then().statusCode(200);
        assertEquals(missesBefore + 1, count("miss"), "the first call verifies the token in full");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token).get("/api/v1/queues").then().statusCode(200);
        }
        assertEquals(hitsBefore + 3, count("hit"), "later calls reuse the verification");
    }

    @Test
    void anAlteredCopyOfACachedTokenIsStillRefused() {
        String token = freshToken("reviewer3");
        given().header("Authorization", "Bearer " + token).get("/api/v1/queues").then().statusCode(200);
        // one character in the middle of the signature (the last character of a base64url signature also carries
        // padding bits that decoders ignore, so changing it may leave the same signature bytes)
        int at = token.lastIndexOf('.') + 20;
        String altered = token.substring(0, at) + (token.charAt(at) == 'Q' ? 'A' : 'Q') + token.substring(at + 1);
        given().header("Authorization", "Bearer " + altered).get("/api/v1/queues").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + token.substring(0, token.length() - 10))
                .get("/api/v1/queues").then().statusCode(401);
    }

    @Test
    void aCachedIdentityKeepsItsRolesAndNoMore() {
        String token = freshToken("reviewer1");
        given().header("Authorization", "Bearer " + token).get("/api/v1/queues").then().statusCode(200);
        double hitsBefore = count("hit");
        // an editor-only operation: 403 from the cached identity exactly as from a verified one
        given().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(Api.verdictBody("FALSE")).post("/api/v1/claims/{id}/verdict", java.util.UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
        // a reviewer-only one: allowed (an unknown queue is 404, not 403)
        given().header("Authorization", "Bearer " + token).post("/api/v1/queues/{name}/lease", "no-such-queue")
                .then().statusCode(404);
        assertEquals(hitsBefore + 2, count("hit"));
    }
}
