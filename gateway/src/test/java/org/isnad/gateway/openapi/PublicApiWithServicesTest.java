package org.isnad.gateway.openapi;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stand-in review-service serves its own OpenAPI document: the gateway takes the paths it routes to review,
 * not the ones it routes elsewhere or the service's internals, caches the document, and keeps serving the last
 * copy (named stale) once the service stops answering.
 */
@QuarkusTest
@TestProfile(PublicApiWithServicesTest.WithReview.class)
class PublicApiWithServicesTest {

    // the profile (which starts the stand-in) and the test run in different class loaders: they share the stand-in's
    // state through (string) system properties, not through static fields of this class
    private static final String FETCHES_KEY = "isnad.test.review-openapi.fetches";
    private static final String UP_KEY = "isnad.test.review-openapi.up";
    private static HttpServer review;

    private static int fetches() {
        return Integer.parseInt(System.getProperty(FETCHES_KEY, "0"));
    }

    private static synchronized void countFetch() {
        System.setProperty(FETCHES_KEY, Integer.toString(fetches() + 1));
    }

    private static boolean reviewUp() {
        return !"false".equals(System.getProperty(UP_KEY));
    }

    private static void reviewUp(boolean up) {
        System.setProperty(UP_KEY, Boolean.toString(up));
    }

    private static final String REVIEW_DOCUMENT = """
            {"openapi":"3.1.0","info":{"title":"review-service","version":"1"},
             "servers":[{"url":"http://127.0.0.1:8083"}],
             "paths":{"/api/v1/claims/{id}/claimreview":{"get":{"summary":"ClaimReview","responses":{"200":{
                        "content":{"application/ld+json":{"schema":{"$ref":"#/components/schemas/ClaimReview"}}}}}}},
                      "/api/v1/queues":{"get":{"summary":"queues"}},
                      "/api/v1/articles":{"post":{"summary":"not review's to document"}},
                      "/q/health":{"get":{}}},
             "components":{"schemas":{"ClaimReview":{"type":"object"}}},
             "tags":[{"name":"Claims"}]}""";

    public static class WithReview implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                review = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            review.createContext("/q/openapi", exchange -> {
                countFetch();
                boolean reviewUp = reviewUp();
                byte[] body = REVIEW_DOCUMENT.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(reviewUp ? 200 : 503, reviewUp ? body.length : -1);
                if (reviewUp) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
                exchange.close();
            });
            review.start();
            return Map.of("isnad.gateway.review-url", "http://127.0.0.1:" + review.getAddress().getPort(),
                    "isnad.gateway.openapi.refresh-interval", "4s");
        }
    }

    @Test
    void takesTheServicesPublicPathsCachesThemAndKeepsTheLastCopyWhenItIsDown() throws Exception {
        reviewUp(true);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/claims/{id}/claimreview'.get.summary", equalTo("ClaimReview"))
                .body("paths.'/api/v1/queues'.get", notNullValue())
                .body("paths.'/api/v1/articles'", nullValue())
                .body("paths.'/q/health'", nullValue())
                .body("paths.'/api/v1/webhooks'.post", notNullValue())
                .body("components.schemas.ClaimReview.type", equalTo("object"))
                .body("tags.name", hasItem("Claims"))
                .body("servers[0].url", equalTo("/"))
                .body("'x-isnad-merge'.unavailable", not(hasItem("review")))
                .body("'x-isnad-merge'.stale", empty());
        int fetched = fetches();
        assertTrue(fetched >= 1, "review's document was fetched");
        given().get("/q/openapi?format=json").then().statusCode(200);
        assertEquals(fetched, fetches(), "a fresh copy is reused within the refresh interval");

        reviewUp(false);
        Thread.sleep(4200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/claims/{id}/claimreview'", notNullValue())
                .body("'x-isnad-merge'.stale", hasItem("review"));
        assertTrue(fetches() > fetched, "an old copy is fetched again");
        reviewUp(true);
    }
}
