package org.isnad.gateway.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Webhook registrations, the events taken off the queue and their deliveries. Claiming due deliveries uses
 * {@code FOR UPDATE SKIP LOCKED} and leases each claimed row (its next attempt moves past the send timeout), so
 * several gateway instances never send the same attempt twice.
 */
@ApplicationScoped
public class WebhookRepository {

    private final EntityManager em;

    public WebhookRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void save(WebhookRegistration registration) {
        em.persist(registration);
    }

    public Optional<WebhookRegistration> find(UUID id) {
        return Optional.ofNullable(em.find(WebhookRegistration.class, id));
    }

    /** Registrations of one owner, or everyone's when {@code owner} is null; oldest first. */
    public List<WebhookRegistration> list(String owner) {
        if (owner == null) {
            return em.createQuery("from WebhookRegistration order by createdAt, id", WebhookRegistration.class)
                    .getResultList();
        }
        return em.createQuery("from WebhookRegistration where owner = :owner order by createdAt, id",
                WebhookRegistration.class).setParameter("owner", owner).getResultList();
    }

    public long count(String owner) {
        return em.createQuery("select count(r) from WebhookRegistration r where r.owner = :owner", Long.class)
                .setParameter("owner", owner).getSingleResult();
    }

    /** Deletes a registration and its delivery log. */
    @Transactional
    public boolean delete(UUID id) {
        return em.createNativeQuery("delete from webhook_registration where id = :id").setParameter("id", id)
                .executeUpdate() == 1;
    }

    /** Stores an event once by its id; false when it was already stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordEvent(String eventId, String routingKey, String payload) {
        return em.createNativeQuery("insert into webhook_event (event_id, event_type, payload, received_at)"
                        + " values (:id, :type, :payload, now()) on conflict do nothing")
                .setParameter("id", eventId).setParameter("type", routingKey).setParameter("payload", payload)
                .executeUpdate() == 1;
    }

    /** One pending delivery of a stored event for every registration that subscribed to its type; never twice. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fanOut(String eventId, String routingKey) {
        return em.createNativeQuery("insert into webhook_delivery (registration_id, event_id, status, next_attempt_at,"
                        + " created_at) select r.id, :id, 'PENDING', now(), now() from webhook_registration r"
                        + " where :type = any(string_to_array(r.events, ','))"
                        + " on conflict (registration_id, event_id) do nothing")
                .setParameter("id", eventId).setParameter("type", routingKey).executeUpdate();
    }

    /** One pending delivery of a stored event for one registration (a test ping). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID registrationId, String eventId) {
        em.createNativeQuery("insert into webhook_delivery (registration_id, event_id, status, next_attempt_at,"
                        + " created_at) values (:registration, :id, 'PENDING', now(), now())")
                .setParameter("registration", registrationId).setParameter("id", eventId).executeUpdate();
    }

    /**
     * Claims up to {@code limit} due deliveries for one attempt each: counts the attempt and moves the next
     * attempt {@code lease} ahead, so a crashed sender's claim comes due again instead of being lost.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DueDelivery> claimDue(int limit, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        update webhook_delivery d
                           set attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => :lease)
                          from (select id from webhook_delivery
                                 where status = 'PENDING' and next_attempt_at <= now()
                                 order by next_attempt_at, id limit :limit
                                 for update skip locked) due,
                               webhook_registration r, webhook_event e
                         where d.id = due.id and r.id = d.registration_id and e.event_id = d.event_id
                        returning d.id, d.registration_id, d.attempts, r.url, r.secret, e.event_id, e.event_type,
                                  e.payload""")
                .setParameter("lease", (double) lease.toSeconds()).setParameter("limit", limit).getResultList();
        return rows.stream().map(row -> new DueDelivery(((Number) row[0]).longValue(), (UUID) row[1],
                ((Number) row[2]).intValue(), (String) row[3], (String) row[4], (String) row[5], (String) row[6],
                (String) row[7])).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id, int statusCode) {
        em.createNativeQuery("update webhook_delivery set status = 'DELIVERED', delivered_at = now(),"
                        + " last_status_code = :code, last_error = null, next_attempt_at = null where id = :id")
                .setParameter("code", statusCode).setParameter("id", id).executeUpdate();
    }

    /** A failed attempt: retried at {@code nextAttemptAt}, or FAILED for good when that is null. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attemptFailed(long id, Integer statusCode, String error, OffsetDateTime nextAttemptAt) {
        em.createNativeQuery("update webhook_delivery set status = :status, last_status_code = :code,"
                        + " last_error = :error, next_attempt_at = :next where id = :id")
                .setParameter("status", nextAttemptAt == null ? "FAILED" : "PENDING")
                .setParameter("code", statusCode)
                .setParameter("error", error == null ? null : error.substring(0, Math.min(error.length(), 500)))
                .setParameter("next", nextAttemptAt)
                .setParameter("id", id).executeUpdate();
    }

    /** A registration's delivery log, newest first. */
    public List<DeliveryRow> deliveries(UUID registrationId, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.event_id, e.event_type, d.status, d.attempts, d.last_status_code, d.last_error,
                               d.next_attempt_at, d.delivered_at, d.created_at
                          from webhook_delivery d join webhook_event e on e.event_id = d.event_id
                         where d.registration_id = :registration
                         order by d.id desc offset :offset limit :size""")
                .setParameter("registration", registrationId).setParameter("offset", (long) page * size)
                .setParameter("size", size).getResultList();
        return rows.stream().map(row -> new DeliveryRow(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], (String) row[3], ((Number) row[4]).intValue(),
                row[5] == null ? null : ((Number) row[5]).intValue(), (String) row[6], time(row[7]), time(row[8]),
                time(row[9]))).toList();
    }

    public long countDeliveries(UUID registrationId) {
        return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where registration_id = :r")
                .setParameter("r", registrationId).getSingleResult()).longValue();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected time value " + value.getClass().getSimpleName());
    }
}
