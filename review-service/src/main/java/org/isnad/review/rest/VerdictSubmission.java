package org.isnad.review.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.isnad.review.repository.Verdict;

/** An editor's final verdict on a claim: the explanation (Arabic) is required, its English version optional. */
public record VerdictSubmission(
        @NotNull @Pattern(regexp = Verdict.PATTERN, message = "must be one of " + Verdict.PATTERN) String verdict,
        @NotBlank @Size(max = 5000)
        @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String explanation,
        @Size(max = 5000)
        @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String explanationEn) {
}
