package org.isnad.review.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.outbox.Outbox;
import org.isnad.common.problem.ProblemException;
import org.isnad.events.EventType;
import org.isnad.events.v1.ClaimVerdictPublishedV1;
import org.isnad.review.mapping.ClaimMapper;
import org.isnad.review.repository.AuditRepository;
import org.isnad.review.repository.Claim;
import org.isnad.review.repository.ClaimRepository;
import org.isnad.review.repository.ClaimStatus;
import org.isnad.review.repository.ClusterRepository;
import org.isnad.review.repository.Lease;
import org.isnad.review.repository.LeaseReleaseReason;
import org.isnad.review.repository.LeaseRepository;
import org.isnad.review.repository.PublishedVerdict;
import org.isnad.review.repository.Verdict;
import org.isnad.review.repository.VerdictRepository;
import org.isnad.review.rest.ClusterVerdictView;
import org.isnad.review.rest.VerdictSubmission;
import org.isnad.review.rest.VerdictView;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes an editor's verdict, whatever the claim's status (NEW, IN_REVIEW, CONSENSUS, DISPUTED, or PUBLISHED
 * already: then the verdict is replaced). In one transaction, with the claim row locked first: the verdict is
 * stored, the claim moves to PUBLISHED (never leased or reviewed again), its open lease is closed (PUBLISHED), an
 * audit entry written (VERDICT_PUBLISHED, or VERDICT_CHANGED with the previous verdict) and
 * {@code claim.verdict-published} put in the outbox.
 */
@ApplicationScoped
public class VerdictService {

    private final ClaimRepository claims;
    private final LeaseRepository leases;
    private final VerdictRepository verdicts;
    private final AuditRepository audit;
    private final Outbox outbox;
    private final ClaimMapper mapper;
    private final MeterRegistry registry;
    private final ClusterRepository clusters;

    public VerdictService(ClaimRepository claims, LeaseRepository leases, VerdictRepository verdicts,
                          AuditRepository audit, Outbox outbox, ClaimMapper mapper, MeterRegistry registry,
                          ClusterRepository clusters) {
        this.clusters = clusters;
        this.claims = claims;
        this.leases = leases;
        this.verdicts = verdicts;
        this.audit = audit;
        this.outbox = outbox;
        this.mapper = mapper;
        this.registry = registry;
    }

    public VerdictView publish(UUID claimId, String editor, VerdictSubmission submission) {
        VerdictView view = QuarkusTransaction.requiringNew().call(() -> mapper.toView(store(claimId, editor,
                submission)));
        registry.counter("isnad.review.verdicts", "verdict", view.verdict()).increment();
        return view;
    }

    /**
     * Publishes one verdict for every claim of a cluster, in one transaction: each claim as {@link #publish}
     * does it (its own audit entry and claim.verdict-published event), claims locked in id order, plus a
     * CLUSTER_VERDICT_PUBLISHED entry. 404 for an unknown cluster.
     */
    public ClusterVerdictView publishCluster(UUID clusterId, String editor, VerdictSubmission submission) {
        ClusterVerdictView view = QuarkusTransaction.requiringNew().call(() -> {
            // locked: a claim joining the cluster meanwhile is either in this verdict or waits until it is out
            if (!clusters.exists(clusterId, true)) {
                throw ProblemException.notFound("Cluster", clusterId);
            }
            List<UUID> members = clusters.memberIds(clusterId);
            List<VerdictView> published = members.stream()
                    .map(claimId -> mapper.toView(store(claimId, editor, submission))).toList();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("clusterId", clusterId.toString());
            detail.put("verdict", submission.verdict());
            detail.put("claims", members.stream().map(UUID::toString).toList());
            audit.record(Timestamps.now(), editor, "CLUSTER_VERDICT_PUBLISHED", null, detail);
            return new ClusterVerdictView(clusterId, submission.verdict(), published);
        });
        registry.counter("isnad.review.verdicts", "verdict", view.verdict()).increment(view.claims().size());
        return view;
    }

    private PublishedVerdict store(UUID claimId, String editor, VerdictSubmission submission) {
        OffsetDateTime now = Timestamps.now();
        Claim claim = claims.findForUpdate(claimId).orElseThrow(() -> ProblemException.notFound("Claim", claimId));
        ClaimStatus before = claim.status;

        PublishedVerdict verdict = verdicts.findByIdOptional(claimId).orElse(null);
        Map<String, Object> detail = new LinkedHashMap<>();
        if (verdict == null) {
            verdict = new PublishedVerdict();
            verdict.claimId = claimId;
            verdict.firstPublishedAt = now;
        } else {
            Map<String, Object> previous = new LinkedHashMap<>();
            previous.put("verdict", verdict.verdict.name());
            previous.put("editor", verdict.editor);
            previous.put("publishedAt", verdict.publishedAt.toString());
            previous.put("explanation", verdict.explanation);
            if (verdict.explanationEn != null) {
                previous.put("explanationEn", verdict.explanationEn);
            }
            detail.put("previous", previous);
        }
        boolean replaced = detail.containsKey("previous");
        verdict.verdict = Verdict.valueOf(submission.verdict());
        verdict.explanation = submission.explanation().strip();
        verdict.explanationEn = submission.explanationEn() == null || submission.explanationEn().isBlank() ? null
                : submission.explanationEn().strip();
        verdict.editor = editor;
        verdict.publishedAt = now;
        if (!replaced) {
            verdicts.persist(verdict);
        }

        List<Lease> open = leases.findOpenOnClaim(claimId);
        for (Lease lease : open) {
            lease.releasedAt = lease.expiresAt.isBefore(now) ? lease.expiresAt : now;
            lease.releaseReason = lease.expiresAt.isBefore(now) ? LeaseReleaseReason.EXPIRED
                    : LeaseReleaseReason.PUBLISHED;
        }
        claim.status = ClaimStatus.PUBLISHED;
        claim.leasedBy = null;
        claim.leasedUntil = null;
        claim.updatedAt = now;

        detail.put("verdict", verdict.verdict.name());
        detail.put("explanation", verdict.explanation);
        if (verdict.explanationEn != null) {
            detail.put("explanationEn", verdict.explanationEn);
        }
        detail.put("previousStatus", before.name());
        detail.put("closedLeases", open.stream().map(l -> Map.of("leaseId", l.id.toString(), "reviewer", l.reviewer,
                "reason", l.releaseReason.name())).toList());
        audit.record(now, editor, replaced ? "VERDICT_CHANGED" : "VERDICT_PUBLISHED", claimId, detail);

        outbox.enqueue(EventType.CLAIM_VERDICT_PUBLISHED, claimId, new ClaimVerdictPublishedV1(claimId,
                claim.articleId, verdict.verdict.name(), verdict.explanation, verdict.explanationEn, editor, now));
        verdicts.flush();
        return verdict;
    }
}
