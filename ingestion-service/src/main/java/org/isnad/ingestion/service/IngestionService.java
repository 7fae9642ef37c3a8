package org.isnad.ingestion.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.isnad.common.outbox.Outbox;
import org.isnad.common.problem.ProblemException;
import org.isnad.events.EventType;
import org.isnad.events.v1.ArticleIngestedV1;
import org.isnad.ingestion.repository.Article;
import org.isnad.ingestion.repository.ArticleAppearance;
import org.isnad.ingestion.repository.ArticleRepository;
import org.isnad.ingestion.repository.ArticleStatus;
import org.isnad.ingestion.repository.IdempotencyRecord;
import org.isnad.ingestion.rest.ArticleSubmission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a submitted article and announces it. The article row and its {@code article.ingested} outbox row
 * commit together; an exact duplicate (same normalised text) is not stored again but recorded as an appearance
 * of the original; an {@code Idempotency-Key} replays its first answer.
 */
@ApplicationScoped
public class IngestionService {

    private final ArticleCleaner cleaner;
    private final ArticleRepository articles;
    private final Outbox outbox;
    private final MeterRegistry registry;

    public IngestionService(ArticleCleaner cleaner, ArticleRepository articles, Outbox outbox, MeterRegistry registry) {
        this.cleaner = cleaner;
        this.articles = articles;
        this.outbox = outbox;
        this.registry = registry;
    }

    public SubmissionOutcome submit(ArticleSubmission submission, String principal, String idempotencyKey) {
        CleanArticle clean = cleaner.clean(submission);
        String requestHash = requestHash(submission);
        try {
            return QuarkusTransaction.requiringNew().call(() -> store(submission, clean, principal, idempotencyKey,
                    requestHash));
        } catch (PersistenceException raceLost) {
            // a concurrent request stored the same text or key first; now the lookups find the winner
            return QuarkusTransaction.requiringNew().call(() -> store(submission, clean, principal, idempotencyKey,
                    requestHash));
        }
    }

    private SubmissionOutcome store(ArticleSubmission submission, CleanArticle clean, String principal,
                                    String idempotencyKey, String requestHash) {
        if (idempotencyKey != null) {
            Optional<IdempotencyRecord> earlier = articles.findIdempotencyRecord(principal, idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestHash);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<Article> original = articles.findByContentHash(clean.contentHash());
        SubmissionOutcome outcome;
        if (original.isPresent()) {
            ArticleAppearance appearance = new ArticleAppearance();
            appearance.articleId = original.get().id;
            appearance.url = submission.url();
            appearance.outlet = submission.outlet();
            appearance.submittedBy = principal;
            appearance.seenAt = now;
            articles.recordAppearance(appearance);
            outcome = new SubmissionOutcome(original.get().id, original.get().status, true);
        } else {
            Article article = newArticle(submission, clean, principal, now);
            articles.persist(article);
            outbox.enqueue(EventType.ARTICLE_INGESTED, article.id, new ArticleIngestedV1(article.id, article.title,
                    article.body, article.language, article.url, article.outlet, article.publishedAt,
                    article.contentHash));
            outcome = new SubmissionOutcome(article.id, article.status, false);
        }
        if (idempotencyKey != null) {
            IdempotencyRecord record = new IdempotencyRecord();
            record.key = new IdempotencyRecord.Key(principal, idempotencyKey);
            record.requestHash = requestHash;
            record.articleId = outcome.articleId();
            record.duplicate = outcome.duplicate();
            record.createdAt = now;
            articles.saveIdempotencyRecord(record);
        }
        articles.flush();
        registry.counter("isnad.articles.submitted", "outcome", outcome.duplicate() ? "duplicate" : "accepted")
                .increment();
        return outcome;
    }

    private SubmissionOutcome replay(IdempotencyRecord record, String requestHash) {
        if (!record.requestHash.equals(requestHash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "This Idempotency-Key was already used with a different request body");
        }
        Article article = articles.findById(record.articleId);
        return new SubmissionOutcome(record.articleId, article.status, record.duplicate);
    }

    private static Article newArticle(ArticleSubmission submission, CleanArticle clean, String principal,
                                      OffsetDateTime now) {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.title = clean.title();
        article.body = clean.text();
        article.url = submission.url();
        article.outlet = submission.outlet();
        article.language = clean.language();
        article.publishedAt = submission.publishedAt();
        article.contentHash = clean.contentHash();
        article.status = ArticleStatus.RECEIVED;
        article.submittedBy = principal;
        article.receivedAt = now;
        return article;
    }

    private static String requestHash(ArticleSubmission submission) {
        String canonical = String.join("\u0000", Objects.toString(submission.title(), ""),
                Objects.toString(submission.body(), ""), Objects.toString(submission.html(), ""),
                Objects.toString(submission.url(), ""), Objects.toString(submission.outlet(), ""),
                Objects.toString(submission.language(), ""), Objects.toString(submission.publishedAt(), ""));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
