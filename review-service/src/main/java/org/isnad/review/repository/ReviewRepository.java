package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** One of a reviewer's reviews with the claim's text and status and its article's title. */
    public record OwnReview(UUID claimId, String claimText, String articleTitle, OffsetDateTime submittedAt,
                            int sourcing, int evidence, String verdict, String claimStatus) {
    }

    /** A page of {@code reviewer}'s reviews, newest first (index review_reviewer_idx). */
    public List<OwnReview> byReviewer(String reviewer, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select r.claim_id, c.text, a.title, r.created_at, r.sourcing, r.evidence, r.verdict, c.status
                        from review r join claim c on c.id = r.claim_id join article a on a.id = c.article_id
                        where r.reviewer = :reviewer
                        order by r.created_at desc, r.id desc
                        limit :limit offset :offset
                        """)
                .setParameter("reviewer", reviewer)
                .setParameter("limit", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        return rows.stream().map(row -> new OwnReview((UUID) row[0], (String) row[1], (String) row[2],
                toOffsetDateTime(row[3]), ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                (String) row[6], (String) row[7])).toList();
    }

    public long countByReviewer(String reviewer) {
        return count("reviewer", reviewer);
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A review's ratings and when it was submitted. */
    public record TimedRating(ReviewRating rating, OffsetDateTime at) {
    }

    /** Every review submitted at or after {@code from}, ordered by claim. */
    public List<TimedRating> ratingsSince(OffsetDateTime from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select claim_id, reviewer, sourcing, evidence, verdict, created_at from review
                        where created_at >= :from order by claim_id, reviewer
                        """)
                .setParameter("from", from)
                .getResultList();
        return rows.stream().map(row -> new TimedRating(new ReviewRating((UUID) row[0], (String) row[1],
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), (String) row[4]),
                toOffsetDateTime(row[5]))).toList();
    }

    /** Reviews per UTC day since {@code from}; days without reviews are absent. */
    public Map<LocalDate, Long> countsPerDay(OffsetDateTime from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select cast(created_at at time zone 'UTC' as date), count(*) from review
                        where created_at >= :from group by 1
                        """)
                .setParameter("from", from)
                .getResultList();
        Map<LocalDate, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(toLocalDate(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
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
