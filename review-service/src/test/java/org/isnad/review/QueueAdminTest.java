package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.review.service.LeaseService;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.isnad.review.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Admins define queues through the API; the filters they set decide depth and what leases hand out. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class QueueAdminTest {

    @Inject
    ClaimIngestService ingest;

    @Inject
    LeaseService leases;

    @Inject
    TestDb db;

    private static Map<String, Object> definition(String outlet, Object sourceTypes, Double minCheckworthiness,
                                                  Integer requiredReviews) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("outlet", outlet);
        filters.put("sourceTypes", sourceTypes);
        filters.put("minCheckworthiness", minCheckworthiness);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("ar", "مصادر رسمية ومجهولة", "en", "Official and anonymous sources"));
        body.put("description", Map.of("ar", "ادعاءات منسوبة لجهات رسمية أو مجهولة", "en", "For the sourcing desk"));
        body.put("position", 40);
        body.put("filters", filters);
        body.put("requiredReviews", requiredReviews);
        return body;
    }

    private static Response put(String user, String name, Object body) {
        return as(user).contentType(ContentType.JSON).body(body).put("/api/v1/queues/{name}", name);
    }

    private static String newName() {
        return "q-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long auditCount(String action, String queue) {
        return db.count("select count(*) from audit_event where action = ?1 and detail ->> 'queue' = ?2 and claim_id"
                + " is null and actor = 'admin1'", action, queue);
    }

    @Test
    void anAdminCreatesReplacesAndDeletesAQueueAndEachChangeIsAudited() {
        String name = newName();
        String outlet = "outlet-" + UUID.randomUUID();
        put("admin1", name, definition(outlet, List.of("ANONYMOUS"), 0.5, 3)).then().statusCode(201)
                .header("Location", endsWith("/api/v1/queues/" + name))
                .body("name", equalTo(name))
                .body("title.ar", equalTo("مصادر رسمية ومجهولة"))
                .body("title.en", equalTo("Official and anonymous sources"))
                .body("description.en", equalTo("For the sourcing desk"))
                .body("position", equalTo(40))
                .body("filters.outlet", equalTo(outlet))
                .body("filters.sourceTypes", equalTo(List.of("ANONYMOUS")))
                .body("filters.minCheckworthiness", equalTo(0.5f))
                .body("filters.language", nullValue())
                .body("requiredReviews", equalTo(3))
                .body("depth", equalTo(0));
        as("reviewer1").get("/api/v1/queues/{name}", name).then().statusCode(200)
                .body("name", equalTo(name)).body("requiredReviews", equalTo(3));
        as("reviewer1").get("/api/v1/queues").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.titleEn", equalTo("Official and anonymous sources"));

        put("admin1", name, definition(outlet, List.of("ANONYMOUS", "OFFICIAL"), null, null)).then().statusCode(200)
                .body("filters.sourceTypes", equalTo(List.of("ANONYMOUS", "OFFICIAL")))
                .body("filters.minCheckworthiness", nullValue())
                .body("requiredReviews", nullValue());
        assertEquals(1, auditCount("QUEUE_CREATED", name));
        assertEquals(1, auditCount("QUEUE_UPDATED", name));
        assertEquals(1, db.count("select count(*) from audit_event where action = 'QUEUE_UPDATED'"
                + " and detail ->> 'queue' = ?1 and detail #>> '{previous,minCheckworthiness}' = '0.5'", name));

        as("admin1").delete("/api/v1/queues/{name}", name).then().statusCode(204);
        assertEquals(1, auditCount("QUEUE_DELETED", name));
        as("reviewer1").get("/api/v1/queues/{name}", name).then().statusCode(404)
                .contentType("application/problem+json");
        as("admin1").delete("/api/v1/queues/{name}", name).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theFiltersDecideDepthAndLeasesAlike() {
        String outlet = "outlet-" + UUID.randomUUID();
        List<Articles.Spec> specs = List.of(
                new Articles.Spec("قالت مصادر إن الأسعار ارتفعت عشرة بالمئة.", 0.9, "ANONYMOUS", null),
                new Articles.Spec("قالت مصادر إن الإنتاج تراجع خمسة بالمئة.", 0.3, "ANONYMOUS", null),
                new Articles.Spec("أعلنت الوزارة أن المدارس ستفتح غدا.", 0.8, "OFFICIAL", null),
                new Articles.Spec("قال الوزير إن الرواتب ستزيد.", 0.95, "NAMED_PERSON", null),
                new Articles.Spec("أعلنت الهيئة أن الكهرباء ستعود.", 0.6, "OFFICIAL", null));
        ClaimsExtractedV1 data = Articles.build(UUID.randomUUID(), "خبر", outlet, specs);
        ingest.ingest(Articles.event(data));
        ingest.ingest(Articles.event(Articles.many(UUID.randomUUID(), "other-" + UUID.randomUUID(), 3)));
        Set<UUID> expected = new HashSet<>();
        for (int i : new int[]{0, 2, 4}) {
            expected.add(data.extraction().claims().get(i).id());
        }

        String name = newName();
        put("admin1", name, definition(outlet, List.of("ANONYMOUS", "OFFICIAL"), 0.5, null)).then().statusCode(201)
                .body("depth", equalTo(3));
        as("editor1").get("/api/v1/queues").then().statusCode(200)
                .body("find { it.name == '" + name + "' }.depth", equalTo(3));

        Set<UUID> leased = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            leases.lease(name, "filter-" + i, false).ifPresent(lease -> leased.add(lease.claim().id()));
        }
        assertEquals(expected, leased);
    }

    @Test
    void raisingRequiredReviewsRaisesItOnTheQueuesOpenClaims() {
        String outlet = "outlet-" + UUID.randomUUID();
        ingest.ingest(Articles.event(Articles.many(UUID.randomUUID(), outlet, 4)));
        String name = newName();
        put("admin1", name, definition(outlet, null, null, 4)).then().statusCode(201);
        assertEquals(4, db.count("select count(*) from claim c join article a on a.id = c.article_id"
                + " where a.outlet = ?1 and c.reviews_required = 4", outlet));
        assertEquals(1, db.count("select count(*) from audit_event where action = 'QUEUE_CREATED'"
                + " and detail ->> 'queue' = ?1 and (detail ->> 'claimsRequirementRaised')::int = 4", name));
    }

    @Test
    void theCatchAllQueueCannotBeDeleted() {
        as("admin1").delete("/api/v1/queues/all").then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://isnad.org/problems/default-queue"));
        as("reviewer1").get("/api/v1/queues/all").then().statusCode(200).body("name", equalTo("all"));
    }

    @Test
    void invalidDefinitionsAreRefused() {
        String name = newName();
        Map<String, Object> valid = definition("o", List.of("OFFICIAL"), 0.5, 2);
        List<Map<String, Object>> invalid = List.of(
                with(valid, "title", null),
                with(valid, "title", Map.of("ar", "عنوان")),
                with(valid, "filters", Map.of("sourceTypes", List.of("SOMEONE"))),
                with(valid, "filters", Map.of("sourceTypes", List.of("OFFICIAL", "OFFICIAL"))),
                with(valid, "filters", Map.of("sourceTypes", List.of())),
                with(valid, "filters", Map.of("minCheckworthiness", 1.5)),
                with(valid, "filters", Map.of("language", "Arabic")),
                with(valid, "requiredReviews", 0),
                with(valid, "position", -1),
                with(valid, "description", Map.of("en", "x".repeat(2001))));
        for (Map<String, Object> body : invalid) {
            put("admin1", name, body).then().statusCode(400).contentType("application/problem+json");
        }
        put("admin1", "Not A Name", valid).then().statusCode(400).contentType("application/problem+json");
        as("admin1").contentType(ContentType.JSON).body("{\"title\": ").put("/api/v1/queues/{name}", name).then()
                .statusCode(400).contentType("application/problem+json");
        as("admin1").contentType(ContentType.JSON).put("/api/v1/queues/{name}", name).then()
                .statusCode(400).contentType("application/problem+json");
        as("admin1").get("/api/v1/queues/{name}", name).then().statusCode(404);
        assertEquals(0, db.count("select count(*) from audit_event where detail ->> 'queue' = ?1", name));
    }

    @Test
    void onlyAdminsChangeQueuesAndIngestOrPartnerCannotReadThem() {
        String name = newName();
        Map<String, Object> body = definition("o", null, null, null);
        for (String user : List.of("reviewer1", "editor1")) {
            put(user, name, body).then().statusCode(403).contentType("application/problem+json");
            as(user).delete("/api/v1/queues/{name}", "high-priority").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).put("/api/v1/queues/{name}", name).then().statusCode(401)
                .contentType("application/problem+json");
        given().delete("/api/v1/queues/{name}", "high-priority").then().statusCode(401);
        given().get("/api/v1/queues/{name}", "all").then().statusCode(401);
        as("ingest1").get("/api/v1/queues/{name}", "all").then().statusCode(403);
        given().header("Authorization", "Bearer " + Keycloak.partnerToken())
                .get("/api/v1/queues/{name}", "all").then().statusCode(403);
        as("admin1").get("/api/v1/queues/{name}", "high-priority").then().statusCode(200);
        assertTrue(db.count("select count(*) from queue where name = ?1", name) == 0);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
