package org.isnad.ingestion.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An article as the API shows it; {@code appearances} counts later submissions of the same text. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(UUID id, String title, String text, String url, String outlet, String language,
                          OffsetDateTime publishedAt, OffsetDateTime receivedAt, String status,
                          String failureReason, String extractorVersion, OffsetDateTime extractedAt,
                          List<UUID> claimIds, long appearances) {
}
