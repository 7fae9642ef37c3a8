package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.review.agreement.AlphaResult;
import org.isnad.review.agreement.KrippendorffAlpha;
import org.isnad.review.agreement.Metric;
import org.isnad.review.agreement.ReliabilityData;
import org.isnad.review.repository.QueueRepository;
import org.isnad.review.repository.ReviewRating;
import org.isnad.review.repository.ReviewRepository;
import org.isnad.review.repository.VerdictRepository;
import org.isnad.review.rest.DashboardView;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/** The editors' dashboard: backlog, review throughput, time to verdict and agreement per week. */
@ApplicationScoped
public class DashboardService {

    private final QueueRepository queues;
    private final ReviewRepository reviews;
    private final VerdictRepository verdicts;

    public DashboardService(QueueRepository queues, ReviewRepository reviews, VerdictRepository verdicts) {
        this.queues = queues;
        this.reviews = reviews;
        this.verdicts = verdicts;
    }

    /** Over the last {@code days} UTC days, today included. */
    public DashboardView dashboard(int days) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate first = today.minusDays(days - 1L);
        OffsetDateTime from = first.atStartOfDay().atOffset(ZoneOffset.UTC);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<String, Long> depths = queues.depths();
            List<DashboardView.Backlog> backlog = queues.listInOrder().stream()
                    .map(q -> new DashboardView.Backlog(q.name, depths.getOrDefault(q.name, 0L))).toList();

            Map<LocalDate, Long> counts = reviews.countsPerDay(from);
            List<DashboardView.DayCount> perDay = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                perDay.add(new DashboardView.DayCount(day, counts.getOrDefault(day, 0L)));
            }

            VerdictRepository.Wait wait = verdicts.timeToVerdict(from);
            return new DashboardView(days, backlog, perDay,
                    new DashboardView.TimeToVerdict(wait.count(), wait.medianHours(), wait.p90Hours()),
                    agreementPerWeek(reviews.ratingsSince(from)));
        });
    }

    /**
     * Each claim with at least two reviews in the window counts in the ISO week of its latest one: the week its
     * reviewers' ratings became comparable. Weeks in order, items sourcing, evidence, verdict within a week.
     */
    static List<DashboardView.AgreementPoint> agreementPerWeek(List<ReviewRepository.TimedRating> rows) {
        Map<UUID, List<ReviewRepository.TimedRating>> byClaim = new LinkedHashMap<>();
        rows.forEach(r -> byClaim.computeIfAbsent(r.rating().claimId(), k -> new ArrayList<>()).add(r));
        Map<String, List<ReviewRating>> byWeek = new TreeMap<>();
        for (List<ReviewRepository.TimedRating> claim : byClaim.values()) {
            if (claim.size() < 2) {
                continue;
            }
            OffsetDateTime latest = claim.stream().map(ReviewRepository.TimedRating::at)
                    .max(OffsetDateTime::compareTo).orElseThrow();
            List<ReviewRating> week = byWeek.computeIfAbsent(isoWeek(latest), k -> new ArrayList<>());
            claim.forEach(r -> week.add(r.rating()));
        }
        List<DashboardView.AgreementPoint> points = new ArrayList<>();
        byWeek.forEach((week, ratings) -> {
            int units = (int) ratings.stream().map(ReviewRating::claimId).distinct().count();
            points.add(point(week, "sourcing", ratings, ReviewRating::sourcing, Metric.ORDINAL, units));
            points.add(point(week, "evidence", ratings, ReviewRating::evidence, Metric.ORDINAL, units));
            points.add(point(week, "verdict", ratings, ReviewRating::verdict, Metric.NOMINAL, units));
        });
        return points;
    }

    static String isoWeek(OffsetDateTime at) {
        LocalDate day = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static DashboardView.AgreementPoint point(String week, String item, List<ReviewRating> ratings,
                                                      Function<ReviewRating, Object> value, Metric metric,
                                                      int units) {
        ReliabilityData.Builder data = ReliabilityData.builder();
        ratings.forEach(r -> data.add(r.claimId().toString(), r.reviewer(), value.apply(r)));
        AlphaResult result = KrippendorffAlpha.compute(data.build(), metric);
        return new DashboardView.AgreementPoint(week, item, result.isDefined() ? result.alpha() : null, units);
    }
}
