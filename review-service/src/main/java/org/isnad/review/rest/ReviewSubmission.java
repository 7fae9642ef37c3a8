package org.isnad.review.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.isnad.review.repository.Verdict;

import java.util.List;
import java.util.Map;

/** A reviewer's review of the claim they hold a lease on. {@code signals} is free-form (rubric check boxes). */
public record ReviewSubmission(
        @NotNull @Valid Ratings ratings,
        @Size(max = 50, message = "at most 50 signals") Map<@NotBlank @Size(max = 100) String, Object> signals,
        @NotNull @Pattern(regexp = Verdict.PATTERN, message = "must be one of " + Verdict.PATTERN) String verdict,
        @Size(max = 20, message = "at most 20 links")
        List<@NotNull @Size(max = 2048) @Pattern(regexp = "https?://[^\\s/?#\\x00]+[^\\s\\x00]*",
                message = "must be an http(s) URL") String> evidenceLinks,
        @Size(max = 10000) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String notes) {

    /** PostgreSQL cannot store NUL characters in text or jsonb. */
    @AssertTrue(message = "signals must not contain NUL characters")
    public boolean isSignalsStorable() {
        return signals == null || !containsNul(signals);
    }

    private static boolean containsNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') >= 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(e -> containsNul(e.getKey()) || containsNul(e.getValue()));
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                if (containsNul(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
