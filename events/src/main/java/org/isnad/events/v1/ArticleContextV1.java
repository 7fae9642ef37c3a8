package org.isnad.events.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;

/** What a reviewer needs to see a claim in its article, carried so review needs no call back to ingestion. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleContextV1(String title, String text, String language, String url, String outlet,
                               OffsetDateTime publishedAt) {
}
