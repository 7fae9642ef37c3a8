package org.isnad.review.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.isnad.common.persistence.SqlErrors;
import org.isnad.common.problem.ProblemException;
import org.isnad.review.config.ReviewConfig;
import org.isnad.review.repository.AuditRepository;
import org.isnad.review.repository.Claim;
import org.isnad.review.repository.ClaimRepository;
import org.isnad.review.repository.Lease;
import org.isnad.review.repository.LeaseReleaseReason;
import org.isnad.review.repository.LeaseRepository;
import org.isnad.review.repository.QueueRepository;
import org.isnad.review.repository.ReviewQueue;
import org.isnad.review.rest.LeaseResponse;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Hands out work: the next claim of a queue, exclusively, for {@code isnad.review.lease-duration}. Concurrent
 * callers never get the same claim (the pick is {@code FOR UPDATE SKIP LOCKED}, see
 * {@link LeaseRepository#lockNextClaim}; partial unique indexes back it up). Asking again while holding an
 * unexpired lease in the queue returns that lease.
 */
@ApplicationScoped
public class LeaseService {

    private static final int ATTEMPTS = 3;
    private static final Pattern QUEUE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final QueueRepository queues;
    private final LeaseRepository leases;
    private final ClaimRepository claims;
    private final AuditRepository audit;
    private final ClaimQueries queries;
    private final ReviewConfig config;
    private final MeterRegistry registry;
    private final Timer leaseTime;
    private final Timer emptyLeaseTime;
    private final Timer failedLeaseTime;

    public LeaseService(QueueRepository queues, LeaseRepository leases, ClaimRepository claims, AuditRepository audit,
                        ClaimQueries queries, ReviewConfig config, MeterRegistry registry) {
        this.queues = queues;
        this.leases = leases;
        this.claims = claims;
        this.audit = audit;
        this.queries = queries;
        this.config = config;
        this.registry = registry;
        this.leaseTime = leaseTimer(registry, "leased");
        this.emptyLeaseTime = leaseTimer(registry, "empty");
        this.failedLeaseTime = leaseTimer(registry, "error");
    }

    /** The caller's lease in {@code queue}, new or held already; empty when nothing is left for them. */
    public Optional<LeaseResponse> lease(String queue, String reviewer, boolean privileged) {
        Timer.Sample started = Timer.start(registry);
        Timer outcome = failedLeaseTime;
        try {
            Optional<LeaseResponse> leased = leaseWithRetries(queue, reviewer, privileged);
            outcome = leased.isPresent() ? leaseTime : emptyLeaseTime;
            return leased;
        } finally {
            started.stop(outcome);
        }
    }

    /**
     * Time to answer a lease call inside review-service (pick, lock, write, render; not the HTTP hop or the token
     * check), as a histogram with buckets at the service level objective: the desk's "next claim" button should
     * answer within 20 ms at the 99th percentile. Registered once per outcome, not looked up on every lease.
     */
    private static Timer leaseTimer(MeterRegistry registry, String outcome) {
        return Timer.builder("isnad.review.lease.duration")
                .description("Time to hand out a claim lease, in review-service")
                .tag("outcome", outcome)
                .serviceLevelObjectives(Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(20),
                        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250))
                .register(registry);
    }

    private Optional<LeaseResponse> leaseWithRetries(String queue, String reviewer, boolean privileged) {
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<Granted> granted = QuarkusTransaction.requiringNew().call(() -> {
                    Optional<Granted> result = tryLease(queue, reviewer);
                    // render inside the transaction: the lease and the claim view are one consistent read
                    return result.map(g -> g.withView(queries.leaseView(g.lease(), reviewer, privileged)));
                });
                granted.filter(Granted::fresh).ifPresent(g ->
                        registry.counter("isnad.review.leases", "queue", queue).increment());
                return granted.map(Granted::view);
            } catch (PersistenceException e) {
                // a concurrent lease of the same reviewer in this queue (or of the same claim) committed first;
                // the next attempt finds it, or picks another claim
                if (attempt >= ATTEMPTS || !SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private Optional<Granted> tryLease(String queueName, String reviewer) {
        ReviewQueue queue = QUEUE_NAME.matcher(queueName).matches() ? queues.findById(queueName) : null;
        if (queue == null) {
            throw ProblemException.notFound("Queue", queueName);
        }
        // per reviewer and queue only: other reviewers' lease calls never wait on this one
        leases.lockReviewerInQueueCommittingWithoutWaitingForDisk(reviewer, queueName);
        OffsetDateTime now = Timestamps.now();
        Optional<Lease> open = leases.findOpen(reviewer, queueName);
        if (open.isPresent() && open.get().expiresAt.isAfter(now)) {
            return Optional.of(new Granted(open.get(), false, null));
        }
        open.ifPresent(expired -> expire(expired, now));
        Optional<Claim> next = leases.lockNextClaim(queue, reviewer, now);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = next.get();
        if (claim.leasedUntil != null) {
            // picked although marked: its lease has run out (the pick requires leased_until <= now); close it
            leases.findOpenOnClaim(claim.id).forEach(expired -> expire(expired, now));
            leases.flush();
        }

        // stamped once the claim row is ours: a lease that waited for the lock must not appear to start before
        // the previous holder's release (the audit trail would show an overlap that never happened)
        OffsetDateTime grantedAt = Timestamps.now();
        Lease lease = new Lease();
        lease.id = UUID.randomUUID();
        lease.claimId = claim.id;
        lease.queue = queueName;
        lease.reviewer = reviewer;
        lease.leasedAt = grantedAt;
        lease.expiresAt = grantedAt.plus(config.leaseDuration());
        leases.persist(lease);
        claim.leasedBy = reviewer;
        claim.leasedUntil = lease.expiresAt;
        claim.updatedAt = grantedAt;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("leaseId", lease.id.toString());
        detail.put("queue", queueName);
        detail.put("expiresAt", lease.expiresAt.toString());
        audit.record(grantedAt, reviewer, "LEASE_GRANTED", claim.id, detail);
        leases.flush();
        return Optional.of(new Granted(lease, true, null));
    }

    /**
     * Extends the caller's open, unexpired lease to {@code isnad.review.lease-duration} from now. 404 for an
     * unknown lease, 403 not-lease-holder for someone else's, 409 lease-closed once it has been closed or has
     * run out (lease the claim again instead).
     */
    public LeaseResponse renew(UUID leaseId, String reviewer, boolean privileged) {
        return QuarkusTransaction.requiringNew().call(() -> {
            leases.commitWithoutWaitingForDisk();
            OffsetDateTime now = Timestamps.now();
            Lease lease = holdersOpenLease(leaseId, reviewer, now);
            Claim claim = claims.findById(lease.claimId);
            OffsetDateTime previous = lease.expiresAt;
            lease.expiresAt = now.plus(config.leaseDuration());
            claim.leasedBy = reviewer;
            claim.leasedUntil = lease.expiresAt;
            claim.updatedAt = now;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("leaseId", lease.id.toString());
            detail.put("queue", lease.queue);
            detail.put("previousExpiresAt", previous.toString());
            detail.put("expiresAt", lease.expiresAt.toString());
            audit.record(now, reviewer, "LEASE_RENEWED", claim.id, detail);
            leases.flush();
            return queries.leaseView(lease, reviewer, privileged);
        });
    }

    /**
     * Closes the caller's open, unexpired lease (RELEASED): the claim goes back to its queues for anyone, the
     * caller included. Same errors as {@link #renew}.
     */
    public void release(UUID leaseId, String reviewer) {
        QuarkusTransaction.requiringNew().run(() -> {
            leases.commitWithoutWaitingForDisk();
            OffsetDateTime now = Timestamps.now();
            Lease lease = holdersOpenLease(leaseId, reviewer, now);
            Claim claim = claims.findById(lease.claimId);
            lease.releasedAt = now;
            lease.releaseReason = LeaseReleaseReason.RELEASED;
            claim.leasedBy = null;
            claim.leasedUntil = null;
            claim.updatedAt = now;
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("leaseId", lease.id.toString());
            detail.put("queue", lease.queue);
            detail.put("expiresAt", lease.expiresAt.toString());
            audit.record(now, reviewer, "LEASE_RELEASED", claim.id, detail);
            leases.flush();
        });
    }

    /**
     * The lease, checked to be the caller's and still open. Its claim is locked first (the order reviews and
     * publication use), then the lease re-read, so a concurrent review, publication or release is seen.
     */
    private Lease holdersOpenLease(UUID leaseId, String reviewer, OffsetDateTime now) {
        Lease found = leases.findByIdOptional(leaseId).orElseThrow(() -> ProblemException.notFound("Lease", leaseId));
        if (!found.reviewer.equals(reviewer)) {
            throw new ProblemException(403, "not-lease-holder", "Forbidden",
                    "Lease " + leaseId + " is held by another reviewer");
        }
        claims.findForUpdate(found.claimId);
        leases.getEntityManager().refresh(found);
        if (found.releasedAt != null) {
            throw ProblemException.conflict("lease-closed", "Lease " + leaseId + " was closed ("
                    + found.releaseReason + "); lease a claim from a queue again");
        }
        if (!found.expiresAt.isAfter(now)) {
            throw ProblemException.conflict("lease-closed", "Lease " + leaseId + " expired at " + found.expiresAt
                    + "; lease a claim from a queue again");
        }
        return found;
    }

    /** Closes a lease that has run out (unless someone else just did) and records it. */
    private void expire(Lease lease, OffsetDateTime now) {
        if (!leases.closeExpired(lease, now)) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("leaseId", lease.id.toString());
        detail.put("queue", lease.queue);
        detail.put("reviewer", lease.reviewer);
        detail.put("expiredAt", lease.expiresAt.toString());
        audit.record(now, AuditRepository.SYSTEM, "LEASE_EXPIRED", lease.claimId, detail);
    }

    private record Granted(Lease lease, boolean fresh, LeaseResponse view) {
        Granted withView(LeaseResponse view) {
            return new Granted(lease, fresh, view);
        }
    }
}
