package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stored, versioned rubric: role matrix, versioning, definition validation, and review signals checked against
 * the active rubric. New versions posted here are the current definition with changed labels, so the rubric other
 * tests review against keeps the same signals.
 */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class RubricTest {

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    private static Response post(RequestSpecification spec, Object body) {
        return spec.contentType(ContentType.JSON).body(body).post("/api/v1/rubrics");
    }

    private static Map<String, Object> currentDefinition() {
        return Api.as("admin1").get("/api/v1/rubrics/current").then().statusCode(200).extract().path("definition");
    }

    @Test
    void defaultRubricIsSeededWithBothLanguages() {
        Api.as("reviewer1").get("/api/v1/rubrics/current").then().statusCode(200)
                .body("active", equalTo(true))
                .body("definition.items.key", hasItems("sourcing", "evidence"))
                .body("definition.items.find { it.key == 'sourcing' }.levels", hasSize(5))
                .body("definition.items.find { it.key == 'sourcing' }.levels[0].label.en",
                        equalTo("No source, or a single anonymous source"))
                .body("definition.items.find { it.key == 'sourcing' }.signals.key", hasItems("sourceTypeConfirmed",
                        "independentSources", "anonymousDependency", "anonymousMotivationGiven",
                        "wireOrPrimaryDocumentsCited"))
                .body("definition.items.find { it.key == 'evidence' }.signals.find { it.key == 'evidenceTypes' }"
                        + ".options.value", hasItems("documents", "imagery", "officialData", "eyewitness", "expert",
                        "none"))
                .body("definition.verdicts.value", hasItems("TRUE", "MOSTLY_TRUE", "MISLEADING", "MOSTLY_FALSE",
                        "FALSE", "UNVERIFIABLE", "OPINION"))
                .body("definition.verdicts.find { it.value == 'FALSE' }.label.ar", equalTo("خاطئ"));
        Api.as("editor1").get("/api/v1/rubrics/1").then().statusCode(200).body("version", equalTo(1))
                .body("createdBy", equalTo("system"));
    }

    @Test
    void roleMatrix() {
        List<Function<RequestSpecification, Response>> reads = List.of(
                r -> r.get("/api/v1/rubrics/current"), r -> r.get("/api/v1/rubrics/1"));
        Function<RequestSpecification, Response> create = r -> post(r, Map.of("items", List.of()));
        for (String user : List.of("reviewer1", "editor1", "admin1")) {
            for (var read : reads) {
                read.apply(Api.as(user)).then().statusCode(200);
            }
        }
        for (String user : List.of("reviewer1", "editor1")) {
            create.apply(Api.as(user)).then().statusCode(403).contentType("application/problem+json");
        }
        for (String bearer : List.of(Keycloak.bearer("ingest1"), "Bearer " + Keycloak.partnerToken())) {
            for (var call : List.of(reads.get(0), reads.get(1), create)) {
                call.apply(given().header("Authorization", bearer)).then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://isnad.org/problems/forbidden"));
            }
        }
        for (var call : List.of(reads.get(0), reads.get(1), create)) {
            call.apply(given()).then().statusCode(401).contentType("application/problem+json");
        }
        Api.as("reviewer1").get("/api/v1/rubrics/99999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void adminCreatesTheNextActiveVersionAndOldVersionsStayReadable() {
        int before = Api.as("admin1").get("/api/v1/rubrics/current").then().statusCode(200).extract().path("version");
        long audits = db.count("select count(*) from audit_event where action = 'RUBRIC_CHANGED'");
        Map<String, Object> definition = currentDefinition();
        item(definition, "sourcing").put("label", Map.of("ar", "المصادر", "en", "Sources (revised)"));

        post(Api.as("admin1"), definition).then().statusCode(201)
                .body("version", equalTo(before + 1)).body("active", equalTo(true))
                .body("createdBy", equalTo("admin1"))
                .body("definition.items.find { it.key == 'sourcing' }.label.en", equalTo("Sources (revised)"));
        Api.as("reviewer1").get("/api/v1/rubrics/current").then().statusCode(200)
                .body("version", equalTo(before + 1))
                .body("definition.items.find { it.key == 'sourcing' }.label.en", equalTo("Sources (revised)"));
        Api.as("reviewer1").get("/api/v1/rubrics/{v}", before).then().statusCode(200)
                .body("version", equalTo(before)).body("active", equalTo(false));
        assertEquals(1, db.count("select count(*) from rubric where active"));
        assertEquals(audits + 1, db.count("select count(*) from audit_event where action = 'RUBRIC_CHANGED'"));
        assertEquals(1, db.count("select count(*) from audit_event where action = 'RUBRIC_CHANGED' "
                + "and actor = 'admin1' and (detail ->> 'version')::int = ?1", before + 1));
    }

    @Test
    void invalidDefinitionsAre400AndStoreNothing() {
        List<Consumer<Map<String, Object>>> breakages = List.of(
                d -> d.remove("items"),
                d -> d.remove("verdicts"),
                d -> item(d, "sourcing").put("levels", ((List<?>) item(d, "sourcing").get("levels")).subList(0, 4)),
                d -> level(d, "evidence", 2).put("label", Map.of("ar", "دليل جزئي")),
                d -> level(d, "evidence", 2).put("value", 7),
                d -> item(d, "sourcing").put("label", Map.of("en", "Sourcing")),
                d -> signal(d, "sourcing", 0).put("kind", "colour"),
                d -> signal(d, "sourcing", 1).remove("max"),
                d -> signal(d, "sourcing", 0).put("options", List.of()),
                d -> signal(d, "sourcing", 1).put("label", Map.of("ar", "", "en", "x")),
                d -> signal(d, "evidence", 0).put("key", "independentSources"),
                d -> ((List<Object>) d.get("items")).remove(1),
                d -> ((List<Object>) d.get("verdicts")).remove(0),
                d -> ((Map<String, Object>) ((List<Object>) d.get("verdicts")).get(0)).put("value", "PANTS_ON_FIRE"));
        long rubrics = db.count("select count(*) from rubric");
        long audits = db.count("select count(*) from audit_event where action = 'RUBRIC_CHANGED'");
        for (int i = 0; i < breakages.size(); i++) {
            Map<String, Object> definition = currentDefinition();
            breakages.get(i).accept(definition);
            post(Api.as("admin1"), definition).then().statusCode(400).contentType("application/problem+json");
        }
        post(Api.as("admin1"), List.of(1, 2)).then().statusCode(400).contentType("application/problem+json");
        assertEquals(rubrics, db.count("select count(*) from rubric"));
        assertEquals(audits, db.count("select count(*) from audit_event where action = 'RUBRIC_CHANGED'"));
    }

    @Test
    void reviewSignalsAreCheckedAgainstTheActiveRubricAndItsVersionStored() {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, 1);
        ingest.ingest(Articles.event(data));
        UUID claimId = Api.claimIdOf(Api.lease("reviewer1", queue).then().statusCode(200).extract().response());

        List<Map<String, Object>> badSignals = List.of(
                Map.of("noSuchSignal", true),
                Map.of("independentSources", 21),
                Map.of("independentSources", "3"),
                Map.of("anonymousMotivationGiven", "yes"),
                Map.of("sourceTypeConfirmed", "ALIEN"),
                Map.of("anonymousDependency", "many"),
                Map.of("evidenceTypes", List.of("documents", "rumour")),
                Map.of("evidenceTypes", "documents"));
        for (Map<String, Object> signals : badSignals) {
            Map<String, Object> body = new HashMap<>(Api.reviewBody("FALSE", 2, 2));
            body.put("signals", signals);
            Api.review("reviewer1", claimId, body).then().statusCode(400).contentType("application/problem+json");
        }
        assertEquals(0, db.count("select count(*) from review where claim_id = ?1", claimId));
        assertEquals(List.of(), db.auditActions(claimId).stream().filter("REVIEW_SUBMITTED"::equals).toList());

        int version = Api.as("reviewer1").get("/api/v1/rubrics/current").then().extract().path("version");
        Map<String, Object> body = new HashMap<>(Api.reviewBody("FALSE", 2, 2));
        body.put("signals", Map.of("sourceTypeConfirmed", "ANONYMOUS", "independentSources", 0,
                "anonymousDependency", "one", "anonymousMotivationGiven", false,
                "wireOrPrimaryDocumentsCited", false, "evidenceTypes", List.of("documents", "officialData"),
                "numbersChecked", true));
        Api.review("reviewer1", claimId, body).then().statusCode(201)
                .body("rubricVersion", equalTo(version))
                .body("signals.evidenceTypes", hasSize(2));
        assertEquals(version, db.count("select rubric_version from review where claim_id = ?1", claimId));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> definition, String key) {
        return ((List<Map<String, Object>>) definition.get("items")).stream()
                .filter(i -> key.equals(i.get("key"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> level(Map<String, Object> definition, String key, int index) {
        return ((List<Map<String, Object>>) item(definition, key).get("levels")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> signal(Map<String, Object> definition, String key, int index) {
        return ((List<Map<String, Object>>) item(definition, key).get("signals")).get(index);
    }
}
