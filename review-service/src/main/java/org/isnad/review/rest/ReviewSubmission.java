package org.isnad.review.rest;

import jakarta.validation.Valid;
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
        List<@NotNull @Size(max = 2048) @Pattern(regexp = "https?://[^\\s/?#]+[^\\s]*",
                message = "must be an http(s) URL") String> evidenceLinks,
        @Size(max = 10000) String notes) {
}
