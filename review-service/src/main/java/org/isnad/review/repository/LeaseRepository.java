package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LeaseRepository implements PanacheRepositoryBase<Lease, UUID> {

    /**
     * Picks and locks the claim a reviewer should work on next in {@code queue}: in the queue, still needing
     * reviews, not reviewed by them, not under an unexpired lease; highest checkworthiness first, then newest.
     * {@code FOR UPDATE … SKIP LOCKED} makes concurrent callers pass over a claim another transaction is leasing
     * instead of waiting for it. A claim leased by a transaction that committed after this statement's snapshot
     * is still excluded: the lease wrote {@code leased_until} on the claim row, and PostgreSQL re-checks the
     * conditions on the newest row version before it locks it.
     */
    public Optional<UUID> lockNextClaim(String queue, String reviewer, OffsetDateTime now) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("""
                        select c.id from claim c
                        join article a on a.id = c.article_id
                        join queue q on q.name = :queue
                        where
                        """ + QueueFilter.NEEDS_REVIEWS + " and " + QueueFilter.MATCHES + """
                          and (c.leased_until is null or c.leased_until <= :now)
                          and not exists (select 1 from review r where r.claim_id = c.id and r.reviewer = :reviewer)
                        order by c.checkworthiness desc, c.created_at desc, c.id
                        limit 1
                        for update of c skip locked
                        """, UUID.class)
                .setParameter("queue", queue)
                .setParameter("reviewer", reviewer)
                .setParameter("now", now)
                .getResultList();
        return ids.stream().findFirst();
    }

    /**
     * Serialises one reviewer's lease requests in one queue until the transaction ends (a double click, two
     * tabs): the second finds the first's lease instead of taking a second claim, or being told the queue is
     * empty because the first one's candidates were locked.
     */
    public void lockReviewerInQueue(String reviewer, String queue) {
        getEntityManager().createNativeQuery(
                        "select 1 from pg_advisory_xact_lock(hashtext('isnad.review.lease'), hashtext(:key))")
                .setParameter("key", queue + "/" + reviewer) // queue names have no "/"
                .getSingleResult();
    }

    /** The reviewer's unexpired open lease in this queue, if any. */
    public Optional<Lease> findActive(String reviewer, String queue, OffsetDateTime now) {
        return find("reviewer = ?1 and queue = ?2 and releasedAt is null and expiresAt > ?3", reviewer, queue, now)
                .firstResultOptional();
    }

    /** The reviewer's unexpired open lease on this claim, if any. */
    public Optional<Lease> findActiveOnClaim(UUID claimId, String reviewer, OffsetDateTime now) {
        return find("claimId = ?1 and reviewer = ?2 and releasedAt is null and expiresAt > ?3", claimId, reviewer, now)
                .firstResultOptional();
    }

    /** Open leases that have run out, of this reviewer in this queue (they block a new one there). */
    public List<Lease> findExpired(String reviewer, String queue, OffsetDateTime now) {
        return list("reviewer = ?1 and queue = ?2 and releasedAt is null and expiresAt <= ?3", reviewer, queue, now);
    }

    /** Open leases of a claim (at most one; the caller has locked the claim and knows it has run out). */
    public List<Lease> findOpenOnClaim(UUID claimId) {
        return list("claimId = ?1 and releasedAt is null", claimId);
    }

    /**
     * Closes an open lease that has run out, and clears the claim's lease marker if it is still this lease's.
     * Conditional updates, so a concurrent closer or a newer lease is never overwritten; false when the lease
     * was closed already.
     */
    public boolean closeExpired(Lease lease, OffsetDateTime now) {
        int closed = update("releasedAt = ?1, releaseReason = ?2 where id = ?3 and releasedAt is null",
                lease.expiresAt.isBefore(now) ? lease.expiresAt : now, LeaseReleaseReason.EXPIRED, lease.id);
        if (closed == 0) {
            return false;
        }
        getEntityManager().createQuery("update Claim c set c.leasedBy = null, c.leasedUntil = null"
                        + " where c.id = :claim and c.leasedBy = :reviewer and c.leasedUntil = :expiresAt")
                .setParameter("claim", lease.claimId)
                .setParameter("reviewer", lease.reviewer)
                .setParameter("expiresAt", lease.expiresAt)
                .executeUpdate();
        return true;
    }
}
