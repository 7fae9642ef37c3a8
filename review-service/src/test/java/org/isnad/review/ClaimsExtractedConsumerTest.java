package org.isnad.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;
import org.isnad.events.v1.ArticleContextV1;
import org.isnad.events.v1.ArticleIngestedV1;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Keycloak;
import org.isnad.testsupport.Rabbit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** claims.extracted through the real broker: stored once, however often and under whatever id it arrives. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ClaimsExtractedConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final String DLQ = "review.claims-extracted.dlq";

    @Inject
    MeterRegistry registry;

    @Inject
    TestDb db;

    @Test
    void storesEachClaimOnceWhateverTheRedelivery() {
        UUID articleId = UUID.randomUUID();
        ClaimsExtractedV1 data = Articles.many(articleId, "outlet-" + articleId, 3);
        CloudEvent<ClaimsExtractedV1> event = Articles.event(data);
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.publish("claims.extracted", EventCodec.encode(event));
            await().atMost(TIMEOUT).alias("3 claims of the article").until(() -> total(articleId) == 3);

            double handled = handled();
            // the same event again, and a replay under a new CloudEvent id whose article context changed
            rabbit.publish("claims.extracted", EventCodec.encode(event));
            ClaimsExtractedV1 retitled = new ClaimsExtractedV1(articleId, new ArticleContextV1(
                    "عنوان محدث", data.article().text(), "ar", data.article().url(), data.article().outlet(),
                    data.article().publishedAt()), data.extraction());
            rabbit.publish("claims.extracted", EventCodec.encode(Articles.event(retitled)));
            await().atMost(TIMEOUT).alias("both redeliveries handled").until(() -> handled() >= handled + 2);
        }
        assertEquals(3, total(articleId));
        assertEquals(3, db.count("select count(*) from claim where article_id = ?1", articleId));

        UUID first = data.extraction().claims().getFirst().id();
        given().header("Authorization", Keycloak.bearer("reviewer1"))
                .get("/api/v1/claims/{id}", first)
                .then().statusCode(200)
                .body("article.title", equalTo("عنوان محدث"))
                .body("status", equalTo("NEW"))
                .body("reviewsRequired", equalTo(2));
    }

    @Test
    void poisonMessagesAreDeadLetteredAndTheConsumerKeepsGoing() {
        UUID validArticle = UUID.randomUUID();
        UUID badArticle = UUID.randomUUID();
        ClaimsExtractedV1 good = Articles.many(badArticle, "outlet-bad", 2);
        ExtractionV1.ClaimV1 claim = good.extraction().claims().getFirst();
        // offsets past the end of the article text: impossible, so dead-lettered rather than retried
        ExtractionV1.ClaimV1 broken = new ExtractionV1.ClaimV1(claim.id(), claim.text(), claim.start(),
                good.article().text().length() + 10, claim.checkworthiness(), claim.checkworthinessFeatures(),
                claim.attribution(), claim.quantities(), claim.entityRefs());
        ClaimsExtractedV1 bad = new ClaimsExtractedV1(badArticle, good.article(), new ExtractionV1("ar", "x/1",
                List.of(), List.of(broken), List.of()));
        CloudEvent<ArticleIngestedV1> ingested = CloudEvent.create(EventType.ARTICLE_INGESTED, "/isnad/test",
                validArticle.toString(), new ArticleIngestedV1(validArticle, "t", "x", "ar", null, null, null, "h"));
        String wrongType = EventCodec.encode(ingested);
        String wrongTypeId = ingested.id();
        String marker = "garbage-" + UUID.randomUUID();

        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.drain(DLQ);
            rabbit.publish("claims.extracted", "\u0001\u0002 not json at all " + marker);
            rabbit.publish("claims.extracted", wrongType);
            rabbit.publish("claims.extracted", EventCodec.encode(Articles.event(bad)));
            rabbit.publish("claims.extracted",
                    EventCodec.encode(Articles.event(Articles.many(validArticle, "outlet-ok", 2))));

            await().atMost(TIMEOUT).alias("the valid event after the poison ones").until(() -> total(validArticle) == 2);
            // other test runs may share the test vhost: look for our three, not for exactly three
            List<String> dead = new ArrayList<>();
            await().atMost(TIMEOUT).alias("our 3 messages in " + DLQ).until(() -> {
                dead.addAll(rabbit.drain(DLQ));
                return dead.stream().anyMatch(body -> body.contains(marker))
                        && dead.stream().anyMatch(body -> body.contains(wrongTypeId))
                        && dead.stream().anyMatch(body -> body.contains(badArticle.toString()));
            });
        }
        assertEquals(0, total(badArticle));
    }

    private static int total(UUID articleId) {
        Response response = given().header("Authorization", Keycloak.bearer("reviewer1"))
                .queryParam("articleId", articleId)
                .get("/api/v1/claims");
        assertEquals(200, response.statusCode(), response.asString());
        return response.path("total");
    }

    private double handled() {
        Counter counter = registry.find("isnad.events.consumed")
                .tags("type", "claims.extracted", "outcome", "handled").counter();
        return counter == null ? 0 : counter.count();
    }
}
