package org.isnad.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.review.repository.LeaseRepository;
import org.isnad.review.rest.LeaseResponse;
import org.isnad.review.service.ClaimIngestService;
import org.isnad.review.service.LeaseService;
import org.isnad.testsupport.CleanTestQueues;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lease pick under contention, at the service level (there are only three demo reviewers): many reviewers
 * asking at the same moment never get the same claim, and one reviewer asking many times at once gets one lease.
 */
@QuarkusTest
@QuarkusTestResource(CleanTestQueues.class)
class LeaseConcurrencyTest {

    /** Fewer claims than callers: some callers must be told "nothing left", none may get a taken claim. */
    private static final int CLAIMS = 150;
    private static final int CALLERS = 200;

    @Inject
    LeaseService leases;

    @Inject
    ClaimIngestService ingest;

    @Inject
    TestDb db;

    @Inject
    LeaseRepository leaseRepository;

    @Inject
    EntityManager em;

    @Test
    void concurrentReviewersNeverShareAClaim() throws Exception {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ClaimsExtractedV1 data = Articles.many(UUID.randomUUID(), outlet, CLAIMS);
        ingest.ingest(Articles.event(data));

        List<Optional<LeaseResponse>> results = race(CALLERS, i -> leases.lease(queue, "load-" + i, false));

        List<UUID> leased = results.stream().flatMap(Optional::stream).map(r -> r.claim().id()).toList();
        assertEquals(CLAIMS, leased.size(), "every claim leased once, the other callers got nothing");
        assertEquals(CLAIMS, new HashSet<>(leased).size(), "no claim leased twice: " + leased);
        Set<UUID> all = data.extraction().claims().stream().map(ExtractionV1.ClaimV1::id).collect(Collectors.toSet());
        assertEquals(all, new HashSet<>(leased));
        assertEquals(CLAIMS, db.count("select count(*) from lease l join claim c on c.id = l.claim_id"
                + " join article a on a.id = c.article_id where a.outlet = ?1 and l.released_at is null", outlet));
    }

    @Test
    void oneReviewerAskingManyTimesAtOnceGetsOneLease() throws Exception {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ingest.ingest(Articles.event(Articles.many(UUID.randomUUID(), outlet, 5)));

        List<Optional<LeaseResponse>> results = race(10, i -> leases.lease(queue, "same-reviewer", false));

        Set<UUID> leaseIds = results.stream().map(r -> r.orElseThrow().leaseId()).collect(Collectors.toSet());
        assertEquals(1, leaseIds.size(), "one lease, returned to every call: " + leaseIds);
    }

    /**
     * Leases that come and go: 200 reviewers lease and release again and again over fewer claims than
     * reviewers, so each claim passes from hand to hand. Judged from what was stored: no two leases of one claim
     * were ever open at overlapping times, and every lease was closed.
     */
    @Test
    void leasesPassingFromHandToHandNeverOverlap() throws Exception {
        String outlet = "outlet-" + UUID.randomUUID();
        String queue = db.createQueue(outlet, null);
        ingest.ingest(Articles.event(Articles.many(UUID.randomUUID(), outlet, 40)));

        List<Optional<LeaseResponse>> last = race(CALLERS, i -> {
            Optional<LeaseResponse> held = Optional.empty();
            for (int round = 0; round < 3; round++) {
                held = leases.lease(queue, "churn-" + i, false);
                held.ifPresent(lease -> leases.release(lease.leaseId(), "churn-" + i));
            }
            return held;
        });

        String ofQueue = " join claim c on c.id = l.claim_id join article a on a.id = c.article_id"
                + " where a.outlet = ?1";
        long granted = db.count("select count(*) from lease l" + ofQueue, outlet);
        assertTrue(granted >= 40, "the claims were leased (" + granted + " leases, "
                + last.stream().filter(Optional::isPresent).count() + " callers leased in their last round)");
        assertEquals(0, db.count("select count(*) from lease l" + ofQueue + " and l.released_at is null", outlet));
        assertEquals(0, db.count("""
                select count(*) from lease l join lease m on m.claim_id = l.claim_id and m.id <> l.id
                    and m.leased_at >= l.leased_at and m.leased_at < l.released_at
                join claim c on c.id = l.claim_id join article a on a.id = c.article_id
                where a.outlet = ?1
                """, outlet), "a lease began while another lease of the same claim was open");
    }

    /**
     * Lease transactions commit without waiting for the WAL flush; the setting must not leak into the pooled
     * connection's next transaction (a review or verdict must stay a durable commit).
     */
    @Test
    void relaxedCommitDurabilityStaysInsideTheLeaseTransaction() {
        String inside = QuarkusTransaction.requiringNew().call(() -> {
            leaseRepository.commitWithoutWaitingForDisk();
            return setting();
        });
        assertEquals("off", inside);
        for (int i = 0; i < 30; i++) { // enough transactions to go through every pooled connection
            assertEquals("on", QuarkusTransaction.requiringNew().call(this::setting));
        }
    }

    /** The lease call's first statement takes the reviewer's lock in the queue and relaxes durability, both for
     * its own transaction only. */
    @Test
    void theLeaseCallsFirstStatementLocksTheReviewerAndRelaxesDurabilityForItsTransactionOnly() {
        Object[] inside = QuarkusTransaction.requiringNew().call(() -> {
            leaseRepository.lockReviewerInQueueCommittingWithoutWaitingForDisk("lock-probe", "all");
            return new Object[] {setting(), advisoryLocksHeld()};
        });
        assertEquals("off", inside[0]);
        assertEquals(1L, inside[1]);
        for (int i = 0; i < 30; i++) {
            assertEquals("on", QuarkusTransaction.requiringNew().call(this::setting));
            assertEquals(0L, QuarkusTransaction.requiringNew().call(this::advisoryLocksHeld));
        }
    }

    private long advisoryLocksHeld() {
        return ((Number) em.createNativeQuery("select count(*) from pg_locks where locktype = 'advisory'"
                + " and pid = pg_backend_pid()").getSingleResult()).longValue();
    }

    private String setting() {
        return (String) em.createNativeQuery("select current_setting('synchronous_commit')").getSingleResult();
    }

    private interface Call {
        Optional<LeaseResponse> lease(int caller);
    }

    private static List<Optional<LeaseResponse>> race(int callers, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<LeaseResponse>>> futures = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int caller = i;
                Callable<Optional<LeaseResponse>> task = () -> {
                    start.await();
                    return call.lease(caller);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Optional<LeaseResponse>> results = new ArrayList<>();
            for (Future<Optional<LeaseResponse>> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
