package org.isnad.ingestion.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.isnad.common.messaging.Inbox;
import org.isnad.events.CloudEvent;
import org.isnad.events.v1.ArticleFailedV1;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.ingestion.repository.Article;
import org.isnad.ingestion.repository.ArticleRepository;
import org.isnad.ingestion.repository.ArticleStatus;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Follows extraction's outcome so {@code GET /articles/{id}} can tell a partner where its article stands. */
@ApplicationScoped
public class ExtractionStatusService {

    private static final Logger LOG = Logger.getLogger(ExtractionStatusService.class);

    private final ArticleRepository articles;
    private final Inbox inbox;

    public ExtractionStatusService(ArticleRepository articles, Inbox inbox) {
        this.articles = articles;
        this.inbox = inbox;
    }

    @Transactional
    public void extracted(CloudEvent<ClaimsExtractedV1> event) {
        if (!inbox.firstDelivery("ingestion.claims-extracted", event.id())) {
            return;
        }
        Article article = articles.findById(event.data().articleId());
        if (article == null) {
            LOG.warnf("claims.extracted for unknown article %s ignored", event.data().articleId());
            return;
        }
        article.status = ArticleStatus.EXTRACTED;
        article.failureReason = null;
        article.extractedAt = OffsetDateTime.now(ZoneOffset.UTC);
        article.extractorVersion = event.data().extraction().extractorVersion();
        article.claimIds.clear();
        event.data().extraction().claims().stream().map(ExtractionV1.ClaimV1::id).forEach(article.claimIds::add);
    }

    @Transactional
    public void failed(CloudEvent<ArticleFailedV1> event) {
        if (!inbox.firstDelivery("ingestion.article-failed", event.id())) {
            return;
        }
        Article article = articles.findById(event.data().articleId());
        if (article == null) {
            LOG.warnf("article.failed for unknown article %s ignored", event.data().articleId());
            return;
        }
        article.status = ArticleStatus.FAILED;
        article.failureReason = event.data().reason();
        article.extractorVersion = event.data().extractorVersion();
    }
}
