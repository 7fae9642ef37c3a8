package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.review.service.ClaimStemBackfill;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.isnad.review.Api.as;
import static org.isnad.review.Api.claim;
import static org.isnad.review.Api.claimIdOf;
import static org.isnad.review.Api.lease;
import static org.isnad.review.Api.verdictBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims that say the same thing are clustered as they are stored; editors publish one verdict for a cluster. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ClusterTest {

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    @Inject
    ClaimStemBackfill backfill;

    private record Stored(UUID first, UUID paraphrase, UUID denial, String firstOutlet) {
    }

    /**
     * Three articles: a claim, its paraphrase, and its denial. A number unique to this call keeps the claims from
     * matching those of other tests (different numbers never match).
     */
    private Stored storeThree() {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String outlet = "outlet-" + UUID.randomUUID();
        UUID first = store(outlet, "وزارة الصحة السورية تعلن تسجيل " + n + " إصابة جديدة بالكوليرا في حلب");
        UUID paraphrase = store("other-" + UUID.randomUUID(),
                "تسجيل " + n + " إصابة جديدة بالكوليرا في حلب بحسب وزارة الصحة");
        UUID denial = store("third-" + UUID.randomUUID(),
                "وزارة الصحة السورية تنفي تسجيل " + n + " إصابة جديدة بالكوليرا في حلب");
        return new Stored(first, paraphrase, denial, outlet);
    }

    private UUID store(String outlet, String text) {
        return store(outlet, text, 0.8);
    }

    @Test
    void aParaphraseJoinsTheClaimsClusterAndADenialDoesNot() {
        Stored s = storeThree();
        Response detail = claim("reviewer1", s.paraphrase());
        detail.then().statusCode(200)
                .body("cluster.size", equalTo(2))
                .body("cluster.siblings.id", equalTo(List.of(s.first().toString())))
                .body("cluster.siblings[0].outlet", equalTo(s.firstOutlet()))
                .body("cluster.siblings[0].status", equalTo("NEW"))
                .body("cluster.siblings[0].text", equalTo(claim("reviewer1", s.first()).path("text")));
        String cluster = detail.path("cluster.id");
        claim("reviewer1", s.first()).then().statusCode(200).body("cluster.id", equalTo(cluster))
                .body("cluster.siblings.id", equalTo(List.of(s.paraphrase().toString())));
        claim("reviewer1", s.denial()).then().statusCode(200).body("cluster", nullValue());

        as("reviewer2").get("/api/v1/clusters/{id}", cluster).then().statusCode(200)
                .body("id", equalTo(cluster)).body("size", equalTo(2))
                .body("claims.id", equalTo(List.of(s.first().toString(), s.paraphrase().toString())));
    }

    @Test
    void aRedeliveredEventDoesNotClusterItsClaimsAgain() {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        UUID first = store("outlet-" + UUID.randomUUID(), "الجيش يعلن السيطرة على " + n + " قرية في ريف حلب");
        ClaimsExtractedV1 again = Articles.build(UUID.randomUUID(), "خبر", "o-" + UUID.randomUUID(),
                List.of(Articles.Spec.of("سيطر الجيش على " + n + " قرية في ريف حلب", 0.7)));
        ingest.ingest(Articles.event(again));
        ingest.ingest(Articles.event(again));
        UUID paraphrase = again.extraction().claims().getFirst().id();
        String cluster = claim("editor1", paraphrase).then().statusCode(200).body("cluster.size", equalTo(2))
                .extract().path("cluster.id");
        claim("editor1", first).then().body("cluster.id", equalTo(cluster));
        assertEquals(2, db.count("select count(*) from claim where cluster_id = ?1", UUID.fromString(cluster)));
    }

    private UUID store(String outlet, String text, double checkworthiness) {
        ClaimsExtractedV1 data = Articles.build(UUID.randomUUID(), "خبر " + outlet, outlet,
                List.of(Articles.Spec.of(text, checkworthiness)));
        ingest.ingest(Articles.event(data));
        return data.extraction().claims().getFirst().id();
    }

    @Test
    void aClaimManyOutletsRepeatIsLeasedBeforeASlightlyMoreCheckworthyOne() {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, 1);
        UUID single = store(outlet, "وزير الزراعة يقول إن محصول القمح بلغ " + (n + 1) + " طن هذا الموسم", 0.70);
        String repeated = "الدفاع المدني يعلن انتشال " + n + " ضحية من تحت الأنقاض في مدينة جبلة";
        UUID recurring = store(outlet, repeated, 0.66);
        UUID copy1 = store("copy-" + UUID.randomUUID(), "عاجل: " + repeated, 0.50);
        UUID copy2 = store("copy-" + UUID.randomUUID(), repeated + " الساحلية", 0.50);
        claim("editor1", recurring).then().statusCode(200).body("cluster.size", equalTo(3));
        for (UUID member : List.of(recurring, copy1, copy2)) {
            assertEquals(1, db.count("select count(*) from claim where id = ?1 and cluster_size = 3", member));
        }
        assertEquals(1, db.count("select count(*) from claim where id = ?1 and cluster_size = 1", single));

        // 0.66 lifted by a cluster of 3 (0.05 per doubling: 0.739) sorts above the lone 0.70
        assertEquals(recurring, claimIdOf(lease("reviewer1", queue).then().statusCode(200).extract().response()));
        assertEquals(single, claimIdOf(lease("reviewer2", queue).then().statusCode(200).extract().response()));
    }

    @Test
    void claimsStoredBeforeClusteringGetStemsAndBecomeCandidates() {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        String text = "منظمة الصحة العالمية تحذر من انتشار الحصبة بين " + n + " طفل في مخيمات الشمال";
        UUID old = store("outlet-" + UUID.randomUUID(), text, 0.6);
        db.execute("update claim set match_stems = null where id = '" + old + "'"); // as stored before V7
        assertEquals(0, db.count("select count(*) from claim where id = ?1 and match_stems is not null", old));

        assertTrue(backfill.backfill() >= 1);
        assertEquals(1, db.count("select count(*) from claim where id = ?1 and cardinality(match_stems) > 3", old));
        UUID copy = store("copy-" + UUID.randomUUID(), "عاجل: " + text, 0.6);
        claim("editor1", copy).then().statusCode(200).body("cluster.size", equalTo(2))
                .body("cluster.siblings.id", equalTo(List.of(old.toString())));
    }

    @Test
    void anEditorPublishesOneVerdictForTheWholeCluster() {
        Stored s = storeThree();
        String cluster = claim("editor1", s.first()).path("cluster.id");
        as("editor1").contentType(ContentType.JSON).body(verdictBody("FALSE"))
                .post("/api/v1/clusters/{id}/verdict", cluster).then().statusCode(200)
                .body("clusterId", equalTo(cluster)).body("verdict", equalTo("FALSE"))
                .body("claims.claimId", equalTo(List.of(s.first(), s.paraphrase()).stream().map(UUID::toString)
                        .sorted().toList()))
                .body("claims.editor", equalTo(List.of("editor1", "editor1")));
        for (UUID id : List.of(s.first(), s.paraphrase())) {
            claim("editor1", id).then().body("status", equalTo("PUBLISHED")).body("verdict.verdict", equalTo("FALSE"));
            assertEquals(1, db.count("select count(*) from outbox where routing_key = 'claim.verdict-published'"
                    + " and subject = ?1", id.toString()));
            assertEquals(List.of("VERDICT_PUBLISHED"), db.auditActions(id).stream()
                    .filter(a -> a.startsWith("VERDICT")).toList());
        }
        claim("editor1", s.denial()).then().body("status", equalTo("NEW"));
        assertEquals(1, db.count("select count(*) from audit_event where action = 'CLUSTER_VERDICT_PUBLISHED'"
                + " and actor = 'editor1' and detail ->> 'clusterId' = ?1", cluster));
    }

    @Test
    void badRequestsUnknownClustersAndRoles() {
        Stored s = storeThree();
        String cluster = claim("editor1", s.first()).path("cluster.id");
        for (Map<String, Object> body : List.of(Map.<String, Object>of("verdict", "MAYBE", "explanation", "x"),
                Map.<String, Object>of("verdict", "FALSE"))) {
            as("editor1").contentType(ContentType.JSON).body(body).post("/api/v1/clusters/{id}/verdict", cluster)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        as("editor1").contentType(ContentType.JSON).body(verdictBody("TRUE"))
                .post("/api/v1/clusters/{id}/verdict", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as("reviewer1").get("/api/v1/clusters/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        for (String user : List.of("reviewer1", "admin1", "ingest1")) {
            as(user).contentType(ContentType.JSON).body(verdictBody("TRUE"))
                    .post("/api/v1/clusters/{id}/verdict", cluster).then().statusCode(403);
        }
        as("ingest1").get("/api/v1/clusters/{id}", cluster).then().statusCode(403);
        given().header("Authorization", "Bearer " + Keycloak.partnerToken())
                .get("/api/v1/clusters/{id}", cluster).then().statusCode(403);
        given().get("/api/v1/clusters/{id}", cluster).then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(verdictBody("TRUE"))
                .post("/api/v1/clusters/{id}/verdict", cluster).then().statusCode(401);
        claim("editor1", s.first()).then().body("status", equalTo("NEW"));
    }
}
