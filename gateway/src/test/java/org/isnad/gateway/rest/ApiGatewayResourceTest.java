package org.isnad.gateway.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The gateway with a real Keycloak token in front of a stand-in service that echoes what it receives. */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
@QuarkusTestResource(CleanTestQueues.class)
class ApiGatewayResourceTest {

    @Test
    void forwardsMethodPathQueryBodyAndTheCallersOwnToken() {
        String bearer = Keycloak.bearer("ingest1");
        given().urlEncodingEnabled(false).header("Authorization", bearer).header("Idempotency-Key", "k-1").header("Cookie", "session=secret")
                .contentType(ContentType.JSON).body("{\"title\":\"t\",\"body\":\"نص\"}")
                .post("/api/v1/articles?dryRun=true&x=%D8%A7")
                .then().statusCode(202)
                .body("method", equalTo("POST")).body("path", equalTo("/api/v1/articles"))
                .body("query", equalTo("dryRun=true&x=%D8%A7"))
                .body("authorization", equalTo(bearer)).body("idempotencyKey", equalTo("k-1"))
                .body("requestId", notNullValue()).body("cookie", nullValue())
                .body("bodyLength", equalTo("{\"title\":\"t\",\"body\":\"نص\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8).length))
                .header("X-Internal-Secret", nullValue());
    }

    @Test
    void relaysTheServicesStatus() {
        given().header("Authorization", Keycloak.bearer("reviewer1")).get("/api/v1/articles/missing")
                .then().statusCode(404);
    }

    @Test
    void anonymousAndInvalidTokensStopAtTheGateway() {
        given().get("/api/v1/articles/1").then().statusCode(401)
                .contentType(containsString("application/problem+json"));
        given().header("Authorization", "Bearer forged.token.here").post("/api/v1/extractions").then().statusCode(401);
    }

    @Test
    void anUnknownApiIs404Problem() {
        given().header("Authorization", Keycloak.bearer("reviewer1")).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    @Test
    void anUnreachableServiceIs502ProblemWithRetryAfter() {
        given().header("Authorization", Keycloak.bearer("reviewer1")).get("/api/v1/queues")
                .then().statusCode(502).contentType(containsString("application/problem+json"))
                .header("Retry-After", "5").body("status", equalTo(502));
    }
}
