package org.isnad.review;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.review.Articles.Spec;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.testsupport.CleanTestQueues;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.isnad.review.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Listing, filtering and paging claims; queues and their depth; metrics. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ClaimQueryTest {

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    @Test
    void filtersPagesAndSearchesNormalisedArabic() {
        UUID articleId = UUID.randomUUID();
        ClaimsExtractedV1 data = Articles.build(articleId, "الموازنة العامة", "outlet-" + articleId, List.of(
                new Spec("أعلنت وزارةُ المالية أنّ العجزَ انخفض إلى ٣٪ هذا العام.", 0.8, "OFFICIAL", "وزارةُ المالية"),
                new Spec("وقال مصدر مطلع إن الحكومة ستلغي دعم الوقود.", 0.75, "ANONYMOUS", null),
                new Spec("وأكد الخبير أحمد سالم أن الأسعار ارتفعت.", 0.4, "NAMED_PERSON", null)));
        ingest.ingest(Articles.event(data));
        UUID official = data.extraction().claims().get(0).id();

        as("reviewer1").queryParam("articleId", articleId).get("/api/v1/claims").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items", hasSize(3))
                .body("items[0].id", equalTo(official.toString()))
                .body("items[0].attribution.sourceType", equalTo("OFFICIAL"))
                .body("items.status", everyItem(equalTo("NEW")));
        as("reviewer1").queryParam("articleId", articleId).queryParam("sourceType", "ANONYMOUS")
                .get("/api/v1/claims").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].attribution.source", equalTo(null));
        // no diacritics, plain alef and heh for teh marbuta: still found
        as("reviewer1").queryParam("articleId", articleId).queryParam("q", "اعلنت وزاره المالية")
                .get("/api/v1/claims").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(official.toString()));
        as("reviewer1").queryParam("q", "انخفض الي ٣").get("/api/v1/claims").then().statusCode(200)
                .body("items.id", hasItems(official.toString()));
        as("reviewer1").queryParam("articleId", articleId).queryParam("entity", "وزارةُ المالية")
                .get("/api/v1/claims").then().statusCode(200).body("total", equalTo(1));
        as("reviewer1").queryParam("articleId", articleId).queryParam("status", "CONSENSUS")
                .get("/api/v1/claims").then().statusCode(200).body("total", equalTo(0)).body("items", empty());
        as("reviewer1").queryParam("articleId", articleId).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/claims").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(1)).body("page", equalTo(1));

        for (String[] bad : new String[][]{{"status", "DONE"}, {"sourceType", "RUMOUR"}, {"size", "101"},
                {"size", "0"}, {"page", "-1"}, {"q", "a\u0000"}, {"entity", "\u0000"}, {"articleId", "not-a-uuid"}}) {
            Response response = as("reviewer1").queryParam(bad[0], bad[1])
                    .get("/api/v1/claims");
            int status = response.statusCode();
            assertEquals("application/problem+json", response.contentType(), bad[0]);
            assertEquals(400, status, bad[0] + "=" + bad[1]);
        }

        as("reviewer2").get("/api/v1/claims/{id}", official).then().statusCode(200)
                .body("entities[0].text", equalTo("وزارةُ المالية"))
                .body("quantities[0].value", equalTo(5.0f))
                .body("checkworthinessFeatures.numbers", equalTo(0.5f))
                .body("article.outlet", equalTo("outlet-" + articleId))
                .body("extractorVersion", equalTo("test-extractor/1"));
        String text = as("reviewer2").get("/api/v1/claims/{id}", official).path("article.text");
        int start = data.extraction().claims().get(0).start();
        int end = data.extraction().claims().get(0).end();
        assertEquals(data.extraction().claims().get(0).text(), text.substring(start, end));
    }

    @Test
    void seededQueuesHaveTitlesAndFilters() {
        UUID articleId = UUID.randomUUID();
        ingest.ingest(Articles.event(Articles.build(articleId, "عاجل", "outlet-" + articleId, List.of(
                new Spec("قال مسؤول رفض الكشف عن اسمه إن الاتفاق سيوقع غدا.", 0.95, "ANONYMOUS", null),
                new Spec("قال الوزير إن النمو بلغ ٤٪.", 0.85, "OFFICIAL", null)))));

        as("reviewer3").get("/api/v1/queues").then().statusCode(200)
                .body("name", hasItems("all", "anonymous-sourcing", "high-priority"))
                .body("find { it.name == 'all' }.title", equalTo("كل الادعاءات"))
                .body("find { it.name == 'high-priority' }.depth", greaterThanOrEqualTo(2));
        as("reviewer3").queryParam("lang", "en").get("/api/v1/queues").then().statusCode(200)
                .body("find { it.name == 'anonymous-sourcing' }.title", equalTo("Anonymous sourcing"));

        as("reviewer3").post("/api/v1/queues/anonymous-sourcing/lease").then().statusCode(200)
                .body("claim.attribution.sourceType", equalTo("ANONYMOUS"));
        float checkworthiness = as("reviewer3").post("/api/v1/queues/high-priority/lease").then().statusCode(200)
                .extract().path("claim.checkworthiness");
        assertEquals(true, checkworthiness >= 0.7f, "high-priority leased " + checkworthiness);
    }

    @Test
    void leasesAndReviewsAreCounted() {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, 1);
        ingest.ingest(Articles.event(data));
        Api.lease("reviewer1", queue).then().statusCode(200);
        Api.review("reviewer1", data.extraction().claims().getFirst().id(), Api.reviewBody("MOSTLY_TRUE", 4, 4))
                .then().statusCode(201);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("isnad_review_leases_total{queue=\"" + queue + "\"}"),
                "lease counter");
        assertTrue(metrics.contains("isnad_review_reviews_total{verdict=\"MOSTLY_TRUE\"}"),
                "review counter");
    }
}
