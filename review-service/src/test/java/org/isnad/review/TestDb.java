package org.isnad.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.util.List;
import java.util.UUID;

/** Direct SQL for test setup (queues have no API yet) and for checking what was stored. */
@ApplicationScoped
public class TestDb {

    private final EntityManager em;

    public TestDb(EntityManager em) {
        this.em = em;
    }

    /** A queue of the claims of one outlet: each test's own, so tests never see each other's claims. */
    public String createQueue(String outlet, Integer reviewsRequired) {
        String name = "t-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into queue (name, title_ar, title_en, outlet, reviews_required)
                        values (:name, 'طابور اختبار', 'Test queue', :outlet, :required)
                        """)
                .unwrap(NativeQuery.class)
                .setParameter("name", name)
                .setParameter("outlet", outlet)
                .setParameter("required", reviewsRequired, Integer.class)
                .executeUpdate());
        return name;
    }

    /** Moves a lease (and its claim's marker) into the past, as if its holder had walked away. */
    public void expireLease(UUID leaseId) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                            update lease set leased_at = now() - interval '20 minutes',
                                             expires_at = now() - interval '5 minutes' where id = :id
                            """)
                    .setParameter("id", leaseId).executeUpdate();
            em.createNativeQuery("""
                            update claim c set leased_until = l.expires_at from lease l
                            where l.id = :id and c.id = l.claim_id
                            """)
                    .setParameter("id", leaseId).executeUpdate();
        });
    }

    public String leaseReleaseReason(UUID leaseId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select release_reason from lease where id = :id").setParameter("id", leaseId).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    public List<String> auditActions(UUID claimId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select action from audit_event where claim_id = :id order by id")
                .setParameter("id", claimId).getResultList());
    }

    public long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    public int execute(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).executeUpdate());
    }
}
