package org.isnad.review.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.isnad.common.messaging.IncomingEvents;
import org.isnad.events.EventType;
import org.isnad.review.service.ClaimIngestService;

import java.util.concurrent.CompletionStage;

/** {@code claims.extracted} from queue {@code review.claims-extracted}; bad events end in its {@code .dlq}. */
@ApplicationScoped
public class ClaimsExtractedConsumer {

    private final IncomingEvents incoming;
    private final ClaimIngestService ingest;

    public ClaimsExtractedConsumer(IncomingEvents incoming, ClaimIngestService ingest) {
        this.incoming = incoming;
        this.ingest = ingest;
    }

    @Incoming("claims-extracted")
    @Blocking
    public CompletionStage<Void> onClaimsExtracted(Message<?> message) {
        return incoming.handle(message, EventType.CLAIMS_EXTRACTED, ingest::ingest);
    }
}
