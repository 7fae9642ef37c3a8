package org.isnad.review.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The article around a claim; the claim's start/end index into {@code text}, for highlighting. */
public record ArticleContextView(UUID id, String title, String url, String outlet, String language,
                                 OffsetDateTime publishedAt, String text) {
}
