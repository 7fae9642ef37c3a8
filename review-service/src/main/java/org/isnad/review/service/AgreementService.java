package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.problem.ProblemException;
import org.isnad.review.agreement.AlphaResult;
import org.isnad.review.agreement.KrippendorffAlpha;
import org.isnad.review.agreement.Metric;
import org.isnad.review.agreement.ReliabilityData;
import org.isnad.review.repository.QueueRepository;
import org.isnad.review.repository.ReviewRating;
import org.isnad.review.repository.ReviewRepository;
import org.isnad.review.rest.AgreementView;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Krippendorff's alpha per rubric item (sourcing and evidence ordinal, verdict nominal) and each reviewer's
 * agreement with the other reviewers' majority verdict, over the claims in scope with at least two reviews.
 * Dates are UTC days, both inclusive, on the review's created_at.
 */
@ApplicationScoped
public class AgreementService {

    private final ReviewRepository reviews;
    private final QueueRepository queues;

    public AgreementService(ReviewRepository reviews, QueueRepository queues) {
        this.reviews = reviews;
        this.queues = queues;
    }

    public AgreementView compute(String queue, LocalDate from, LocalDate to, UUID articleId) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badRequest("from must not be after to");
        }
        List<ReviewRating> rows = QuarkusTransaction.joiningExisting().call(() -> {
            if (queue != null && queues.findByIdOptional(queue).isEmpty()) {
                throw ProblemException.notFound("Queue", queue);
            }
            return reviews.ratingsInScope(queue,
                    from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
                    to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), articleId);
        });

        Map<UUID, List<ReviewRating>> byClaim = new LinkedHashMap<>();
        rows.forEach(r -> byClaim.computeIfAbsent(r.claimId(), k -> new ArrayList<>()).add(r));
        List<ReviewRating> used = byClaim.values().stream().filter(rs -> rs.size() >= 2)
                .flatMap(List::stream).toList();
        int claims = (int) byClaim.values().stream().filter(rs -> rs.size() >= 2).count();

        ReliabilityData verdicts = data(used, ReviewRating::verdict);
        var items = new AgreementView.Items(
                alpha(data(used, ReviewRating::sourcing), Metric.ORDINAL, claims),
                alpha(data(used, ReviewRating::evidence), Metric.ORDINAL, claims),
                alpha(verdicts, Metric.NOMINAL, claims));

        Map<String, Integer> counts = new TreeMap<>();
        used.forEach(r -> counts.merge(r.reviewer(), 1, Integer::sum));
        List<AgreementView.ReviewerAgreement> reviewers = counts.entrySet().stream()
                .map(e -> new AgreementView.ReviewerAgreement(e.getKey(), e.getValue(),
                        orNull(KrippendorffAlpha.agreementWithConsensus(verdicts, e.getKey()))))
                .toList();
        return new AgreementView(new AgreementView.Scope(queue, from, to, articleId), claims, items, reviewers);
    }

    private static ReliabilityData data(List<ReviewRating> rows, Function<ReviewRating, Object> value) {
        ReliabilityData.Builder builder = ReliabilityData.builder();
        rows.forEach(r -> builder.add(r.claimId().toString(), r.reviewer(), value.apply(r)));
        return builder.build();
    }

    private static AgreementView.Alpha alpha(ReliabilityData data, Metric metric, int units) {
        AlphaResult result = KrippendorffAlpha.compute(data, metric);
        return new AgreementView.Alpha(metric.name(), result.isDefined() ? result.alpha() : null, result.n(), units);
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
