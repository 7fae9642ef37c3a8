package org.isnad.events.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An article was accepted, cleaned and stored. {@code text} is the cleaned body (paragraphs separated by a
 * blank line) that extraction offsets refer to; {@code contentHash} is the hash of its normalised form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleIngestedV1(UUID articleId, String title, String text, String language, String url,
                                String outlet, OffsetDateTime publishedAt, String contentHash) {
}
