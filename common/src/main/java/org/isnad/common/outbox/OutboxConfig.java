package org.isnad.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Tuning of the outbox relay. The relay is woken right after every commit that enqueued an event; a sweep every
 * {@code isnad.outbox.sweep-interval} (default 1s, the scheduler's finest grain) publishes whatever is left,
 * e.g. after a broker outage.
 */
@ConfigMapping(prefix = "isnad.outbox")
public interface OutboxConfig {

    /** Rows published per transaction; the relay loops while batches come back full. */
    @WithDefault("100")
    int batchSize();

    /** After a failed publish the relay waits this long before trying the broker again. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** Published rows are kept this long for diagnosis, then deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** Interval of the relay's sweep (read by the scheduler as {@code ${isnad.outbox.sweep-interval}}). */
    @WithDefault("1s")
    Duration sweepInterval();
}
