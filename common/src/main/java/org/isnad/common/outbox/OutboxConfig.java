package org.isnad.common.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Tuning of the outbox relay. The poll interval itself is {@code isnad.outbox.poll-interval} (default 250ms). */
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

    /** Poll interval of the relay (read by the scheduler as {@code ${isnad.outbox.poll-interval}}). */
    @WithDefault("0.25s")
    Duration pollInterval();
}
