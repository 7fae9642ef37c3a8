package org.isnad.extraction.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.isnad.common.messaging.IncomingEvents;
import org.isnad.events.EventType;
import org.isnad.extraction.service.ExtractionService;

import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class ArticleIngestedConsumer {

    private final IncomingEvents incoming;
    private final ExtractionService extraction;

    public ArticleIngestedConsumer(IncomingEvents incoming, ExtractionService extraction) {
        this.incoming = incoming;
        this.extraction = extraction;
    }

    @Incoming("article-ingested")
    @Blocking(ordered = false)
    public CompletionStage<Void> onArticleIngested(Message<?> message) {
        return incoming.handle(message, EventType.ARTICLE_INGESTED, extraction::onArticleIngested);
    }
}
