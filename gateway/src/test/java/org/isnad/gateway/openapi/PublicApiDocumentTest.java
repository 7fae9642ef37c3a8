package org.isnad.gateway.openapi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The served document: the gateway's own endpoints plus whatever the services answer. In these tests the
 * "services" are EchoUpstream (which serves no OpenAPI) and an unreachable review-service: the document is still
 * served, with the bearer scheme, and names what it could not fetch.
 */
@QuarkusTest
class PublicApiDocumentTest {

    @Test
    void servesTheMergedDocumentAsJsonAndYamlWithoutSigningIn() {
        given().get("/q/openapi?format=json").then().statusCode(200).contentType(containsString("application/json"))
                .body("info.title", equalTo("Isnad API"))
                .body("paths.'/api/v1/webhooks'.post", notNullValue())
                .body("paths.'/api/v1/webhooks/{id}/deliveries'.get", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.oidc.openIdConnectUrl",
                        equalTo("http://127.0.0.1:8180/realms/isnad/.well-known/openid-configuration"))
                .body("'x-isnad-merge'.unavailable", hasItem("review"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .contentType(containsString("application/json"));
        given().get("/q/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("/api/v1/webhooks:"));
        given().get("/q/openapi-gateway?format=json").then().statusCode(200)
                .body("paths.'/api/v1/webhooks'", notNullValue());
    }

    @Test
    void swaggerUiPointsAtTheMergedDocument() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi?format=json"));
    }
}
