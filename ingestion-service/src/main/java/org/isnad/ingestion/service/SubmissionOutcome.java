package org.isnad.ingestion.service;

import org.isnad.ingestion.repository.ArticleStatus;

import java.util.UUID;

/** What became of a submission: a new article (accepted) or a known one (duplicate). */
public record SubmissionOutcome(UUID articleId, ArticleStatus status, boolean duplicate) {
}
