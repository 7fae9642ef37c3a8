package org.isnad.extraction.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A text to extract from; blank text gives an empty result. */
public record ExtractionRequestBody(
        @NotNull String text,
        @Size(max = 1000) String title,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 tag such as ar or en")
        String language) {
}
