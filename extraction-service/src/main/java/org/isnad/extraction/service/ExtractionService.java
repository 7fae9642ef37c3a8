package org.isnad.extraction.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.messaging.Inbox;
import org.isnad.common.outbox.Outbox;
import org.isnad.common.problem.ProblemException;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventType;
import org.isnad.events.v1.ArticleContextV1;
import org.isnad.events.v1.ArticleFailedV1;
import org.isnad.events.v1.ArticleIngestedV1;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.extraction.config.ExtractionConfig;
import org.isnad.extraction.engine.ExtractionEngine;
import org.isnad.extraction.engine.ExtractionRequest;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.mapping.ExtractionMapper;
import org.isnad.extraction.repository.ExtractionRecord;
import org.isnad.extraction.repository.ExtractionRepository;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Runs the engine for the synchronous API and for ingested articles. An article is extracted once per engine
 * version: the record of it, and the {@code claims.extracted} (or {@code article.failed}) event, commit in one
 * transaction, so redelivery or a replay never announces the same claims twice.
 */
@ApplicationScoped
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class);
    private static final String CONSUMER = "extraction.article-ingested";

    private final ExtractionEngine engine;
    private final ExtractionMapper mapper;
    private final ExtractionRepository extractions;
    private final Inbox inbox;
    private final Outbox outbox;
    private final ExtractionConfig config;
    private final Timer engineTimer;

    public ExtractionService(ExtractionEngine engine, ExtractionMapper mapper, ExtractionRepository extractions,
                             Inbox inbox, Outbox outbox, ExtractionConfig config, MeterRegistry registry) {
        this.engine = engine;
        this.mapper = mapper;
        this.extractions = extractions;
        this.inbox = inbox;
        this.outbox = outbox;
        this.config = config;
        this.engineTimer = Timer.builder("isnad.extraction.engine").description("Time the engine takes per text")
                .tag("extractor", engine.version()).register(registry);
    }

    /** The synchronous API: extract and return, store nothing. */
    public ExtractionV1 extract(String text, String title, String language) {
        checkLength(text);
        ExtractionResult result = engineTimer.record(() ->
                engine.extract(new ExtractionRequest(text, title, language, null)));
        return mapper.toContract(result);
    }

    public void onArticleIngested(CloudEvent<ArticleIngestedV1> event) {
        ArticleIngestedV1 article = event.data();
        if (article.articleId() == null || article.text() == null) {
            throw new IllegalArgumentException("article.ingested without articleId or text");
        }
        ExtractionRecord.Key key = new ExtractionRecord.Key(article.articleId(), engine.version());
        if (QuarkusTransaction.requiringNew().call(() -> extractions.findByIdOptional(key).isPresent())) {
            acknowledgeReplay(event);
            return;
        }
        ExtractionResult result = null;
        String failure = null;
        try {
            checkLength(article.text());
            LocalDate articleDate = article.publishedAt() == null ? null : article.publishedAt().toLocalDate();
            ExtractionRequest request = new ExtractionRequest(article.text(), article.title(), article.language(),
                    articleDate);
            result = engineTimer.record(() -> engine.extract(request));
        } catch (RuntimeException e) {
            failure = e instanceof ProblemException ? e.getMessage() : "the extractor failed on this text";
            LOG.warnf(e, "Extraction of article %s failed", article.articleId());
        }
        ExtractionResult extracted = result;
        String reason = failure;
        QuarkusTransaction.requiringNew().run(() -> record(event, key, extracted, reason));
    }

    private void acknowledgeReplay(CloudEvent<ArticleIngestedV1> event) {
        QuarkusTransaction.requiringNew().run(() -> inbox.firstDelivery(CONSUMER, event.id()));
        LOG.debugf("Article %s was already extracted by %s; event %s ignored", event.data().articleId(),
                engine.version(), event.id());
    }

    private void record(CloudEvent<ArticleIngestedV1> event, ExtractionRecord.Key key, ExtractionResult result,
                        String failure) {
        if (!inbox.firstDelivery(CONSUMER, event.id()) || extractions.findByIdOptional(key).isPresent()) {
            return;
        }
        ArticleIngestedV1 article = event.data();
        ExtractionRecord record = new ExtractionRecord();
        record.key = key;
        record.extractedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (failure != null) {
            record.failed = true;
            record.failureReason = failure;
            extractions.persist(record);
            outbox.enqueue(EventType.ARTICLE_FAILED, article.articleId(),
                    new ArticleFailedV1(article.articleId(), key.extractorVersion(), failure));
            return;
        }
        record.language = result.language();
        record.claimCount = result.claims().size();
        record.entityCount = result.entities().size();
        extractions.persist(record);
        ArticleContextV1 context = new ArticleContextV1(article.title(), article.text(), result.language(),
                article.url(), article.outlet(), article.publishedAt());
        outbox.enqueue(EventType.CLAIMS_EXTRACTED, article.articleId(),
                new ClaimsExtractedV1(article.articleId(), context, mapper.toContract(result, article.articleId())));
    }

    private void checkLength(String text) {
        if (text.length() > config.maxTextChars()) {
            throw new ProblemException(413, "text-too-long", "Text too long", "The text has " + text.length()
                    + " characters; at most " + config.maxTextChars() + " are extracted");
        }
    }
}
