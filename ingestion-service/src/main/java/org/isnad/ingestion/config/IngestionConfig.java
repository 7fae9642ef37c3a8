package org.isnad.ingestion.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of what ingestion accepts. Each default is what a newsroom article comfortably fits in. Request body
 * sizes are {@code isnad.http.*} (1 MiB per article, 16 MiB per batch).
 */
@ConfigMapping(prefix = "isnad.ingestion")
public interface IngestionConfig {

    /** Longest cleaned article text in characters (200,000, about 30,000 words); longer gets 413. */
    @WithDefault("200000")
    int maxArticleChars();

    /** Most articles in one NDJSON batch. */
    @WithDefault("1000")
    int maxBatchArticles();
}
