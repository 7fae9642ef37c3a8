package org.isnad.review.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one definition of "claim {@code c} (of article {@code a}) is in queue {@code q}" and "still needs
 * reviews", as SQL over those aliases. Lease selection, queue depths and review requirements all use it, so they
 * cannot disagree about which claims a queue holds.
 *
 * <p>{@link #MATCHES} reads the filters from a joined queue row and suits set-wise queries (depths of every
 * queue). The lease pick instead needs conditions the planner can see through: {@link #boundTo} renders the same
 * filters for one loaded queue, leaving out the ones it does not set, with the values as parameters.
 */
final class QueueFilter {

    static final String MATCHES = """
            (q.language is null or c.language = q.language)
            and (q.outlet is null or a.outlet = q.outlet)
            and (q.source_types is null or c.source_type = any(q.source_types))
            and (q.min_checkworthiness is null or c.checkworthiness >= q.min_checkworthiness)
            and (q.entity is null or exists (select 1 from jsonb_array_elements(c.entities) e
                                             where e ->> 'normalized' = q.entity or e ->> 'text' = q.entity))
            """;

    /** Must stay the predicate of the partial index claim_queue_pick_idx (V9), or the lease pick cannot use it. */
    static final String NEEDS_REVIEWS = """
            c.status in ('NEW', 'IN_REVIEW') and c.review_count < c.reviews_required
            """;

    private QueueFilter() {
    }

    /** {@link #MATCHES} for one queue: SQL over {@code c} only (the article is reached by a subquery). */
    record Bound(String sql, Map<String, Object> parameters) {
    }

    static Bound boundTo(ReviewQueue queue) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (queue.language != null) {
            conditions.add("c.language = :qLanguage");
            parameters.put("qLanguage", queue.language);
        }
        if (queue.outlet != null) {
            conditions.add("exists (select 1 from article a where a.id = c.article_id and a.outlet = :qOutlet)");
            parameters.put("qOutlet", queue.outlet);
        }
        if (queue.sourceTypes != null) {
            // one parameter per type: an IN list of text binds plainly, where a text[] parameter needs a cast
            List<String> names = new ArrayList<>();
            for (int i = 0; i < queue.sourceTypes.length; i++) {
                names.add(":qSourceType" + i);
                parameters.put("qSourceType" + i, queue.sourceTypes[i]);
            }
            conditions.add("c.source_type in (" + String.join(", ", names) + ")");
        }
        if (queue.minCheckworthiness != null) {
            conditions.add("c.checkworthiness >= :qMinCheckworthiness");
            parameters.put("qMinCheckworthiness", queue.minCheckworthiness);
        }
        if (queue.entity != null) {
            conditions.add("exists (select 1 from jsonb_array_elements(c.entities) e"
                    + " where e ->> 'normalized' = :qEntity or e ->> 'text' = :qEntity)");
            parameters.put("qEntity", queue.entity);
        }
        return new Bound(conditions.isEmpty() ? "true" : String.join(" and ", conditions), parameters);
    }
}
