package org.isnad.gateway.partner;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.gateway.repository.DueDelivery;
import org.isnad.gateway.repository.WebhookRepository;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The delivery worker: every poll it claims due deliveries ({@code FOR UPDATE SKIP LOCKED}, leased past the send
 * timeout), POSTs each signed CloudEvent concurrently, and records the outcome: DELIVERED on any 2xx, else a retry
 * after exponential backoff with jitter, or FAILED once {@code max-attempts} are spent. Redirects are not followed.
 * Delivery is at least once: a receiver deduplicates by {@code Isnad-Event-Id}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";

    private final WebhookRepository repository;
    private final WebhookConfig config;
    private final WebhookUrlPolicy urls;
    private final HttpClient client;
    private final MeterRegistry registry;

    public WebhookDispatcher(WebhookRepository repository, WebhookConfig config, MeterRegistry registry) {
        this.repository = repository;
        this.registry = registry;
        this.config = config;
        this.urls = new WebhookUrlPolicy(config.allowPrivateAddresses());
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${isnad.gateway.webhooks.poll-interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        int sent;
        do {
            sent = dispatchBatch();
        } while (sent == config.batchSize());
    }

    /** Claims and sends one batch; returns how many deliveries it attempted. */
    public int dispatchBatch() {
        Duration lease = config.requestTimeout().plus(config.connectTimeout()).plusSeconds(30);
        List<DueDelivery> due = repository.claimDue(config.batchSize(), lease);
        CompletableFuture<?>[] attempts = due.stream().map(this::attempt).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(attempts).join();
        return due.size();
    }

    private CompletableFuture<Void> attempt(DueDelivery delivery) {
        URI uri = URI.create(delivery.url());
        Optional<String> refused = urls.addressProblem(uri);
        if (refused.isPresent()) {
            failed(delivery, null, refused.get());
            return CompletableFuture.completedFuture(null);
        }
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.requestTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("User-Agent", "Isnad-Webhooks/1")
                .header("Isnad-Event-Id", delivery.eventId())
                .header("Isnad-Event-Type", delivery.eventType())
                .header("Isnad-Delivery-Id", Long.toString(delivery.id()))
                .header("Isnad-Delivery-Attempt", Integer.toString(delivery.attempt()))
                .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), now, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, error) -> {
                    try {
                        if (error != null) {
                            failed(delivery, null, describe(error));
                        } else if (response.statusCode() / 100 == 2) {
                            repository.delivered(delivery.id(), response.statusCode());
                            count("delivered");
                        } else {
                            failed(delivery, response.statusCode(), "HTTP " + response.statusCode());
                        }
                    } catch (RuntimeException e) {
                        // the lease runs out and the attempt comes due again
                        LOG.errorf(e, "Could not record the outcome of webhook delivery %d", delivery.id());
                    }
                    return null;
                });
    }

    private void failed(DueDelivery delivery, Integer statusCode, String error) {
        OffsetDateTime next = null;
        if (delivery.attempt() < config.maxAttempts()) {
            Duration wait = Backoff.after(delivery.attempt(), config.initialBackoff(), config.maxBackoff(),
                    ThreadLocalRandom.current());
            next = OffsetDateTime.now(ZoneOffset.UTC).plus(wait);
            count("retry");
        } else {
            count("failed");
            LOG.warnf("Webhook delivery %d of event %s to %s failed for good after %d attempts: %s", delivery.id(),
                    delivery.eventId(), delivery.url(), delivery.attempt(), error);
        }
        repository.attemptFailed(delivery.id(), statusCode, error, next);
    }

    /** {@code isnad.webhooks.attempts{outcome=delivered|retry|failed}}: every attempt's outcome. */
    private void count(String outcome) {
        registry.counter("isnad.webhooks.attempts", "outcome", outcome).increment();
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        if (cause instanceof java.net.ConnectException) {
            return "connection refused or unreachable";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? "request failed" : "request failed: " + message;
    }

    @PreDestroy
    void close() {
        client.shutdownNow();
    }
}
