package org.isnad.gateway.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The webhook registration API: roles, ownership, validation, and that the gateway (not a service) answers it. */
@QuarkusTest
class WebhookApiTest {

    private static String partner() {
        return "Bearer " + Keycloak.partnerToken();
    }

    private static String register(String bearer, String url) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", List.of("claim.verdict-published"), "description", "desk feed"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    @Test
    void aPartnerRegistersListsAndDeletesItsWebhookAndSeesTheSecretOnce() {
        String location = given().header("Authorization", partner()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://partner.example/hooks/isnad", "events", List.of("claim.verdict-published")))
                .post("/api/v1/webhooks")
                .then().statusCode(201)
                .body("id", notNullValue()).body("url", equalTo("https://partner.example/hooks/isnad"))
                .body("events", equalTo(List.of("claim.verdict-published"))).body("createdAt", notNullValue())
                .body("secret", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String secret = given().header("Authorization", partner()).get("/api/v1/webhooks/" + id)
                .then().statusCode(200).body("owner", equalTo("partner-demo")).body("secret", nullValue())
                .extract().path("secret");
        assertEquals(null, secret);
        given().header("Authorization", partner()).get("/api/v1/webhooks")
                .then().statusCode(200).body("id", hasItem(id)).body("secret", everyItem(nullValue()));
        given().header("Authorization", partner()).get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0))
                .body("page", equalTo(0)).body("size", equalTo(20));
        given().header("Authorization", partner()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
        given().header("Authorization", partner()).get("/api/v1/webhooks/" + id).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void theSecretIs32RandomBytes() {
        String secret = given().header("Authorization", partner()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://partner.example/a", "events", List.of("claim.verdict-published")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
        assertEquals(32, java.util.Base64.getUrlDecoder().decode(secret).length);
    }

    @Test
    void callersSeeOnlyTheirOwnWebhooksAndAdminsSeeAll() {
        String partners = register(partner(), "https://partner.example/own");
        String admins = register(Keycloak.bearer("admin1"), "https://admin.example/own");
        given().header("Authorization", partner()).get("/api/v1/webhooks")
                .then().statusCode(200).body("id", hasItem(partners)).body("id", not(hasItem(admins)));
        given().header("Authorization", partner()).get("/api/v1/webhooks/" + admins).then().statusCode(404);
        given().header("Authorization", partner()).get("/api/v1/webhooks/" + admins + "/deliveries").then().statusCode(404);
        given().header("Authorization", partner()).post("/api/v1/webhooks/" + admins + "/test").then().statusCode(404);
        given().header("Authorization", partner()).delete("/api/v1/webhooks/" + admins).then().statusCode(404);
        given().header("Authorization", Keycloak.bearer("admin1")).get("/api/v1/webhooks")
                .then().statusCode(200).body("id", hasItem(partners)).body("id", hasItem(admins));
        given().header("Authorization", Keycloak.bearer("admin1")).delete("/api/v1/webhooks/" + partners)
                .then().statusCode(204);
        given().header("Authorization", Keycloak.bearer("admin1")).get("/api/v1/webhooks/" + admins).then().statusCode(200);
    }

    @Test
    void otherRolesAreForbiddenAndAnonymousIsUnauthorized() {
        String id = register(partner(), "https://partner.example/roles");
        for (String user : List.of("ingest1", "reviewer1", "editor1")) {
            String bearer = Keycloak.bearer(user);
            given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body(Map.of("url", "https://x.example/", "events", List.of("claim.verdict-published")))
                    .post("/api/v1/webhooks").then().statusCode(403)
                    .contentType(containsString("application/problem+json"));
            given().header("Authorization", bearer).get("/api/v1/webhooks").then().statusCode(403);
            given().header("Authorization", bearer).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(403);
            given().header("Authorization", bearer).delete("/api/v1/webhooks/" + id).then().statusCode(403);
        }
        given().get("/api/v1/webhooks").then().statusCode(401).contentType(containsString("application/problem+json"));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/webhooks").then().statusCode(401);
        given().header("Authorization", partner()).get("/api/v1/webhooks/" + id).then().statusCode(200);
    }

    @Test
    void badRegistrationsAre400ProblemsAndStoreNothing() {
        int before = given().header("Authorization", partner()).get("/api/v1/webhooks").then().extract().path("size()");
        List<Object> bad = List.of(
                Map.of("url", "ftp://partner.example/x", "events", List.of("claim.verdict-published")),
                Map.of("url", "/relative", "events", List.of("claim.verdict-published")),
                Map.of("url", "javascript:alert(1)", "events", List.of("claim.verdict-published")),
                Map.of("url", "https://partner.example/x", "events", List.of("claim.reviewed")),
                Map.of("url", "https://partner.example/x", "events", List.of()),
                Map.of("url", "https://partner.example/x", "events", List.of("article.ingested")),
                Map.of("events", List.of("claim.verdict-published")),
                Map.of("url", "https://partner.example/x", "events", List.of("claim.verdict-published"),
                        "description", "d".repeat(501)));
        for (Object body : bad) {
            given().header("Authorization", partner()).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/webhooks").then().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("status", equalTo(400));
        }
        given().header("Authorization", partner()).contentType(ContentType.JSON).body("{\"url\": ")
                .post("/api/v1/webhooks").then().statusCode(400).contentType(containsString("application/problem+json"));
        given().header("Authorization", partner()).contentType(ContentType.JSON).body("[1]")
                .post("/api/v1/webhooks").then().statusCode(400);
        given().header("Authorization", partner()).get("/api/v1/webhooks/not-a-uuid").then().statusCode(404);
        given().header("Authorization", partner()).get("/api/v1/webhooks/" + java.util.UUID.randomUUID() + "/deliveries?size=1000")
                .then().statusCode(400);
        int after = given().header("Authorization", partner()).get("/api/v1/webhooks").then().extract().path("size()");
        assertEquals(before, after);
    }

    @Test
    void theGatewayAnswersWebhooksItselfInsteadOfForwarding() {
        // the forwarding resource would answer 404 "No API at /api/v1/webhooks" (no service owns the segment)
        given().header("Authorization", partner()).get("/api/v1/webhooks")
                .then().statusCode(200).contentType(containsString("application/json"));
        String id = register(partner(), "https://partner.example/route");
        given().header("Authorization", partner()).get("/api/v1/webhooks/" + id + "/deliveries")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", partner()).put("/api/v1/webhooks/" + id)
                .then().statusCode(anyOf(is(404), is(405)));
    }
}
