package org.isnad.review.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How review works on this desk. Each default is what a two-reviewer desk starts with. */
@ConfigMapping(prefix = "isnad.review")
public interface ReviewConfig {

    /** How long a lease holds a claim for its reviewer (15 minutes); after that anyone may lease it again. */
    @WithDefault("15M")
    Duration leaseDuration();

    /** Reviews a claim needs before its outcome is decided (2), unless a queue it falls in asks for more. */
    @WithDefault("2")
    int reviewsRequired();

    /**
     * Largest difference between the highest and lowest rating of one rubric item (1) for the reviews of a claim
     * to count as agreeing; the verdicts must also be the same.
     */
    @WithDefault("1")
    int consensusSpread();

    /** Largest page size of claim lists (100). */
    @WithDefault("100")
    int maxPageSize();

    /**
     * Public address of published verdicts (http://127.0.0.1:8080/claims); a verdict's stable URL, the
     * ClaimReview {@code url}, is this followed by {@code /<claim id>}.
     */
    @WithDefault("http://127.0.0.1:8080/claims")
    String publicBaseUrl();

    /**
     * How far back a new claim looks for earlier claims that say the same (30 days): a claim recycled after
     * that is reviewed afresh.
     */
    @WithDefault("P30D")
    Duration clusterWindow();

    /**
     * Earlier claims a new claim is compared with at most (10): those sharing the most content stems with it,
     * newest first among equals. Bounds the matcher's work per stored claim (each comparison prepares the
     * earlier claim unless it is among the recently prepared, about 0.5 ms).
     */
    @WithDefault("10")
    int clusterCandidates();

    /** The desk's name as the author of its ClaimReviews ("Isnad"). */
    @WithDefault("Isnad")
    String publisherName();
}
