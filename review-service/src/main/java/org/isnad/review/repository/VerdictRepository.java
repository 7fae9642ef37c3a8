package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Published verdicts, by claim id. */
@ApplicationScoped
public class VerdictRepository implements PanacheRepositoryBase<PublishedVerdict, UUID> {

    /** Hours from claim arrival to first publication: how many, median and 90th percentile (null when none). */
    public record Wait(long count, Double medianHours, Double p90Hours) {
    }

    /** Over the verdicts first published at or after {@code from}. */
    public Wait timeToVerdict(OffsetDateTime from) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        select count(*),
                               percentile_cont(0.5) within group (order by hours),
                               percentile_cont(0.9) within group (order by hours)
                        from (select extract(epoch from v.first_published_at - c.created_at) / 3600.0 as hours
                              from verdict v join claim c on c.id = v.claim_id
                              where v.first_published_at >= :from) waits
                        """)
                .setParameter("from", from)
                .getSingleResult();
        return new Wait(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).doubleValue(),
                row[2] == null ? null : ((Number) row[2]).doubleValue());
    }
}
