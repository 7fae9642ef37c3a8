package org.isnad.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.isnad.review.clustering.ClaimMatcher;
import org.isnad.review.clustering.Match;
import org.isnad.review.clustering.PreparedClaim;
import org.isnad.review.config.ReviewConfig;
import org.isnad.review.repository.ClusterRepository;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Puts a newly stored claim in the cluster of the earlier claim that says the same thing, if any. Blocking
 * first: only claims of the last {@code isnad.review.cluster-window} that share content stems with it, the
 * {@code cluster-candidates} sharing most; then {@link ClaimMatcher} decides, and the best same-claim match wins
 * (joining one cluster, never merging two, so near-miss chains cannot pull a contradiction in). Runs in the
 * transaction that stores the claim, so a redelivered event (claim already stored) never clusters it twice.
 *
 * <p>Not in the audit trail: that records what people (and lease expiry) change in queues, rubric, leases,
 * reviews and verdicts; a clustering decision is the matcher's and stays visible as the claim's cluster.
 */
@ApplicationScoped
public class ClaimClustering {

    /** Recently prepared claims by id: the same earlier claims are candidates for many new ones in a row. */
    private static final int PREPARED_CACHE = 2_000;

    private final ClaimMatcher matcher = new ClaimMatcher();
    private final Map<UUID, PreparedClaim> prepared = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, PreparedClaim> eldest) {
            return size() > PREPARED_CACHE;
        }
    };
    private static final Logger LOG = Logger.getLogger(ClaimClustering.class);

    private final ClusterRepository clusters;
    private final ReviewConfig config;
    private final Event<ClusterGrew> grown;

    public ClaimClustering(ClusterRepository clusters, ReviewConfig config, Event<ClusterGrew> grown) {
        this.clusters = clusters;
        this.config = config;
        this.grown = grown;
    }

    /** A claim's text never changes after it is stored, so its preparation can be kept by id. */
    private PreparedClaim prepare(UUID id, String text) {
        synchronized (prepared) {
            PreparedClaim known = prepared.get(id);
            if (known != null) {
                return known;
            }
        }
        PreparedClaim fresh = PreparedClaim.of(text);
        synchronized (prepared) {
            prepared.put(id, fresh);
        }
        return fresh;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cluster(UUID claimId, String text, OffsetDateTime now) {
        PreparedClaim claim = prepare(claimId, text);
        Set<String> stems = claim.stems();
        clusters.storeStems(claimId, stems);
        ClusterRepository.Candidate best = null;
        Match bestMatch = null;
        for (ClusterRepository.Candidate candidate : clusters.candidates(claimId, stems,
                now.minus(config.clusterWindow()), config.clusterCandidates())) {
            Match match = matcher.match(claim, prepare(candidate.id(), candidate.text()));
            if (match.sameClaim() && (bestMatch == null || match.similarity() > bestMatch.similarity())) {
                best = candidate;
                bestMatch = match;
            }
        }
        if (best == null) {
            return;
        }
        UUID cluster = clusters.lockClusterOf(best.id()).orElse(null);
        boolean created = cluster == null;
        if (created) {
            cluster = clusters.create(now);
            clusters.assign(List.of(best.id(), claimId), cluster);
        } else {
            clusters.assign(List.of(claimId), cluster);
        }
        grown.fire(new ClusterGrew(cluster)); // members' sizes are refreshed once this transaction commits
        LOG.debugf("claim %s joins cluster %s%s through claim %s (similarity %.3f)", claimId, cluster,
                created ? " (new)" : "", best.id(), bestMatch.similarity());
    }
}
