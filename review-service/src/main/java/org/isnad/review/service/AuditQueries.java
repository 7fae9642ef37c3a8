package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.review.repository.AuditRepository;
import org.isnad.review.repository.AuditSearch;
import org.isnad.review.rest.AuditEntryView;
import org.isnad.review.rest.PageView;

import java.util.List;

/** Reads the audit trail for admins. Writing is {@link AuditRepository#record}, inside each change. */
@ApplicationScoped
public class AuditQueries {

    private final AuditRepository audit;

    public AuditQueries(AuditRepository audit) {
        this.audit = audit;
    }

    public PageView<AuditEntryView> search(AuditSearch search, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<AuditEntryView> items = audit.search(search, page, size).stream()
                    .map(e -> new AuditEntryView(e.id, e.at, e.actor, e.action, e.claimId, e.detail))
                    .toList();
            return new PageView<>(items, page, size, audit.count(search));
        });
    }
}
