package org.isnad.review.repository;

/**
 * The one definition of "claim {@code c} (of article {@code a}) is in queue {@code q}" and "still needs
 * reviews", as SQL over those aliases. Lease selection, queue depths and review requirements all use it, so they
 * cannot disagree about which claims a queue holds.
 */
final class QueueFilter {

    static final String MATCHES = """
            (q.language is null or c.language = q.language)
            and (q.outlet is null or a.outlet = q.outlet)
            and (q.source_type is null or c.source_type = q.source_type)
            and (q.min_checkworthiness is null or c.checkworthiness >= q.min_checkworthiness)
            and (q.entity is null or exists (select 1 from jsonb_array_elements(c.entities) e
                                             where e ->> 'normalized' = q.entity or e ->> 'text' = q.entity))
            """;

    static final String NEEDS_REVIEWS = """
            c.status in ('NEW', 'IN_REVIEW') and c.review_count < c.reviews_required
            """;

    private QueueFilter() {
    }
}
