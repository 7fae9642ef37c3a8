package org.isnad.gateway.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.isnad.gateway.rest.EchoUpstream;
import org.isnad.testsupport.CleanTestQueues;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Against the real Keycloak: web pages start the authorization code flow with PKCE for isnad-web, while the
 * API keeps answering 401 problems to callers without a bearer token, and static assets need no session.
 */
@QuarkusTest
@QuarkusTestResource(EchoUpstream.class)
@QuarkusTestResource(CleanTestQueues.class)
class WebSignInTest {

    @Test
    void everyPageSendsAnAnonymousBrowserToKeycloakWithPkce() {
        for (String page : new String[]{"/", "/queues/all/work", "/reviews/mine", "/editor", "/dashboard",
                "/admin/users", "/admin/queues", "/admin/rubric", "/admin/audit"}) {
            Response response = RestAssured.given().redirects().follow(false).accept("text/html").get(page);
            assertEquals(302, response.statusCode(), page);
            String location = response.header("Location");
            assertTrue(location.startsWith("http://127.0.0.1:8180/realms/isnad/protocol/openid-connect/auth?"),
                    location);
            assertTrue(location.contains("client_id=isnad-web") && location.contains("code_challenge=")
                    && location.contains("code_challenge_method=S256") && location.contains("response_type=code"),
                    location);
        }
    }

    @Test
    void theApiStillAnswers401ProblemsNotRedirects() {
        RestAssured.given().redirects().follow(false).accept("text/html").get("/api/v1/queues")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void staticAssetsAndFontsAreServedLocallyWithoutASession() {
        RestAssured.given().get("/static/isnad.css").then().statusCode(200)
                .body(containsString("Noto Sans Arabic"));
        RestAssured.given().get("/static/fonts/noto-sans-arabic-arabic-400-normal.woff2").then().statusCode(200);
        RestAssured.given().get(Assets.htmx).then().statusCode(200);
        RestAssured.given().get(Assets.chartjs).then().statusCode(200);
    }

    @Test
    void signedOutPageNeedsNoSession() {
        RestAssured.given().get("/signed-out").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("dir=\"rtl\""));
    }
}
