package org.isnad.ingestion.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.isnad.common.messaging.IncomingEvents;
import org.isnad.events.EventType;
import org.isnad.ingestion.service.ExtractionStatusService;

import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class ExtractionOutcomeConsumer {

    private final IncomingEvents incoming;
    private final ExtractionStatusService status;

    public ExtractionOutcomeConsumer(IncomingEvents incoming, ExtractionStatusService status) {
        this.incoming = incoming;
        this.status = status;
    }

    @Incoming("claims-extracted")
    @Blocking
    public CompletionStage<Void> onClaimsExtracted(Message<?> message) {
        return incoming.handle(message, EventType.CLAIMS_EXTRACTED, status::extracted);
    }

    @Incoming("article-failed")
    @Blocking
    public CompletionStage<Void> onArticleFailed(Message<?> message) {
        return incoming.handle(message, EventType.ARTICLE_FAILED, status::failed);
    }
}
