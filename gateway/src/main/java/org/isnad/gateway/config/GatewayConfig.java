package org.isnad.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where the gateway sends each part of the public API. */
@ConfigMapping(prefix = "isnad.gateway")
public interface GatewayConfig {

    /** Base URL of ingestion-service (articles). */
    @WithDefault("http://127.0.0.1:8081")
    String ingestionUrl();

    /** Base URL of extraction-service (synchronous extraction). */
    @WithDefault("http://127.0.0.1:8082")
    String extractionUrl();

    /** Base URL of review-service (claims, queues, leases, reviews, verdicts, statistics). */
    @WithDefault("http://127.0.0.1:8083")
    String reviewUrl();

    /** How long a service may take to answer before the gateway gives up with 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();
}
