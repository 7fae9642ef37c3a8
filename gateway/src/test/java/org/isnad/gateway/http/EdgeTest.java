package org.isnad.gateway.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.isnad.gateway.service.ApiForwarder;
import org.isnad.testsupport.Keycloak;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Security headers, CORS and request ids on whatever the gateway answers (EchoUpstream plays the services). */
@QuarkusTest
class EdgeTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/q/health/live", "/api/v1/webhooks", "/no-such-page", "/q/openapi")) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("default-src 'self'"))
                    .header("Content-Security-Policy", containsString("script-src 'self';"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Frame-Options", "DENY")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void strictTransportSecurityOnlyBehindTls() {
        given().header("X-Forwarded-Proto", "https").get("/q/health/live").then()
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().header("X-Forwarded-Proto", "http").get("/q/health/live").then()
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void swaggerUiIsServedWithItsOwnRelaxedPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void aCallersRequestIdIsEchoedAndForwardedAndABadOneReplaced() {
        given().header("Authorization", Keycloak.bearer("ingest1")).header("X-Request-Id", "partner-42.a:b")
                .contentType(ContentType.JSON).body("{}").post("/api/v1/articles")
                .then().statusCode(202).header("X-Request-Id", "partner-42.a:b")
                .body("requestId", equalTo("partner-42.a:b"));
        String generated = given().header("Authorization", Keycloak.bearer("ingest1"))
                .contentType(ContentType.JSON).body("{}").post("/api/v1/articles")
                .then().statusCode(202).header("X-Request-Id", matchesPattern(UUID)).extract().header("X-Request-Id");
        given().header("Authorization", Keycloak.bearer("ingest1")).header("X-Request-Id", generated)
                .contentType(ContentType.JSON).body("{}").post("/api/v1/articles")
                .then().body("requestId", equalTo(generated));
        given().header("X-Request-Id", "evil\" <script>" + "x".repeat(200)).get("/q/health/live")
                .then().header("X-Request-Id", matchesPattern(UUID));
        given().get("/api/v1/webhooks").then().statusCode(401).header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void theRequestIdIsInTheLogContext() {
        List<String> requestIds = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                // read now, on the logging thread: the record looks the MDC up lazily
                if (record instanceof ExtLogRecord ext) {
                    requestIds.add(String.valueOf(ext.getMdc(EdgeFilter.MDC_KEY)));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ApiForwarder.class.getName());
        logger.addHandler(capture);
        try {
            // review is unreachable in these tests: the forwarder logs a warning while handling this request
            given().header("Authorization", Keycloak.bearer("reviewer1")).header("X-Request-Id", "trace-me-123")
                    .get("/api/v1/queues").then().statusCode(502).header("X-Request-Id", "trace-me-123");
        } finally {
            logger.removeHandler(capture);
        }
        assertTrue(requestIds.contains("trace-me-123"), "request ids in the log records: " + requestIds);
    }

    @Test
    void corsAllowsOnlyTheConfiguredPartnerOrigins() {
        given().header("Origin", "https://partner.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/articles").then()
                .header("Access-Control-Allow-Origin", "https://partner.example")
                .header("Access-Control-Allow-Methods", containsString("POST"));
        given().header("Origin", "https://partner.example").get("/q/health/live").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner.example")
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/articles").then().header("Access-Control-Allow-Origin", nullValue());
        int status = given().header("Origin", "https://evil.example").get("/q/health/live").then()
                .header("Access-Control-Allow-Origin", nullValue()).extract().statusCode();
        assertEquals(403, status, "a cross-origin request from an origin not listed is refused");
    }

    @Test
    void requestIdsAreValidatedStrictly() {
        assertEquals("abc-1", EdgeFilter.requestId("abc-1"));
        assertTrue(EdgeFilter.requestId("a b").matches(UUID));
        assertTrue(EdgeFilter.requestId("").matches(UUID));
        assertTrue(EdgeFilter.requestId(null).matches(UUID));
        assertTrue(EdgeFilter.requestId("x".repeat(101)).matches(UUID));
    }
}
