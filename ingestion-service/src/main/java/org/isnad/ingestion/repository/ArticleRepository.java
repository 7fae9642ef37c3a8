package org.isnad.ingestion.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    public Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    public void recordAppearance(ArticleAppearance appearance) {
        getEntityManager().persist(appearance);
    }

    public long appearances(UUID articleId) {
        return getEntityManager().createQuery("select count(a) from ArticleAppearance a where a.articleId = :id",
                Long.class).setParameter("id", articleId).getSingleResult();
    }

    public Optional<IdempotencyRecord> findIdempotencyRecord(String principal, String key) {
        return Optional.ofNullable(getEntityManager().find(IdempotencyRecord.class,
                new IdempotencyRecord.Key(principal, key)));
    }

    public void saveIdempotencyRecord(IdempotencyRecord record) {
        getEntityManager().persist(record);
    }
}
