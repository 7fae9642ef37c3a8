package org.isnad.e2e;

import io.restassured.http.ContentType;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;
import org.isnad.events.v1.ArticleIngestedV1;
import org.isnad.testsupport.Rabbit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redelivery, poison messages and a broker outage, on the real RabbitMQ between the real services. */
class MessagingResilienceIT {

    private static final String TEXT = "قالت مصادر ميدانية إن اشتباكات عنيفة اندلعت في ريف دير الزور الشرقي.\n\n"
            + "وأكد المرصد أن حصيلة القتلى بلغت 17 شخصاً على الأقل بينهم مدنيون.\n\n"
            + "ونفى مجلس دير الزور العسكري هذه الأرقام، مؤكداً أن قتيلين فقط سقطا في المواجهات.";

    @Test
    void theSameEventDeliveredTwiceOrReplayedYieldsOneSetOfClaims() {
        UUID articleId = UUID.randomUUID();
        ArticleIngestedV1 article = new ArticleIngestedV1(articleId, "اشتباكات في دير الزور", TEXT + " " + articleId,
                "ar", null, "e2e", null, "0".repeat(64));
        CloudEvent<ArticleIngestedV1> event = CloudEvent.create(EventType.ARTICLE_INGESTED, "/isnad/e2e",
                articleId.toString(), article);
        try (Rabbit rabbit = Rabbit.connect()) {
            String wire = EventCodec.encode(event);
            rabbit.publish("article.ingested", wire);
            rabbit.publish("article.ingested", wire);
            // a replay under a new event id is the same article too
            rabbit.publish("article.ingested", EventCodec.encode(CloudEvent.create(EventType.ARTICLE_INGESTED,
                    "/isnad/e2e", articleId.toString(), article)));
        }
        String claimsOfArticle = "select count(*) from review.claim where article_id = '" + articleId + "'";
        await().atMost(Duration.ofSeconds(30)).until(() -> Platform.count(claimsOfArticle) > 0);
        long claims = Platform.count(claimsOfArticle);
        // give every redelivery time to be handled before checking nothing was added
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> Platform.count("select count(*) from extraction.extraction where article_id = '"
                        + articleId + "'") == 1);
        assertEquals(claims, Platform.count(claimsOfArticle));
        assertEquals(claims, Platform.count("select claim_count from extraction.extraction where article_id = '"
                + articleId + "'"), "review holds exactly the claims extraction found, once");
    }

    @Test
    void aPoisonMessageIsDeadLetteredAndTheConsumerKeepsGoing() {
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.drain("extraction.article-ingested.dlq");
            rabbit.publish("article.ingested", "{\"this is\": not a cloud event");
            rabbit.publish("article.ingested", "{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/e2e\","
                    + "\"type\":\"org.isnad.article.ingested.v1\",\"data\":{\"title\":\"no id, no text\"}}");
            await().atMost(Duration.ofSeconds(20)).until(() -> rabbit.count("extraction.article-ingested.dlq") == 2);
        }
        String articleId = Platform.as("ingest1").contentType(ContentType.JSON).body(Articles.arabic())
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Platform.as("ingest1").get("/api/v1/articles/" + articleId).path("status"),
                        "EXTRACTED"::equals);
    }

    @Test
    void anArticlePostedWhileTheBrokerIsDownIsPublishedAfterItReturns() {
        Platform.rabbitmqctl("stop_app");
        String articleId;
        try {
            articleId = Platform.as("ingest1").contentType(ContentType.JSON).body(Articles.arabic())
                    .post("/api/v1/articles").then().statusCode(202).extract().path("id");
            long waiting = Platform.count("select count(*) from ingestion.outbox where published_at is null"
                    + " and subject = '" + articleId + "'");
            assertEquals(1, waiting, "the event waits in the outbox while the broker is away");
            assertEquals("RECEIVED", Platform.as("ingest1").get("/api/v1/articles/" + articleId).path("status"));
        } finally {
            Platform.rabbitmqctl("start_app");
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> Platform.as("ingest1").get("/api/v1/articles/" + articleId).path("status"),
                        "EXTRACTED"::equals);
        assertTrue(Platform.count("select count(*) from ingestion.outbox where published_at is null and subject = '"
                + articleId + "'") == 0);
    }
}
