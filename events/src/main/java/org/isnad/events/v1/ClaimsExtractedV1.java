package org.isnad.events.v1;

import java.util.UUID;

/** Claims and entities were extracted from an article; every claim carries its stable id. */
public record ClaimsExtractedV1(UUID articleId, ArticleContextV1 article, ExtractionV1 extraction) {
}
