package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
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
}
