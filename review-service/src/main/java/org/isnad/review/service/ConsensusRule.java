package org.isnad.review.service;

import org.isnad.review.repository.ClaimStatus;
import org.isnad.review.repository.Verdict;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Decides a claim's outcome once it has all the reviews it needs: CONSENSUS when every reviewer suggested the
 * same verdict and, for each rubric item, the highest and lowest rating are at most {@code spread} apart;
 * DISPUTED otherwise. Pure, so the desk's rule is easy to test and to change.
 */
public final class ConsensusRule {

    /** One review as the rule sees it. */
    public record Vote(Verdict verdict, int sourcing, int evidence) {
    }

    private final int spread;

    public ConsensusRule(int spread) {
        if (spread < 0) {
            throw new IllegalArgumentException("spread must not be negative: " + spread);
        }
        this.spread = spread;
    }

    public ClaimStatus decide(List<Vote> votes) {
        if (votes.isEmpty()) {
            throw new IllegalArgumentException("no reviews to decide on");
        }
        boolean sameVerdict = votes.stream().map(Vote::verdict).distinct().count() == 1;
        boolean agree = sameVerdict && withinSpread(votes, Vote::sourcing) && withinSpread(votes, Vote::evidence);
        return agree ? ClaimStatus.CONSENSUS : ClaimStatus.DISPUTED;
    }

    private boolean withinSpread(List<Vote> votes, ToIntFunction<Vote> rating) {
        int max = votes.stream().mapToInt(rating).max().orElseThrow();
        int min = votes.stream().mapToInt(rating).min().orElseThrow();
        return max - min <= spread;
    }
}
