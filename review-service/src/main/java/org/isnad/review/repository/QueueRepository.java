package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class QueueRepository implements PanacheRepositoryBase<ReviewQueue, String> {

    public List<ReviewQueue> listInOrder() {
        return list("order by position, name");
    }

    /** Per queue name, how many claims it holds that still need reviews. */
    public Map<String, Long> depths() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select q.name, count(c.id) from queue q
                        left join (claim c join article a on a.id = c.article_id) on
                        """ + QueueFilter.NEEDS_REVIEWS + " and " + QueueFilter.MATCHES + """
                        group by q.name
                        """)
                .getResultList();
        Map<String, Long> depths = new HashMap<>();
        rows.forEach(row -> depths.put((String) row[0], ((Number) row[1]).longValue()));
        return depths;
    }

    /** How many claims {@code queue} holds that still need reviews, by the conditions the lease pick uses. */
    public long depth(ReviewQueue queue) {
        QueueFilter.Bound filter = QueueFilter.boundTo(queue);
        var query = getEntityManager().createNativeQuery("select count(*) from claim c where "
                + QueueFilter.NEEDS_REVIEWS + " and " + filter.sql());
        filter.parameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * Raises reviews_required of the claims in {@code queue} that still take reviews to the queue's requirement;
     * the number of claims raised. Never lowers: a claim needs the most any of its queues asks for.
     */
    public int raiseRequirement(ReviewQueue queue) {
        if (queue.reviewsRequired == null) {
            return 0;
        }
        QueueFilter.Bound filter = QueueFilter.boundTo(queue);
        var query = getEntityManager().createNativeQuery("update claim c set reviews_required = :required,"
                + " updated_at = now() where c.status in ('NEW', 'IN_REVIEW') and c.reviews_required < :required"
                + " and " + filter.sql());
        query.setParameter("required", queue.reviewsRequired);
        filter.parameters().forEach(query::setParameter);
        return query.executeUpdate();
    }
}
