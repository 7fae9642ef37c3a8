package org.isnad.ingestion.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.problem.ProblemException;
import org.isnad.ingestion.mapping.ArticleMapper;
import org.isnad.ingestion.repository.Article;
import org.isnad.ingestion.repository.ArticleRepository;
import org.isnad.ingestion.rest.ArticleView;

import java.util.UUID;

@ApplicationScoped
public class ArticleQueries {

    private final ArticleRepository articles;
    private final ArticleMapper mapper;

    public ArticleQueries(ArticleRepository articles, ArticleMapper mapper) {
        this.articles = articles;
        this.mapper = mapper;
    }

    public ArticleView get(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Article article = articles.findByIdOptional(id)
                    .orElseThrow(() -> ProblemException.notFound("Article", id));
            return mapper.toView(article, articles.appearances(id));
        });
    }
}
