package org.isnad.review.rest;

import java.time.LocalDate;
import java.util.List;

/**
 * The desk at a glance over the last {@code days} UTC days (today included): each queue's backlog now, reviews
 * per day, how long claims waited for a verdict, and inter-reviewer agreement per ISO week.
 */
public record DashboardView(int days, List<Backlog> backlog, List<DayCount> reviewsPerDay,
                            TimeToVerdict timeToVerdict, List<AgreementPoint> agreementOverTime) {

    /** A queue's depth now: claims in it that still need reviews. */
    public record Backlog(String queue, long depth) {
    }

    /** Reviews submitted on a UTC day; every day of the window is listed, oldest first. */
    public record DayCount(LocalDate date, long count) {
    }

    /**
     * Hours from a claim's arrival to its first published verdict, over verdicts first published in the window;
     * median and 90th percentile null when there are none.
     */
    public record TimeToVerdict(long count, Double medianHours, Double p90Hours) {
    }

    /**
     * Krippendorff's alpha of one rubric item (sourcing, evidence: ordinal; verdict: nominal) over the claims
     * whose latest review in the window fell in ISO week {@code period} ("2026-W45") and that have at least two
     * reviews in the window; {@code units} is that number of claims, alpha null when undefined.
     */
    public record AgreementPoint(String period, String item, Double alpha, int units) {
    }
}
