package org.isnad.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the outbox relay can reach the broker: otherwise new events pile up unpublished. */
@Readiness
@ApplicationScoped
public class RabbitPublisherHealthCheck implements HealthCheck {

    private final RabbitPublisher publisher;
    private final OutboxRelay relay;

    public RabbitPublisherHealthCheck(RabbitPublisher publisher, OutboxRelay relay) {
        this.publisher = publisher;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        boolean reachable = publisher.reachable();
        return HealthCheckResponse.named("rabbitmq-outbox")
                .status(reachable)
                .withData("pendingEvents", relay.pending())
                .build();
    }
}
