package org.isnad.common.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer has handled, in the consumer's own transaction: a redelivered or replayed
 * event finds its row and is skipped, so handling is idempotent even when the handler itself is not. Every
 * consuming service's schema has an {@code inbox} table with primary key (consumer, event_id).
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager em;

    public Inbox(EntityManager em) {
        this.em = em;
    }

    /** Records the event as handled by {@code consumer}; false when it already was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("insert into inbox (consumer, event_id, received_at) values (:consumer, :id, now())"
                        + " on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .executeUpdate() == 1;
    }
}
