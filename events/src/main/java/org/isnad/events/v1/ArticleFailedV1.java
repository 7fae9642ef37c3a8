package org.isnad.events.v1;

import java.util.UUID;

/** Extraction gave up on an article; {@code reason} is safe to show to an editor. */
public record ArticleFailedV1(UUID articleId, String extractorVersion, String reason) {
}
