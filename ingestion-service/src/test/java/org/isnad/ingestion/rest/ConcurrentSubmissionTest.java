package org.isnad.ingestion.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.ingestion.repository.ArticleRepository;
import org.isnad.ingestion.service.TextFingerprint;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same text submitted by several callers at once is stored once; the others learn it is a duplicate. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ConcurrentSubmissionTest {

    @Inject
    ArticleRepository articles;

    @Test
    void racingIdenticalSubmissionsStoreOneArticle() throws Exception {
        String body = "نص متزامن " + UUID.randomUUID() + "\nقال المتحدث إن العدد بلغ 12.";
        String bearer = Keycloak.bearer("ingest1");
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Callable<Response>> submissions = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            submissions.add(() -> given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body(Map.of("title", "سباق", "body", body)).post("/api/v1/articles"));
        }
        int accepted = 0;
        Set<String> ids = new HashSet<>();
        try {
            for (Future<Response> future : pool.invokeAll(submissions)) {
                Response response = future.get();
                if (response.statusCode() == 202) {
                    accepted++;
                } else {
                    assertEquals(200, response.statusCode(), response.asString());
                    assertEquals(response.<String>path("id"), response.path("duplicateOf"));
                }
                ids.add(response.path("id"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, accepted, "exactly one caller created the article");
        assertEquals(1, ids.size(), "every caller got the same article id");
        String hash = TextFingerprint.contentHash(body.replace("\n", "\n\n"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> articles.count("contentHash", hash)));
    }
}
