package org.isnad.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Where the outbox relay publishes. The messaging connector's own {@code rabbitmq-*} keys are set from these in
 * each service's application.properties, so one set of values configures both.
 */
@ConfigMapping(prefix = "isnad.rabbitmq")
public interface RabbitConfig {

    /** Broker host. */
    @WithDefault("127.0.0.1")
    String host();

    /** AMQP port. */
    @WithDefault("5672")
    int port();

    @WithDefault("isnad")
    String username();

    @WithDefault("isnad")
    String password();

    /** {@code isnad} for a running platform, {@code isnad_test} under ./isnad test. */
    @WithDefault("isnad")
    String virtualHost();

    /** How long the relay waits for the broker's publisher confirms before treating a batch as not sent. */
    @WithDefault("5s")
    Duration confirmTimeout();

    /** TCP connect timeout; kept short so a stopped broker never stalls the relay or a readiness probe. */
    @WithDefault("2s")
    Duration connectTimeout();
}
