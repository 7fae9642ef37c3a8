package org.isnad.ingestion.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.isnad.common.outbox.OutboxMessage;
import org.isnad.ingestion.repository.Article;
import org.isnad.ingestion.repository.ArticleRepository;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The article API on real PostgreSQL with real Keycloak tokens. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ArticleResourceTest {

    @Inject
    ArticleRepository articles;

    @Test
    void acceptedArticleIsStoredWithItsEventInTheOutbox() {
        String id = submit(article("الخبر الأول")).then().statusCode(202)
                .body("status", equalTo("RECEIVED")).body("duplicateOf", nullValue())
                .extract().path("id");
        Article stored = QuarkusTransaction.requiringNew().call(() -> articles.findById(UUID.fromString(id)));
        assertEquals("ingest1", stored.submittedBy);
        assertEquals("ar", stored.language);
        long events = QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.count("subject = ?1 and routingKey = 'article.ingested'", id));
        assertEquals(1, events);

        given().header("Authorization", Keycloak.bearer("reviewer1")).get("/api/v1/articles/" + id)
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("claimIds", hasSize(0))
                .body("text", containsString("الخبر الأول"));
    }

    @Test
    void theSameTextAgainIsADuplicateOfTheFirstAndRecordedAsAnAppearance() {
        Map<String, Object> first = article("نص مكرر");
        String id = submit(first).then().statusCode(202).extract().path("id");
        Map<String, Object> copy = Map.of("title", "عنوان آخر", "body", "  نَصّ مكرر " + first.get("body").toString()
                .substring("نص مكرر".length()), "outlet", "منفذ آخر");
        submit(copy).then().statusCode(200).body("duplicateOf", equalTo(id)).body("id", equalTo(id));
        given().header("Authorization", Keycloak.bearer("ingest1")).get("/api/v1/articles/" + id)
                .then().body("appearances", equalTo(1));
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndRefusesADifferentBody() {
        String key = "key-" + UUID.randomUUID();
        Map<String, Object> body = article("مفتاح");
        String id = submit(body, key).then().statusCode(202).extract().path("id");
        submit(body, key).then().statusCode(202).body("id", equalTo(id));
        submit(article("جسم مختلف"), key).then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("https://isnad.org/problems/idempotency-key-reused"));
    }

    @Test
    void htmlSubmissionIsCleanedIntoParagraphs() {
        String unique = UUID.randomUUID().toString();
        String id = submit(Map.of("title", "HTML", "html", "<p>الفقرة الأولى " + unique
                + "</p><script>alert(1)</script><p>الفقرة الثانية</p>")).then().statusCode(202).extract().path("id");
        given().header("Authorization", Keycloak.bearer("ingest1")).get("/api/v1/articles/" + id)
                .then().body("text", equalTo("الفقرة الأولى " + unique + "\n\nالفقرة الثانية"));
    }

    @Test
    void batchStoresEachLineOnItsOwn() {
        String good = "{\"title\":\"سطر\",\"body\":\"" + UUID.randomUUID() + " نص\"}";
        String ndjson = good + "\n{\"title\":\"بلا نص\"}\nnot json\n\n" + good + "\n";
        given().header("Authorization", Keycloak.bearer("ingest1")).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/articles/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1)).body("rejected", equalTo(2))
                .body("items[1].problem.status", equalTo(400)).body("items[2].line", equalTo(3));
    }

    @Test
    void unknownArticleIs404Problem() {
        given().header("Authorization", Keycloak.bearer("reviewer1")).get("/api/v1/articles/" + UUID.randomUUID())
                .then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"malformed", "wrongTypes", "empty", "invalidUtf8", "blankTitle", "both"})
    void badSubmissionIs400ProblemAndStoresNothing(String kind) {
        byte[] body = switch (kind) {
            case "malformed" -> "{\"title\": \"x\", \"body\":".getBytes(StandardCharsets.UTF_8);
            case "wrongTypes" -> "{\"title\": [1], \"body\": 5}".getBytes(StandardCharsets.UTF_8);
            case "empty" -> new byte[0];
            case "invalidUtf8" -> new byte[]{'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xFF, '"', '}'};
            case "blankTitle" -> "{\"title\": \" \", \"body\": \"نص\"}".getBytes(StandardCharsets.UTF_8);
            default -> "{\"title\": \"t\", \"body\": \"نص\", \"html\": \"<p>نص</p>\"}".getBytes(StandardCharsets.UTF_8);
        };
        long before = QuarkusTransaction.requiringNew().call(() -> articles.count());
        given().header("Authorization", Keycloak.bearer("ingest1")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/articles")
                .then().statusCode(400).contentType(containsString("application/problem+json"))
                .body("status", equalTo(400)).body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> articles.count()));
    }

    @Test
    void oversizedBodyIs413Problem() {
        String huge = "{\"title\":\"t\",\"body\":\"" + "ب".repeat(600_000) + "\"}";
        given().header("Authorization", Keycloak.bearer("ingest1")).contentType(ContentType.JSON).body(huge)
                .post("/api/v1/articles")
                .then().statusCode(413).contentType(containsString("application/problem+json"));
    }

    @Test
    void rolesAreEnforcedPerEndpoint() {
        submitAs(null, article("x")).then().statusCode(401).contentType(containsString("application/problem+json"));
        submitAs("reviewer1", article("x")).then().statusCode(403).contentType(containsString("application/problem+json"));
        submitAs("admin1", article("مسموح للمدير")).then().statusCode(202);
        given().header("Authorization", "Bearer " + Keycloak.partnerToken()).contentType(ContentType.JSON)
                .body(article("مسموح للشريك")).post("/api/v1/articles").then().statusCode(202);
        given().header("Authorization", "Bearer " + Keycloak.partnerToken()).contentType("application/x-ndjson")
                .body("{}\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/articles/batch").then().statusCode(403);
        given().contentType("application/x-ndjson").body("{}\n".getBytes(StandardCharsets.UTF_8)).post("/api/v1/articles/batch").then().statusCode(401);
        given().get("/api/v1/articles/" + UUID.randomUUID()).then().statusCode(401);
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/articles/" + UUID.randomUUID())
                .then().statusCode(401);
    }

    private static Map<String, Object> article(String lead) {
        return Map.of("title", "عنوان", "body", lead + " " + UUID.randomUUID() + "\nقال المتحدث إن العدد بلغ 12.",
                "outlet", "سانا", "url", "https://example.invalid/" + UUID.randomUUID());
    }

    private static Response submit(Map<String, Object> body) {
        return submitAs("ingest1", body);
    }

    private static Response submit(Map<String, Object> body, String idempotencyKey) {
        return given().header("Authorization", Keycloak.bearer("ingest1")).header("Idempotency-Key", idempotencyKey)
                .contentType(ContentType.JSON).body(body).post("/api/v1/articles");
    }

    private static Response submitAs(String user, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (user != null) {
            request.header("Authorization", Keycloak.bearer(user));
        }
        return request.post("/api/v1/articles");
    }
}
