package org.isnad.gateway.partner;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Partner webhooks: delivery retries, timeouts and which addresses a webhook may point at. */
@ConfigMapping(prefix = "isnad.gateway.webhooks")
public interface WebhookConfig {

    /** Attempts per delivery (the first one included) before it is marked FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait before the second attempt; doubled after each further failure (with jitter), up to {@link #maxBackoff()}. */
    @WithDefault("10s")
    Duration initialBackoff();

    /** Longest wait between two attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** How long the receiver may take to answer one attempt. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How long connecting to the receiver may take. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How often the delivery worker looks for due deliveries (read by its schedule). */
    @WithDefault("1s")
    Duration pollInterval();

    /** How many due deliveries one worker pass claims (they are sent concurrently). */
    @WithDefault("20")
    int batchSize();

    /** Registrations per owner (a partner client or a person). */
    @WithDefault("20")
    int maxRegistrationsPerOwner();

    /**
     * Whether a webhook may point at loopback, private, link-local or otherwise internal addresses. Off by default,
     * so a partner cannot make the gateway call the platform's own services; turn on for local development only.
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
