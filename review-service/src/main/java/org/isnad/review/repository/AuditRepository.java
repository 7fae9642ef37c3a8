package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes the append-only audit trail, always inside the transaction of the change it records. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AuditEvent, Long> {

    public static final String SYSTEM = "system";

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(OffsetDateTime at, String actor, String action, UUID claimId, Map<String, Object> detail) {
        AuditEvent event = new AuditEvent();
        event.at = at;
        event.actor = actor;
        event.action = action;
        event.claimId = claimId;
        event.detail = detail;
        persist(event);
    }

    public List<AuditEvent> forClaim(UUID claimId) {
        return list("claimId = ?1 order by id", claimId);
    }

    /**
     * A page of entries matching {@code search}, newest first. "Newest" is the order of writing (the identity
     * id), which the primary key serves without a sort; {@code at} follows it up to concurrent transactions.
     */
    public List<AuditEvent> search(AuditSearch search, int page, int size) {
        Parameters parameters = new Parameters();
        return find(where(search, parameters), Sort.descending("id"), parameters).page(page, size).list();
    }

    public long count(AuditSearch search) {
        Parameters parameters = new Parameters();
        return count(where(search, parameters), parameters);
    }

    private static String where(AuditSearch search, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("1 = 1");
        if (search.actor() != null) {
            conditions.add("actor = :actor");
            parameters.and("actor", search.actor());
        }
        if (search.action() != null) {
            conditions.add("action = :action");
            parameters.and("action", search.action());
        }
        if (search.claimId() != null) {
            conditions.add("claimId = :claimId");
            parameters.and("claimId", search.claimId());
        }
        if (search.from() != null) {
            conditions.add("at >= :from");
            parameters.and("from", search.from());
        }
        if (search.to() != null) {
            conditions.add("at < :to");
            parameters.and("to", search.to());
        }
        return String.join(" and ", conditions);
    }
}
