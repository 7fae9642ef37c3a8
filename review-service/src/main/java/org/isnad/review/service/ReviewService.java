package org.isnad.review.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.outbox.Outbox;
import org.isnad.common.problem.ProblemException;
import org.isnad.events.EventType;
import org.isnad.events.v1.ClaimReviewedV1;
import org.isnad.review.config.ReviewConfig;
import org.isnad.review.mapping.ClaimMapper;
import org.isnad.review.repository.AuditRepository;
import org.isnad.review.repository.Claim;
import org.isnad.review.repository.ClaimRepository;
import org.isnad.review.repository.ClaimStatus;
import org.isnad.review.repository.Lease;
import org.isnad.review.repository.LeaseReleaseReason;
import org.isnad.review.repository.LeaseRepository;
import org.isnad.review.repository.Review;
import org.isnad.review.repository.ReviewRepository;
import org.isnad.review.repository.Verdict;
import org.isnad.review.rest.ReviewSubmission;
import org.isnad.review.rest.ReviewView;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes a reviewer's review of the claim they hold a lease on. In one transaction: the review is stored, the
 * lease closed, the claim's status moved on (IN_REVIEW, or CONSENSUS / DISPUTED by the {@link ConsensusRule}
 * once it has the reviews it needs), an audit entry written and {@code claim.reviewed} put in the outbox.
 * The claim row is locked first, so two submissions for one claim run one after the other.
 */
@ApplicationScoped
public class ReviewService {

    private final ClaimRepository claims;
    private final LeaseRepository leases;
    private final ReviewRepository reviews;
    private final AuditRepository audit;
    private final Outbox outbox;
    private final ClaimMapper mapper;
    private final ConsensusRule consensus;
    private final MeterRegistry registry;
    private final RubricService rubrics;

    public ReviewService(ClaimRepository claims, LeaseRepository leases, ReviewRepository reviews,
                         AuditRepository audit, Outbox outbox, ClaimMapper mapper, ReviewConfig config,
                         MeterRegistry registry, RubricService rubrics) {
        this.rubrics = rubrics;
        this.claims = claims;
        this.leases = leases;
        this.reviews = reviews;
        this.audit = audit;
        this.outbox = outbox;
        this.mapper = mapper;
        this.consensus = new ConsensusRule(config.consensusSpread());
        this.registry = registry;
    }

    public ReviewView submit(UUID claimId, String reviewer, ReviewSubmission submission) {
        Review review = QuarkusTransaction.requiringNew().call(() -> store(claimId, reviewer, submission));
        registry.counter("isnad.review.reviews", "verdict", review.verdict.name()).increment();
        return mapper.toView(review);
    }

    private Review store(UUID claimId, String reviewer, ReviewSubmission submission) {
        OffsetDateTime now = Timestamps.now();
        Claim claim = claims.findForUpdate(claimId).orElseThrow(() -> ProblemException.notFound("Claim", claimId));
        if (reviews.exists(claimId, reviewer)) {
            throw ProblemException.conflict("already-reviewed", "You have already reviewed claim " + claimId);
        }
        Lease lease = leases.findActiveOnClaim(claimId, reviewer, now).orElseThrow(() ->
                ProblemException.conflict("lease-required", "Lease claim " + claimId
                        + " from a queue first; a lease you held may have expired"));
        if (!claim.status.reviewable() || claim.reviewCount >= claim.reviewsRequired) {
            throw ProblemException.conflict("review-closed", "Claim " + claimId + " takes no more reviews ("
                    + claim.status + ")");
        }

        // the active rubric: unknown signals or values of the wrong kind or range are refused (400)
        int rubricVersion = rubrics.validateSignals(submission.signals());

        Review review = new Review();
        review.rubricVersion = rubricVersion;
        review.id = UUID.randomUUID();
        review.claimId = claimId;
        review.leaseId = lease.id;
        review.reviewer = reviewer;
        review.sourcing = submission.ratings().sourcing();
        review.evidence = submission.ratings().evidence();
        review.signals = submission.signals() == null ? Map.of() : submission.signals();
        review.verdict = Verdict.valueOf(submission.verdict());
        review.evidenceLinks = submission.evidenceLinks() == null ? List.of() : submission.evidenceLinks();
        review.notes = submission.notes();
        review.createdAt = now;
        reviews.persist(review);

        lease.releasedAt = now;
        lease.releaseReason = LeaseReleaseReason.REVIEWED;
        claim.leasedBy = null;
        claim.leasedUntil = null;
        claim.reviewCount++;
        claim.status = claim.reviewCount < claim.reviewsRequired ? ClaimStatus.IN_REVIEW : decide(claimId);
        claim.updatedAt = now;

        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reviewId", review.id.toString());
        detail.put("leaseId", lease.id.toString());
        detail.put("verdict", review.verdict.name());
        detail.put("ratings", Map.of("sourcing", review.sourcing, "evidence", review.evidence));
        detail.put("rubricVersion", rubricVersion);
        detail.put("status", claim.status.name());
        detail.put("reviewCount", claim.reviewCount);
        audit.record(now, reviewer, "REVIEW_SUBMITTED", claimId, detail);

        outbox.enqueue(EventType.CLAIM_REVIEWED, claimId, new ClaimReviewedV1(claimId, claim.articleId, review.id,
                reviewer, Map.of("sourcing", review.sourcing, "evidence", review.evidence), review.verdict.name(),
                now));
        reviews.flush();
        return review;
    }

    private ClaimStatus decide(UUID claimId) {
        List<ConsensusRule.Vote> votes = reviews.forClaim(claimId).stream()
                .map(r -> new ConsensusRule.Vote(r.verdict, r.sourcing, r.evidence))
                .toList();
        return consensus.decide(votes);
    }
}
