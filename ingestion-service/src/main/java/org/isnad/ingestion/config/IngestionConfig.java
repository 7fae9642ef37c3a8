package org.isnad.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of what ingestion accepts. Each default is what a newsroom article comfortably fits in. */
@ConfigMapping(prefix = "isnad.ingestion")
public interface IngestionConfig {

    /** Largest single-article request body in bytes (1 MiB); larger requests get 413. */
    @WithDefault("1048576")
    long maxArticleBytes();

    /** Largest NDJSON batch request body in bytes (16 MiB); larger requests get 413. */
    @WithDefault("16777216")
    long maxBatchBytes();

    /** Longest cleaned article text in characters (200,000, about 30,000 words); longer gets 413. */
    @WithDefault("200000")
    int maxArticleChars();

    /** Most articles in one NDJSON batch. */
    @WithDefault("1000")
    int maxBatchArticles();
}
