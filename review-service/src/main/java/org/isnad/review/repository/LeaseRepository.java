package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class LeaseRepository implements PanacheRepositoryBase<Lease, UUID> {

    /**
     * Picks and locks the claim a reviewer should work on next in {@code queue}: in the queue, still needing
     * reviews, not reviewed by them, not under an unexpired lease; highest queue priority first (check-worthiness
     * lifted by the size of the claim's cluster, see V9), then newest.
     *
     * <p>The plan this is written for (see docs/performance.md, lease section): an index scan of
     * claim_queue_pick_idx, whose order is the ORDER BY and whose predicate is {@link QueueFilter#NEEDS_REVIEWS},
     * checking the queue's filters, the lease marker and "not reviewed by me" (an anti-join probing the
     * review (claim_id, reviewer) unique index) row by row and stopping at the first claim it can lock: well under
     * a millisecond on 10,000 open claims, where the generic form (queue row joined, filters as ORs over its
     * columns) sorted every open claim on each call. {@code FOR UPDATE SKIP LOCKED} makes concurrent callers pass
     * over a claim another transaction is leasing instead of queueing behind it: there is no global lock. A claim
     * leased by a transaction that committed after this statement's snapshot is still excluded: the lease wrote
     * {@code leased_until} on the claim row, and PostgreSQL re-checks the conditions on the newest row version
     * before it locks it.
     */
    public Optional<Claim> lockNextClaim(ReviewQueue queue, String reviewer, OffsetDateTime now) {
        QueueFilter.Bound filter = QueueFilter.boundTo(queue);
        Query query = getEntityManager().createNativeQuery("select c.* from claim c where "
                + QueueFilter.NEEDS_REVIEWS + " and " + filter.sql() + """
                          and (c.leased_until is null or c.leased_until <= :now)
                          and not exists (select 1 from review r where r.claim_id = c.id and r.reviewer = :reviewer)
                        order by c.queue_priority desc, c.created_at desc, c.id
                        limit 1
                        for update of c skip locked
                        """, Claim.class)
                .setParameter("reviewer", reviewer)
                .setParameter("now", now);
        filter.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Claim> claims = query.getResultList();
        return claims.stream().findFirst();
    }

    /**
     * Lets this transaction's commit return before its WAL record reaches the disk ({@code synchronous_commit =
     * off}, this transaction only). For lease grants, renewals and releases: soft state that reviewers retry, where
     * the wait for the disk flush (≈ 2.6 ms per commit on the project's machine, queued behind every other commit
     * under load) was the largest part of a lease call. Nothing becomes inconsistent: a crash can only lose the last
     * few hundred milliseconds of such commits as a whole (lease, claim marker and audit row together, since WAL is
     * replayed in order), and any later synchronous commit (a review, a verdict) flushes them first, so a review
     * is never durable while the lease it was submitted under is not. Reviews, verdicts and the outbox keep the
     * default, durable commit.
     */
    public void commitWithoutWaitingForDisk() {
        getEntityManager().createNativeQuery("select set_config('synchronous_commit', 'off', true)").getSingleResult();
    }

    /**
     * Serialises one reviewer's lease requests in one queue until the transaction ends (a double click, two
     * tabs): the second finds the first's lease instead of taking a second claim, or being told the queue is
     * empty because the first one's candidates were locked. The same statement does
     * {@link #commitWithoutWaitingForDisk}: one round trip instead of two on the desk's busiest call.
     */
    public void lockReviewerInQueueCommittingWithoutWaitingForDisk(String reviewer, String queue) {
        getEntityManager().createNativeQuery("select set_config('synchronous_commit', 'off', true)"
                        + " from pg_advisory_xact_lock(hashtext('isnad.review.lease'), hashtext(:key))")
                .setParameter("key", queue + "/" + reviewer) // queue names have no "/"
                .getSingleResult();
    }

    /**
     * The reviewer's open lease in this queue, expired or not (at most one: lease_open_reviewer_queue_idx). One
     * query for both questions the lease call asks: is there one to hand back, or one to close first.
     */
    public Optional<Lease> findOpen(String reviewer, String queue) {
        return find("reviewer = ?1 and queue = ?2 and releasedAt is null", reviewer, queue).firstResultOptional();
    }

    /** The reviewer's unexpired open lease on this claim, if any. */
    public Optional<Lease> findActiveOnClaim(UUID claimId, String reviewer, OffsetDateTime now) {
        return find("claimId = ?1 and reviewer = ?2 and releasedAt is null and expiresAt > ?3", claimId, reviewer, now)
                .firstResultOptional();
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
