package org.isnad.review.service;

import org.isnad.review.repository.ClaimStatus;
import org.isnad.review.repository.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConsensusRuleTest {

    private final ConsensusRule rule = new ConsensusRule(1);

    private static ConsensusRule.Vote vote(Verdict verdict, int sourcing, int evidence) {
        return new ConsensusRule.Vote(verdict, sourcing, evidence);
    }

    @Test
    void sameVerdictAndRatingsWithinSpreadIsConsensus() {
        assertEquals(ClaimStatus.CONSENSUS, rule.decide(List.of(vote(Verdict.FALSE, 2, 1), vote(Verdict.FALSE, 2, 1))));
        assertEquals(ClaimStatus.CONSENSUS, rule.decide(List.of(vote(Verdict.FALSE, 2, 1), vote(Verdict.FALSE, 3, 2))));
        assertEquals(ClaimStatus.CONSENSUS, rule.decide(List.of(vote(Verdict.TRUE, 4, 5), vote(Verdict.TRUE, 5, 4),
                vote(Verdict.TRUE, 5, 5))));
    }

    @Test
    void differentVerdictsAreDisputedEvenWithEqualRatings() {
        assertEquals(ClaimStatus.DISPUTED, rule.decide(List.of(vote(Verdict.TRUE, 4, 4),
                vote(Verdict.MOSTLY_TRUE, 4, 4))));
    }

    @Test
    void aRatingSpreadAboveTheLimitIsDisputed() {
        assertEquals(ClaimStatus.DISPUTED, rule.decide(List.of(vote(Verdict.FALSE, 1, 3), vote(Verdict.FALSE, 3, 3))));
        assertEquals(ClaimStatus.DISPUTED, rule.decide(List.of(vote(Verdict.FALSE, 3, 1), vote(Verdict.FALSE, 3, 2),
                vote(Verdict.FALSE, 3, 3))));
    }

    @Test
    void theSpreadIsConfigurable() {
        List<ConsensusRule.Vote> votes = List.of(vote(Verdict.OPINION, 1, 2), vote(Verdict.OPINION, 2, 2));
        assertEquals(ClaimStatus.DISPUTED, new ConsensusRule(0).decide(votes));
        assertEquals(ClaimStatus.CONSENSUS, new ConsensusRule(1).decide(votes));
        assertEquals(ClaimStatus.CONSENSUS, new ConsensusRule(4).decide(List.of(vote(Verdict.FALSE, 1, 1),
                vote(Verdict.FALSE, 5, 5))));
    }

    @Test
    void aSingleRequiredReviewIsConsensus() {
        assertEquals(ClaimStatus.CONSENSUS, rule.decide(List.of(vote(Verdict.UNVERIFIABLE, 1, 5))));
    }

    @Test
    void noReviewsOrANegativeSpreadIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> rule.decide(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ConsensusRule(-1));
    }
}
