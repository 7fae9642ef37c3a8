package org.isnad.review.repository;

import java.util.UUID;

/** Filters of a claim list; null means "any". {@code normalizedText} is already Arabic-normalised. */
public record ClaimSearch(UUID articleId, ClaimStatus status, SourceType sourceType, String entity,
                          String normalizedText) {
}
