package org.isnad.review.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A claim's published verdict: {@code publishedAt} is the latest publication, {@code firstPublishedAt} the first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerdictView(UUID claimId, String verdict, String explanation, String explanationEn, String editor,
                          OffsetDateTime publishedAt, OffsetDateTime firstPublishedAt) {
}
