package org.isnad.gateway.partner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheBurstThenRefusesWithTheTimeUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(0.5, 3, 0);
        assertEquals(2, bucket.tryTake(0).remaining());
        assertEquals(1, bucket.tryTake(0).remaining());
        assertEquals(0, bucket.tryTake(0).remaining());
        TokenBucket.Decision refused = bucket.tryTake(0);
        assertFalse(refused.allowed());
        assertEquals(2, refused.retryAfterSeconds(), "one token takes 2 s at 0.5/s");
        assertEquals(6, refused.resetSeconds(), "three tokens take 6 s");
        assertEquals(3, refused.limit());
    }

    @Test
    void refillsContinuouslyUpToTheBurstOnly() {
        TokenBucket bucket = new TokenBucket(10, 2, 0);
        bucket.tryTake(0);
        bucket.tryTake(0);
        assertFalse(bucket.tryTake(0).allowed());
        assertTrue(bucket.tryTake(SECOND / 10).allowed(), "100 ms at 10/s brings one token back");
        assertFalse(bucket.tryTake(SECOND / 10).allowed());
        assertTrue(bucket.isFull(100 * SECOND));
        assertEquals(1, bucket.tryTake(100 * SECOND).remaining(), "never more than the burst");
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        TokenBucket bucket = new TokenBucket(1000, 1, 0);
        bucket.tryTake(0);
        assertEquals(1, bucket.tryTake(0).retryAfterSeconds());
    }

    @Test
    void rejectsNonsenseLimits() {
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(1, 0, 0));
    }
}
