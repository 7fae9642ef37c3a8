package org.isnad.gateway.partner;

/**
 * A token bucket: {@code capacity} tokens, refilled continuously at {@code ratePerSecond}. Thread-safe; time comes
 * from the caller (nanoseconds from any monotonic clock) so tests can drive it.
 */
public final class TokenBucket {

    private final double ratePerNano;
    private final int capacity;
    private double tokens;
    private long last;

    public TokenBucket(double ratePerSecond, int capacity, long nowNanos) {
        if (ratePerSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive rate and a burst of at least 1");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.capacity = capacity;
        this.tokens = capacity;
        this.last = nowNanos;
    }

    /** Takes one token if there is one; the answer says how many are left and when to retry otherwise. */
    public synchronized Decision tryTake(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(true, capacity, (int) Math.floor(tokens), 0, secondsUntilFull());
        }
        long retryAfter = (long) Math.ceil((1 - tokens) / ratePerNano / 1e9);
        return new Decision(false, capacity, 0, Math.max(1, retryAfter), secondsUntilFull());
    }

    /** True when the bucket has been idle long enough to be full again (it can be forgotten). */
    public synchronized boolean isFull(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        if (nowNanos > last) {
            tokens = Math.min(capacity, tokens + (nowNanos - last) * ratePerNano);
            last = nowNanos;
        }
    }

    private long secondsUntilFull() {
        return (long) Math.ceil((capacity - tokens) / ratePerNano / 1e9);
    }

    /**
     * @param allowed           whether the call may go ahead
     * @param limit             the bucket size
     * @param remaining         whole tokens left after this call
     * @param retryAfterSeconds when refused: seconds until one token is back (at least 1)
     * @param resetSeconds      seconds until the bucket is full again
     */
    public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetSeconds) {
    }
}
