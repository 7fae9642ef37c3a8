package org.isnad.review.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Inter-reviewer agreement over the claims in scope that have at least two reviews. {@code alpha} is null when
 * undefined (no pairable values, or every value identical).
 */
public record AgreementView(Scope scope, int claims, Items items, List<ReviewerAgreement> reviewers) {

    public record Scope(String queue, LocalDate from, LocalDate to, UUID articleId) {
    }

    public record Items(Alpha sourcing, Alpha evidence, Alpha verdict) {
    }

    /** Krippendorff's alpha of one rubric item: metric, alpha, pairable values (n) and claims used. */
    public record Alpha(String metric, Double alpha, int pairableValues, int units) {
    }

    /** Share of a reviewer's verdicts that match the other reviewers' majority (null when no claim qualifies). */
    public record ReviewerAgreement(String reviewer, int reviews, Double agreementWithConsensus) {
    }
}
