package org.isnad.gateway.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Times every public API call at the edge, from the moment the gateway reads the request (before the token check)
 * until the last byte of its answer is written: {@code isnad.gateway.api.duration}, a histogram with buckets at
 * 5/10/20/50/100/250 ms, tagged by {@code operation} and {@code outcome} (the status class).
 * <p>
 * Why here and not only in the services: the desk feels the gateway's time, which adds the token check, the hop to
 * the service and the relay to the service's own figure. With both histograms a load test can tell the service,
 * the gateway and the load generator apart. The operation names the calls a desk cares about ({@code queue.lease},
 * {@code lease.release}, {@code lease.renew}, {@code claim.review}); other calls are named by their first path
 * segment, and unknown paths by {@code other}, so the number of series stays small whatever callers send.
 */
@ApplicationScoped
public class ApiTimings {

    static final String API_PREFIX = "/api/v1/";
    private static final Set<String> KNOWN_SEGMENTS = Set.of("articles", "extractions", "claims", "queues", "leases",
            "stats", "rubrics", "audit", "clusters", "reviews", "webhooks");
    private static final Pattern QUEUE_LEASE = Pattern.compile("queues/[^/]+/lease/?");
    private static final Pattern LEASE_ACTION = Pattern.compile("leases/[^/]+/(release|renew)/?");
    private static final Pattern CLAIM_REVIEW = Pattern.compile("claims/[^/]+/reviews/?");
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(20),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250)};

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ApiTimings(MeterRegistry registry) {
        this.registry = registry;
    }

    void register(@Observes Filters filters) {
        // above EdgeFilter (1000) and authentication: the clock starts before anything else the gateway does
        filters.register(this::handle, 1100);
    }

    void handle(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith(API_PREFIX)) {
            long started = System.nanoTime();
            String operation = operation(path.substring(API_PREFIX.length()));
            context.addEndHandler(ignored -> timer(operation, context.response().getStatusCode())
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS));
        }
        context.next();
    }

    /** The operation a path under {@code /api/v1/} stands for; a bounded set of names. */
    static String operation(String relative) {
        if (QUEUE_LEASE.matcher(relative).matches()) {
            return "queue.lease";
        }
        var leaseAction = LEASE_ACTION.matcher(relative);
        if (leaseAction.matches()) {
            return "lease." + leaseAction.group(1);
        }
        if (CLAIM_REVIEW.matcher(relative).matches()) {
            return "claim.review";
        }
        int slash = relative.indexOf('/');
        String segment = slash < 0 ? relative : relative.substring(0, slash);
        return KNOWN_SEGMENTS.contains(segment) ? segment : "other";
    }

    static String outcome(int status) {
        return status >= 100 && status < 600 ? (status / 100) + "xx" : "other";
    }

    private Timer timer(String operation, int status) {
        String outcome = outcome(status);
        return timers.computeIfAbsent(operation + ' ' + outcome, key -> Timer.builder("isnad.gateway.api.duration")
                .description("Time to answer a public API call at the gateway, token check and service hop included")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS)
                .register(registry));
    }
}
