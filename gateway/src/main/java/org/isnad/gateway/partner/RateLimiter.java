package org.isnad.gateway.partner;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per caller, shaped by {@link RateLimitConfig}: the client's or user's own entry if it has one,
 * the default otherwise. Buckets live in this gateway instance's memory (several instances each allow the configured
 * rate); full buckets are forgotten every few minutes so idle callers cost nothing.
 */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitConfig config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Takes a token from the caller's bucket. */
    public TokenBucket.Decision take(Caller caller) {
        long now = System.nanoTime();
        return buckets.computeIfAbsent(caller.key(), key -> newBucket(caller, now)).tryTake(now);
    }

    private TokenBucket newBucket(Caller caller, long now) {
        RateLimitConfig.Limit limit = (Caller.CLIENT.equals(caller.kind()) ? config.clients() : config.users())
                .getOrDefault(caller.name(), config.defaults());
        return new TokenBucket(limit.requestsPerSecond(), limit.burst(), now);
    }

    @Scheduled(every = "5m", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
}
