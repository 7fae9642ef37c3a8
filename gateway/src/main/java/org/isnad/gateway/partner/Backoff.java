package org.isnad.gateway.partner;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after failed attempt {@code n} (1-based) the next one waits a random time
 * between half and all of {@code min(initial × 2^(n-1), max)}, so receivers coming back up are not hit by every
 * retry at once.
 */
public final class Backoff {

    private Backoff() {
    }

    public static Duration after(int failedAttempt, Duration initial, Duration max, RandomGenerator random) {
        long cap = max.toMillis();
        long exponential = initial.toMillis();
        for (int i = 1; i < failedAttempt && exponential < cap; i++) {
            exponential *= 2;
        }
        long ceiling = Math.max(1, Math.min(exponential, cap));
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + random.nextLong(ceiling - floor + 1));
    }
}
