package org.isnad.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReviewFormTest {

    private static final Map<String, Object> RUBRIC = Map.of("items", List.of(
            Map.of("key", "sourcing", "signals", List.of(
                    Map.of("key", "sourceTypeConfirmed", "kind", "enum"),
                    Map.of("key", "independentSources", "kind", "integer"),
                    Map.of("key", "anonymousMotivationGiven", "kind", "boolean"))),
            Map.of("key", "evidence", "signals", List.of(Map.of("key", "evidenceTypes", "kind", "multi")))));

    @Test
    void formFieldsBecomeTheReviewBodyByTheRubricsKinds() {
        Map<String, List<String>> form = Map.of(
                "rating.sourcing", List.of("2"), "rating.evidence", List.of("4"),
                "signal.sourceTypeConfirmed", List.of("ANONYMOUS"), "signal.independentSources", List.of(" 3 "),
                "signal.evidenceTypes", List.of("documents", "imagery", ""), "verdict", List.of("MISLEADING"),
                "evidenceLinks", List.of("https://a.example/1\r\n\r\n  https://b.example/2  "),
                "notes", List.of("  ملاحظة  "));
        Map<String, Object> review = ReviewForm.toReview(RUBRIC, form);
        assertEquals(Map.of("sourcing", 2, "evidence", 4), review.get("ratings"));
        assertEquals(Map.of("sourceTypeConfirmed", "ANONYMOUS", "independentSources", 3,
                "anonymousMotivationGiven", false, "evidenceTypes", List.of("documents", "imagery")),
                review.get("signals"));
        assertEquals("MISLEADING", review.get("verdict"));
        assertEquals(List.of("https://a.example/1", "https://b.example/2"), review.get("evidenceLinks"));
        assertEquals("ملاحظة", review.get("notes"));
    }

    @Test
    void missingOrMalformedValuesAreLeftForTheServiceToRefuse() {
        Map<String, Object> review = ReviewForm.toReview(RUBRIC, Map.of("rating.sourcing", List.of("five")));
        @SuppressWarnings("unchecked")
        Map<String, Object> ratings = (Map<String, Object>) review.get("ratings");
        assertNull(ratings.get("sourcing"));
        assertNull(review.get("verdict"));
        assertFalse(review.containsKey("notes"));
    }
}
