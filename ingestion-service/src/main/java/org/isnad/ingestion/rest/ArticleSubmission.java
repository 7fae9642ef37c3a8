package org.isnad.ingestion.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

/** An article as a partner or ingest tool submits it: plain {@code body} or raw {@code html}, not both. */
public record ArticleSubmission(
        @NotBlank @Size(max = 1000) String title,
        String body,
        String html,
        @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Size(max = 200) String outlet,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 tag such as ar or en")
        String language,
        OffsetDateTime publishedAt) {

    @AssertTrue(message = "give exactly one of body or html, not blank")
    public boolean isBodyOrHtml() {
        boolean hasBody = body != null && !body.isBlank();
        boolean hasHtml = html != null && !html.isBlank();
        return hasBody ^ hasHtml;
    }
}
