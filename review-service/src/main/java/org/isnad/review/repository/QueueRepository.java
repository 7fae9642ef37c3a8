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
}
