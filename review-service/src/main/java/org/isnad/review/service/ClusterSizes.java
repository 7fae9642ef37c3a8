package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.isnad.review.repository.ClusterRepository;
import org.jboss.logging.Logger;

/**
 * Keeps each claim's {@code cluster_size} (the queue order's lift, V9) equal to its cluster's member count. The
 * refresh runs after the joining claim's transaction commits, in a transaction of its own: counted inside the
 * joining transaction, two claims joining one cluster at once would each miss the other, and locking the whole
 * cluster there would order locks against cluster-wide verdicts. After commit, the last refresh sees every member.
 */
@ApplicationScoped
public class ClusterSizes {

    private static final Logger LOG = Logger.getLogger(ClusterSizes.class);

    private final ClusterRepository clusters;

    public ClusterSizes(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    void onGrowth(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClusterGrew grown) {
        try {
            QuarkusTransaction.requiringNew().run(() -> clusters.refreshSize(grown.clusterId()));
        } catch (RuntimeException e) {
            // the claim is stored and clustered; only its queue position lags until the cluster grows again
            LOG.warnf("cluster %s: size not refreshed (%s)", grown.clusterId(), e.toString());
        }
    }
}
