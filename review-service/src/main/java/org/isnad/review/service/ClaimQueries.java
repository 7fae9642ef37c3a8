package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.problem.ProblemException;
import org.isnad.review.mapping.ClaimMapper;
import org.isnad.review.mapping.ClaimReviewMapper;
import org.isnad.review.repository.Article;
import org.isnad.review.repository.Claim;
import org.isnad.review.repository.ClaimRepository;
import org.isnad.review.repository.ClaimSearch;
import org.isnad.review.repository.ClaimStatus;
import org.isnad.review.repository.ClusterRepository;
import org.isnad.review.repository.Lease;
import org.isnad.review.repository.PublishedVerdict;
import org.isnad.review.repository.Review;
import org.isnad.review.repository.ReviewRepository;
import org.isnad.review.repository.VerdictRepository;
import org.isnad.review.rest.ClaimDetail;
import org.isnad.review.rest.ClaimSummary;
import org.isnad.review.rest.ClusterDetailView;
import org.isnad.review.rest.ClusterMemberView;
import org.isnad.review.rest.ClusterView;
import org.isnad.review.rest.LeaseResponse;
import org.isnad.review.rest.PageView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads claims for reviewers, and published verdicts as ClaimReview. Review is blind: see {@link #get}. */
@ApplicationScoped
public class ClaimQueries {

    private final ClaimRepository claims;
    private final ReviewRepository reviews;
    private final VerdictRepository verdicts;
    private final ClaimMapper mapper;
    private final ClaimReviewMapper claimReviews;
    private final ClusterRepository clusters;

    /** Siblings a claim's detail lists at most; a cluster's own view lists up to CLUSTER_LISTED. */
    static final int SIBLINGS = 20;
    static final int CLUSTER_LISTED = 200;

    public ClaimQueries(ClaimRepository claims, ReviewRepository reviews, VerdictRepository verdicts,
                        ClaimMapper mapper, ClaimReviewMapper claimReviews, ClusterRepository clusters) {
        this.clusters = clusters;
        this.claims = claims;
        this.reviews = reviews;
        this.verdicts = verdicts;
        this.mapper = mapper;
        this.claimReviews = claimReviews;
    }

    /** The schema.org ClaimReview of the claim's published verdict; 404 until there is one. */
    public Map<String, Object> claimReview(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Claim claim = claims.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Claim", id));
            PublishedVerdict verdict = verdicts.findByIdOptional(id).orElseThrow(() -> new ProblemException(404,
                    "not-found", "Not found", "Claim " + id + " has no published verdict"));
            return claimReviews.toClaimReview(claim, claims.article(claim.articleId), verdict);
        });
    }

    /** {@code search.normalizedText} must already be {@link ArabicText#normalize normalised}. */
    public PageView<ClaimSummary> list(ClaimSearch search, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<ClaimSummary> items = claims.search(search, page, size).stream().map(mapper::toSummary).toList();
            return new PageView<>(items, page, size, claims.count(search));
        });
    }

    /**
     * The claim in its article. Other reviewers' reviews are included only once {@code caller} has submitted
     * their own review of it, or when {@code privileged} (editor, admin): a reviewer must not be swayed.
     */
    public ClaimDetail get(UUID id, String caller, boolean privileged) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Claim claim = claims.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Claim", id));
            return detail(claim, caller, privileged);
        });
    }

    /**
     * The lease as its holder sees it; runs in the lease's transaction. An open lease means its holder has not
     * reviewed the claim (a review closes the lease it was made under, and the pick skips claims the caller has
     * reviewed), so a reviewer's lease view shows no reviews and needs no review query: the lease call is the
     * desk's busiest, and every statement in its transaction holds the claim's row lock a little longer.
     */
    LeaseResponse leaseView(Lease lease, String caller, boolean privileged) {
        Claim claim = claims.findById(lease.claimId);
        return new LeaseResponse(detail(claim, privileged ? visibleReviews(claim, caller, true) : null), lease.id,
                lease.queue, lease.leasedAt, lease.expiresAt);
    }

    private ClaimDetail detail(Claim claim, String caller, boolean privileged) {
        return detail(claim, visibleReviews(claim, caller, privileged));
    }

    private ClaimDetail detail(Claim claim, List<Review> visibleReviews) {
        Article article = claims.article(claim.articleId);
        // a verdict is stored only together with the PUBLISHED status (VerdictService) and never removed
        PublishedVerdict verdict = claim.status == ClaimStatus.PUBLISHED ? verdicts.findById(claim.id) : null;
        return mapper.toDetail(claim, article, visibleReviews, verdict,
                claim.clusterId == null ? null : new ClusterView(claim.clusterId, clusters.size(claim.clusterId),
                        members(claim.clusterId, claim.id, SIBLINGS)));
    }

    /**
     * The claim's reviews if {@code caller} may see them (null if not): once they have submitted their own, or
     * when {@code privileged}. A review is stored together with the claim's review count, under the claim's lock,
     * so a count of 0 means there is nothing to read.
     */
    private List<Review> visibleReviews(Claim claim, String caller, boolean privileged) {
        if (claim.reviewCount == 0) {
            return privileged ? List.of() : null;
        }
        List<Review> all = reviews.forClaim(claim.id);
        boolean visible = privileged || all.stream().anyMatch(review -> review.reviewer.equals(caller));
        return visible ? all : null;
    }

    /** A cluster and its claims; 404 when unknown. */
    public ClusterDetailView cluster(UUID id) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            if (!clusters.exists(id, false)) {
                throw ProblemException.notFound("Cluster", id);
            }
            return new ClusterDetailView(id, clusters.size(id), members(id, null, CLUSTER_LISTED));
        });
    }

    private List<ClusterMemberView> members(UUID cluster, UUID except, int limit) {
        return clusters.members(cluster, except, limit).stream()
                .map(m -> new ClusterMemberView(m.id(), m.text(), m.outlet(), m.publishedAt(), m.status())).toList();
    }
}
