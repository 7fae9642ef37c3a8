package org.isnad.e2e;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.UUID;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every public endpoint refuses an anonymous caller with 401 and a signed-in caller without the role with 403,
 * both as problem+json, through the gateway with real tokens.
 */
class SecurityMatrixIT {

    private static final String SOME_ID = UUID.randomUUID().toString();

    /** method, path, a user whose roles do not allow it (null: every signed-in user may call it) */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/articles", "reviewer1"),
                Arguments.of("POST", "/api/v1/articles/batch", "reviewer1"),
                Arguments.of("GET", "/api/v1/articles/" + SOME_ID, null),
                Arguments.of("POST", "/api/v1/extractions", null),
                Arguments.of("GET", "/api/v1/claims", "ingest1"),
                Arguments.of("GET", "/api/v1/claims/" + SOME_ID, "ingest1"),
                Arguments.of("GET", "/api/v1/queues", "ingest1"),
                Arguments.of("POST", "/api/v1/queues/all/lease", "ingest1"),
                Arguments.of("POST", "/api/v1/claims/" + SOME_ID + "/reviews", "ingest1"),
                Arguments.of("POST", "/api/v1/claims/" + SOME_ID + "/verdict", "reviewer1"),
                Arguments.of("GET", "/api/v1/claims/" + SOME_ID + "/claimreview", null),
                Arguments.of("POST", "/api/v1/leases/" + SOME_ID + "/renew", "ingest1"),
                Arguments.of("POST", "/api/v1/leases/" + SOME_ID + "/release", "ingest1"),
                Arguments.of("GET", "/api/v1/stats/agreement", "reviewer1"),
                Arguments.of("GET", "/api/v1/rubrics/current", "ingest1"),
                Arguments.of("POST", "/api/v1/rubrics", "editor1"),
                Arguments.of("GET", "/api/v1/queues/all", "ingest1"),
                Arguments.of("PUT", "/api/v1/queues/e2e-matrix", "editor1"),
                Arguments.of("DELETE", "/api/v1/queues/e2e-matrix", "reviewer1"),
                Arguments.of("GET", "/api/v1/audit", "editor1"),
                Arguments.of("GET", "/api/v1/reviews/mine", "ingest1"),
                Arguments.of("GET", "/api/v1/stats/dashboard", "reviewer1"),
                Arguments.of("POST", "/api/v1/webhooks", "reviewer1"),
                Arguments.of("GET", "/api/v1/webhooks", "editor1"),
                Arguments.of("DELETE", "/api/v1/webhooks/" + SOME_ID, "ingest1"),
                Arguments.of("GET", "/api/v1/webhooks/" + SOME_ID + "/deliveries", "reviewer1"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void anonymousCallerGets401(String method, String path, String forbiddenUser) {
        send(Platform.anonymous(), method, path)
                .then().statusCode(401).contentType(containsString("application/problem+json"))
                .body("status", equalTo(401));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void callerWithoutTheRoleGets403(String method, String path, String forbiddenUser) {
        if (forbiddenUser == null) {
            return; // any signed-in caller may use it: nothing to forbid
        }
        send(Platform.as(forbiddenUser), method, path)
                .then().statusCode(403).contentType(containsString("application/problem+json"))
                .body("status", equalTo(403));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void partnerMayNotReviewOrReadQueues(String method, String path, String forbiddenUser) {
        if (path.endsWith("/claimreview") || path.contains("/webhooks")
                || !path.contains("claims") && !path.contains("queues") && !path.contains("leases")
                && !path.contains("stats") && !path.contains("rubrics") && !path.endsWith("batch")
                && !path.contains("audit") && !path.contains("reviews")) {
            return; // partners may submit articles, read articles and published ClaimReviews
        }
        send(Platform.asPartner(), method, path).then().statusCode(403);
    }

    private static io.restassured.response.Response send(RequestSpecification request, String method, String path) {
        if (!method.equals("POST") && !method.equals("PUT")) {
            return request.request(method, path);
        }
        RequestSpecification withBody = path.endsWith("/batch")
                ? request.contentType("application/x-ndjson").body("{}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : request.contentType(ContentType.JSON).body("{}");
        return withBody.request(method, path);
    }
}
