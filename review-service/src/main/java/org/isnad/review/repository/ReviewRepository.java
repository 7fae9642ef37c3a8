package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    public boolean exists(UUID claimId, String reviewer) {
        return count("claimId = ?1 and reviewer = ?2", claimId, reviewer) > 0;
    }

    /** A claim's reviews in the order they were submitted. */
    public List<Review> forClaim(UUID claimId) {
        return list("claimId = ?1 order by createdAt, id", claimId);
    }

    /**
     * Every review in scope, ordered by claim: reviews created in [from, to) (either bound optional) of claims that
     * match {@code queue}'s filter (if given) and belong to {@code articleId} (if given). One query.
     */
    public List<ReviewRating> ratingsInScope(String queue, OffsetDateTime from, OffsetDateTime to, UUID articleId) {
        StringBuilder sql = new StringBuilder("""
                select r.claim_id, r.reviewer, r.sourcing, r.evidence, r.verdict
                from review r join claim c on c.id = r.claim_id join article a on a.id = c.article_id
                """);
        if (queue != null) sql.append(" join queue q on q.name = :queue and ").append(QueueFilter.MATCHES);
        sql.append(" where true");
        if (from != null) sql.append(" and r.created_at >= :from");
        if (to != null) sql.append(" and r.created_at < :to");
        if (articleId != null) sql.append(" and c.article_id = :articleId");
        sql.append(" order by r.claim_id, r.reviewer");
        var query = getEntityManager().createNativeQuery(sql.toString());
        if (queue != null) query.setParameter("queue", queue);
        if (from != null) query.setParameter("from", from);
        if (to != null) query.setParameter("to", to);
        if (articleId != null) query.setParameter("articleId", articleId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new ReviewRating((UUID) row[0], (String) row[1],
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), (String) row[4])).toList();
    }
}
