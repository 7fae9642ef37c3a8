package org.isnad.gateway.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Map;

/**
 * Per-caller token buckets for {@code /api/v1/**}. Each caller (a partner client by its client id, a person by
 * user name) has a bucket of {@code burst} tokens refilled at {@code requests-per-second}; a call takes one token
 * and a call that finds the bucket empty is answered 429 with {@code Retry-After}.
 * <pre>
 * isnad.gateway.rate-limits.enabled=true
 * isnad.gateway.rate-limits.default.requests-per-second=20
 * isnad.gateway.rate-limits.default.burst=40
 * isnad.gateway.rate-limits.clients."partner-demo".requests-per-second=5
 * isnad.gateway.rate-limits.clients."partner-demo".burst=10
 * isnad.gateway.rate-limits.users."ingest1".requests-per-second=50
 * </pre>
 */
@ConfigMapping(prefix = "isnad.gateway.rate-limits")
public interface RateLimitConfig {

    /** Whether API calls are rate limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** The limit of every caller without its own entry under {@code clients} or {@code users}. */
    @io.smallrye.config.WithName("default")
    Limit defaults();

    /** Limits of particular partner clients, by client id. */
    Map<String, Limit> clients();

    /** Limits of particular people, by user name (e.g. an ingest account that bulk-loads archives). */
    Map<String, Limit> users();

    /** A token bucket's shape. */
    interface Limit {

        /** Sustained rate: tokens added per second. */
        @WithDefault("20")
        double requestsPerSecond();

        /** Bucket size: how many calls may come at once after a quiet period. */
        @WithDefault("40")
        int burst();
    }
}
