package org.isnad.review.service;

import org.isnad.review.repository.ReviewRating;
import org.isnad.review.repository.ReviewRepository.TimedRating;
import org.isnad.review.rest.DashboardView.AgreementPoint;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Agreement per ISO week: which claims count in which week, and alpha from their ratings. */
class DashboardAgreementTest {

    private static final OffsetDateTime MONDAY_W45 = OffsetDateTime.parse("2026-11-02T09:00:00Z");

    private static TimedRating rating(UUID claim, String reviewer, int sourcing, int evidence, String verdict,
                                      OffsetDateTime at) {
        return new TimedRating(new ReviewRating(claim, reviewer, sourcing, evidence, verdict), at);
    }

    @Test
    void claimsCountInTheWeekOfTheirLatestReviewAndSingleReviewsAreLeftOut() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID lone = UUID.randomUUID();
        List<TimedRating> rows = List.of(
                // a and b: perfect agreement within week 45
                rating(a, "r1", 1, 2, "FALSE", MONDAY_W45), rating(a, "r2", 1, 2, "FALSE", MONDAY_W45.plusDays(1)),
                rating(b, "r1", 5, 4, "TRUE", MONDAY_W45), rating(b, "r2", 5, 4, "TRUE", MONDAY_W45.plusDays(2)),
                // c: first review in week 45, second on the Monday of week 46: counts in week 46, alone there
                rating(c, "r1", 3, 3, "MISLEADING", MONDAY_W45.plusDays(3)),
                rating(c, "r2", 1, 5, "TRUE", MONDAY_W45.plusDays(7)),
                rating(lone, "r1", 2, 2, "OPINION", MONDAY_W45));

        List<AgreementPoint> points = DashboardService.agreementPerWeek(rows);

        assertEquals(List.of("2026-W45", "2026-W45", "2026-W45", "2026-W46", "2026-W46", "2026-W46"),
                points.stream().map(AgreementPoint::period).toList());
        assertEquals(List.of("sourcing", "evidence", "verdict", "sourcing", "evidence", "verdict"),
                points.stream().map(AgreementPoint::item).toList());
        assertEquals(List.of(2, 2, 2, 1, 1, 1), points.stream().map(AgreementPoint::units).toList());
        for (AgreementPoint point : points.subList(0, 3)) {
            assertEquals(1.0, point.alpha(), 1e-9, point.item());
        }
        // one claim whose two reviewers disagree: all the disagreement there is lies within it, observed equals
        // expected disagreement and alpha is 0
        assertEquals(0.0, points.get(5).alpha(), 1e-9);
    }

    @Test
    void isoWeeksFollowTheWeekBasedYear() {
        assertEquals("2026-W53", DashboardService.isoWeek(OffsetDateTime.parse("2027-01-01T12:00:00Z")));
        assertEquals("2026-W01", DashboardService.isoWeek(OffsetDateTime.parse("2025-12-29T00:30:00Z")));
        // weeks are UTC weeks: 00:30 on Monday in UTC+1 is still Sunday in UTC
        assertEquals("2025-W52", DashboardService.isoWeek(OffsetDateTime.parse("2025-12-29T00:30:00+01:00")));
    }
}
