package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.review.clustering.PreparedClaim;
import org.isnad.review.repository.ClusterRepository;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Computes the matcher stems of claims stored before clustering existed (V7), so new claims can be matched with
 * them too. Small batches, each its own transaction, until none is left; afterwards each run is one probe of
 * an index that holds only such claims (claim_stems_missing_idx). The old claims are not clustered among
 * themselves: they become candidates for claims stored from now on.
 */
@ApplicationScoped
public class ClaimStemBackfill {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ClaimStemBackfill.class);

    private final ClusterRepository clusters;

    public ClaimStemBackfill(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    @Scheduled(every = "5m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int total = backfill();
        if (total > 0) {
            LOG.infof("computed matcher stems of %d claims stored before clustering", total);
        }
    }

    /** Runs batches until no claim lacks stems; the number of claims done. */
    public int backfill() {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(this::batch);
            total += done;
        } while (done == BATCH);
        return total;
    }

    private int batch() {
        List<ClusterRepository.Candidate> claims = clusters.lockWithoutStems(BATCH);
        claims.forEach(c -> clusters.storeStems(c.id(), PreparedClaim.of(c.text()).stems()));
        return claims.size();
    }
}
