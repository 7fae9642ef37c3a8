package org.isnad.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.isnad.common.messaging.Inbox;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;
import org.isnad.events.v1.ClaimVerdictPublishedV1;
import org.jboss.logging.Logger;

/**
 * Turns a published verdict into one pending delivery per subscribed webhook, in one transaction with the inbox
 * row: a redelivered event finds its inbox row (and the unique (webhook, event) key) and adds nothing. Partners
 * receive the CloudEvent without the editor's name (people on the desk are not named to partners).
 */
@ApplicationScoped
public class WebhookFanOut {

    public static final String CONSUMER = "gateway.webhooks";
    private static final Logger LOG = Logger.getLogger(WebhookFanOut.class);

    private final Inbox inbox;
    private final org.isnad.gateway.repository.WebhookRepository repository;

    public WebhookFanOut(Inbox inbox, org.isnad.gateway.repository.WebhookRepository repository) {
        this.inbox = inbox;
        this.repository = repository;
    }

    @Transactional
    public void verdictPublished(CloudEvent<ClaimVerdictPublishedV1> event) {
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("Event %s was already handled", event.id());
            return;
        }
        ClaimVerdictPublishedV1 data = event.data();
        ClaimVerdictPublishedV1 forPartners = new ClaimVerdictPublishedV1(data.claimId(), data.articleId(),
                data.verdict(), data.explanation(), data.explanationEn(), null, data.publishedAt());
        String payload = EventCodec.encode(new CloudEvent<>(event.specversion(), event.id(), event.source(),
                event.type(), event.subject(), event.time(), event.datacontenttype(), forPartners));
        String routingKey = EventType.CLAIM_VERDICT_PUBLISHED.routingKey();
        repository.recordEvent(event.id(), routingKey, payload);
        int deliveries = repository.fanOut(event.id(), routingKey);
        LOG.debugf("Event %s: %d webhook deliveries queued", event.id(), deliveries);
    }
}
