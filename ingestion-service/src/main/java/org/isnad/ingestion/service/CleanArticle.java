package org.isnad.ingestion.service;

/** An article after cleaning: the text extraction will see, and its dedup hash. */
public record CleanArticle(String title, String text, String language, String contentHash) {
}
