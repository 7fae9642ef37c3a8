package org.isnad.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/** Request body limits, checked from Content-Length before a body is read. */
@ConfigMapping(prefix = "isnad.http")
public interface HttpLimitsConfig {

    /** Largest request body in bytes on any path without its own limit (1 MiB). */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Per-path limits in bytes, keyed by the request path (e.g. "/api/v1/articles/batch"). */
    Map<String, Long> pathLimits();
}
