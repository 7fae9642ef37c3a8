package org.isnad.extraction.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.isnad.common.outbox.OutboxMessage;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;
import org.isnad.events.v1.ArticleIngestedV1;
import org.isnad.events.v1.ClaimsExtractedV1;
import jakarta.inject.Inject;
import org.isnad.extraction.repository.ExtractionRepository;
import org.isnad.testsupport.CleanTestQueues;
import org.isnad.testsupport.Rabbit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** article.ingested from the real broker: one extraction and one claims.extracted per article and engine. */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class ArticleIngestedConsumerTest {

    @Inject
    ExtractionRepository extractions;

    private static final String TEXT = "قال المتحدث باسم الوزارة إن 40 شخصاً أصيبوا في الحادث.\n\n"
            + "وأكدت مصادر محلية أن الحريق اندلع في مستودع للوقود قرب المدينة.";

    @Test
    void redeliveredAndReplayedEventsProduceOneExtraction() {
        UUID articleId = UUID.randomUUID();
        ArticleIngestedV1 article = new ArticleIngestedV1(articleId, "حريق", TEXT, "ar", null, null, null,
                "0".repeat(64));
        CloudEvent<ArticleIngestedV1> first = CloudEvent.create(EventType.ARTICLE_INGESTED, "/isnad/test",
                articleId.toString(), article);
        CloudEvent<ArticleIngestedV1> replay = CloudEvent.create(EventType.ARTICLE_INGESTED, "/isnad/test",
                articleId.toString(), article);
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.publish("article.ingested", EventCodec.encode(first));
            rabbit.publish("article.ingested", EventCodec.encode(first));
            rabbit.publish("article.ingested", EventCodec.encode(replay));
        }
        // every delivery has been handled once the inbox holds both event ids
        await().atMost(Duration.ofSeconds(20)).until(() -> handled(first.id()) && handled(replay.id()));
        assertEquals(1, events(articleId));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> extractions.count("key.articleId",
                articleId)));
        String payload = QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.<OutboxMessage>find("subject", articleId.toString()).firstResult().payload);
        CloudEvent<ClaimsExtractedV1> event = EventCodec.decode(payload, EventType.CLAIMS_EXTRACTED);
        assertFalse(event.data().extraction().claims().isEmpty());
        event.data().extraction().claims().forEach(claim ->
                assertEquals(claim.text(), TEXT.substring(claim.start(), claim.end())));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterQueue() {
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.drain("extraction.article-ingested.dlq");
            rabbit.publish("article.ingested", "\u0000\u0001 binary garbage");
            await().atMost(Duration.ofSeconds(15)).until(() -> rabbit.count("extraction.article-ingested.dlq") == 1);
        }
        redeliveredAndReplayedEventsProduceOneExtraction();
    }

    private static boolean handled(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) OutboxMessage.getEntityManager()
                .createNativeQuery("select count(*) from inbox where event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue() == 1);
    }

    private static long events(UUID articleId) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxMessage.count("subject = ?1 and routingKey = 'claims.extracted'", articleId.toString()));
    }
}
