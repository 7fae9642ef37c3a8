package org.isnad.ingestion.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.ingestion.repository.Article;
import org.isnad.ingestion.rest.ArticleView;
import org.isnad.ingestion.rest.SubmissionResponse;
import org.isnad.ingestion.service.SubmissionOutcome;

import java.util.List;

@ApplicationScoped
public class ArticleMapper {

    public ArticleView toView(Article article, long appearances) {
        return new ArticleView(article.id, article.title, article.body, article.url, article.outlet,
                article.language, article.publishedAt, article.receivedAt, article.status.name(),
                article.failureReason, article.extractorVersion, article.extractedAt, List.copyOf(article.claimIds),
                appearances);
    }

    public SubmissionResponse toResponse(SubmissionOutcome outcome) {
        return new SubmissionResponse(outcome.articleId(), outcome.status().name(),
                outcome.duplicate() ? outcome.articleId() : null);
    }
}
