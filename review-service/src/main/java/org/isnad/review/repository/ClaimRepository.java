package org.isnad.review.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, UUID> {

    private final ObjectMapper json;

    public ClaimRepository(ObjectMapper json) {
        this.json = json;
    }

    /** Inserts the article or refreshes its context (title, text, …) when a later event carries it again. */
    public void upsertArticle(Article article) {
        NativeQuery<?> query = nativeQuery("""
                insert into article (id, title, text, url, outlet, language, published_at, received_at, updated_at)
                values (:id, :title, :text, :url, :outlet, :language, :publishedAt, :now, :now)
                on conflict (id) do update set title = excluded.title, text = excluded.text, url = excluded.url,
                    outlet = excluded.outlet, language = excluded.language, published_at = excluded.published_at,
                    updated_at = excluded.updated_at
                """);
        query.setParameter("id", article.id, UUID.class);
        query.setParameter("title", article.title, String.class);
        query.setParameter("text", article.text, String.class);
        query.setParameter("url", article.url, String.class);
        query.setParameter("outlet", article.outlet, String.class);
        query.setParameter("language", article.language, String.class);
        query.setParameter("publishedAt", article.publishedAt, OffsetDateTime.class);
        query.setParameter("now", article.updatedAt, OffsetDateTime.class);
        query.executeUpdate();
    }

    /** Inserts a claim unless one with its id exists; true when it was inserted. */
    public boolean insertIfAbsent(Claim claim) {
        NativeQuery<?> query = nativeQuery("""
                insert into claim (id, article_id, text, text_normalized, start_offset, end_offset, checkworthiness,
                    checkworthiness_features, source_type, source, outlet, cue, quantities, entities,
                    extractor_version, language, status, reviews_required, review_count, created_at, updated_at)
                values (:id, :articleId, :text, :textNormalized, :start, :end, :checkworthiness,
                    cast(:features as jsonb), :sourceType, :source, :outlet, :cue, cast(:quantities as jsonb),
                    cast(:entities as jsonb), :extractorVersion, :language, :status, :reviewsRequired, 0, :now, :now)
                on conflict (id) do nothing
                """);
        query.setParameter("id", claim.id, UUID.class);
        query.setParameter("articleId", claim.articleId, UUID.class);
        query.setParameter("text", claim.text, String.class);
        query.setParameter("textNormalized", claim.textNormalized, String.class);
        query.setParameter("start", claim.startOffset, Integer.class);
        query.setParameter("end", claim.endOffset, Integer.class);
        query.setParameter("checkworthiness", claim.checkworthiness, Double.class);
        query.setParameter("features", toJson(claim.checkworthinessFeatures), String.class);
        query.setParameter("sourceType", claim.sourceType.name(), String.class);
        query.setParameter("source", claim.source, String.class);
        query.setParameter("outlet", claim.outlet, String.class);
        query.setParameter("cue", claim.cue, String.class);
        query.setParameter("quantities", toJson(claim.quantities), String.class);
        query.setParameter("entities", toJson(claim.entities), String.class);
        query.setParameter("extractorVersion", claim.extractorVersion, String.class);
        query.setParameter("language", claim.language, String.class);
        query.setParameter("status", claim.status.name(), String.class);
        query.setParameter("reviewsRequired", claim.reviewsRequired, Integer.class);
        query.setParameter("now", claim.createdAt, OffsetDateTime.class);
        return query.executeUpdate() == 1;
    }

    /** Raises the claims' reviews_required to the highest a queue they fall in asks for. */
    public void applyQueueRequirements(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        update claim c set reviews_required = greatest(c.reviews_required,
                            (select max(q.reviews_required) from queue q, article a
                             where a.id = c.article_id and q.reviews_required is not null and
                        """ + QueueFilter.MATCHES + "))\nwhere c.id in (:ids)")
                .setParameter("ids", claimIds)
                .executeUpdate();
    }

    public Article article(UUID articleId) {
        return getEntityManager().find(Article.class, articleId);
    }

    /** The claim, locked against concurrent reviews and leases until the transaction ends. */
    public Optional<Claim> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A page of claims matching {@code filter}, newest articles first, each article's claims in text order. */
    public List<Claim> search(ClaimSearch filter, int page, int size) {
        Query query = getEntityManager().createNativeQuery("select c.* from claim c" + where(filter)
                + " order by c.created_at desc, c.article_id, c.start_offset, c.id limit :limit offset :offset",
                Claim.class);
        bind(query, filter);
        @SuppressWarnings("unchecked")
        List<Claim> claims = query.setParameter("limit", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        return claims;
    }

    public long count(ClaimSearch filter) {
        Query query = getEntityManager().createNativeQuery("select count(*) from claim c" + where(filter),
                Long.class);
        bind(query, filter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(ClaimSearch filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.articleId() != null) {
            conditions.add("c.article_id = :articleId");
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
        }
        if (filter.sourceType() != null) {
            conditions.add("c.source_type = :sourceType");
        }
        if (filter.entity() != null) {
            conditions.add("exists (select 1 from jsonb_array_elements(c.entities) e"
                    + " where e ->> 'normalized' = :entity or e ->> 'text' = :entity)");
        }
        if (filter.normalizedText() != null) {
            conditions.add("strpos(c.text_normalized, :text) > 0");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(Query query, ClaimSearch filter) {
        if (filter.articleId() != null) {
            query.setParameter("articleId", filter.articleId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        if (filter.sourceType() != null) {
            query.setParameter("sourceType", filter.sourceType().name());
        }
        if (filter.entity() != null) {
            query.setParameter("entity", filter.entity());
        }
        if (filter.normalizedText() != null) {
            query.setParameter("text", filter.normalizedText());
        }
    }

    private NativeQuery<?> nativeQuery(String sql) {
        return getEntityManager().createNativeQuery(sql).unwrap(NativeQuery.class);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + value, e);
        }
    }
}
