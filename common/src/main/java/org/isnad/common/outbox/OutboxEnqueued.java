package org.isnad.common.outbox;

/** Fired when an event is written to the outbox; observed after the transaction commits to wake the relay. */
public record OutboxEnqueued(String routingKey) {
}
