package org.isnad.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves committed outbox rows to RabbitMQ. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several
 * replicas can relay side by side without publishing a row twice while it is in flight; a row is marked sent
 * only after the broker confirmed it. Delivery is at-least-once: consumers deduplicate by the CloudEvent id.
 * The relay runs as soon as a transaction that enqueued an event commits (so an article reaches extraction in
 * milliseconds, not at the next tick) and on a sweep that retries what could not be sent.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final RabbitPublisher publisher;
    private final OutboxConfig config;
    private final EntityManager em;
    private final Counter published;
    private final Counter failures;
    private final ManagedExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wakeUp = new AtomicBoolean();
    private volatile Instant pausedUntil = Instant.EPOCH;
    private volatile boolean brokerDown;

    public OutboxRelay(RabbitPublisher publisher, OutboxConfig config, EntityManager em, MeterRegistry registry,
                       ManagedExecutor executor) {
        this.publisher = publisher;
        this.config = config;
        this.em = em;
        this.executor = executor;
        this.published = Counter.builder("isnad.outbox.published").description("Events confirmed by the broker")
                .register(registry);
        this.failures = Counter.builder("isnad.outbox.publish.failures")
                .description("Relay batches the broker did not confirm").register(registry);
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEnqueued enqueued) {
        wakeUp.set(true);
        if (!running.get()) {
            executor.execute(this::drain);
        }
    }

    @Scheduled(every = "${isnad.outbox.sweep-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        wakeUp.set(true);
        drain();
    }

    /** Publishes until nothing is left or the broker fails; one drain runs at a time. */
    void drain() {
        if (!running.compareAndSet(false, true)) {
            return; // the running drain sees the wake-up and goes round once more
        }
        try {
            while (!Instant.now().isBefore(pausedUntil) && wakeUp.getAndSet(false)) {
                int sent;
                do {
                    sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
                } while (sent == config.batchSize());
            }
        } finally {
            running.set(false);
        }
        if (wakeUp.get() && !Instant.now().isBefore(pausedUntil)) {
            executor.execute(this::drain); // woken between the last check and the release
        }
    }

    /** Publishes one batch; returns how many rows were confirmed (0 when none were pending or the broker failed). */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxMessage> batch = em.createNativeQuery("select * from outbox where published_at is null"
                        + " order by id limit :limit for update skip locked", OutboxMessage.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            publisher.publish(batch);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            failures.increment();
            pausedUntil = Instant.now().plus(config.retryBackoff());
            batch.forEach(message -> {
                message.attempts++;
                message.lastError = String.valueOf(e.getMessage());
            });
            if (!brokerDown) {
                LOG.warnf("Outbox relay cannot publish (%s); %d event(s) wait in the outbox", e.getMessage(),
                        batch.size());
                brokerDown = true;
            }
            return 0;
        }
        if (brokerDown) {
            LOG.info("Outbox relay reconnected to the broker; publishing resumed");
            brokerDown = false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        batch.forEach(message -> message.publishedAt = now);
        published.increment(batch.size());
        return batch.size();
    }

    @Scheduled(every = "1h", delayed = "1m")
    void deleteOldPublished() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        QuarkusTransaction.requiringNew().run(() ->
                OutboxMessage.delete("publishedAt is not null and publishedAt < ?1", cutoff));
    }

    /** Unpublished rows, for readiness detail and tests. */
    public long pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.count("publishedAt is null"));
    }
}
