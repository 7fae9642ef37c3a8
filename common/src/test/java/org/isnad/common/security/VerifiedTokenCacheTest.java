package org.isnad.common.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VerifiedTokenCacheTest {

    private static final long NOW = 1_800_000_000_000L; // ms
    private final AtomicLong clock = new AtomicLong(NOW);
    private final VerifiedTokenCache<String> cache = new VerifiedTokenCache<>(3, Duration.ofSeconds(60), clock::get);

    private static long secondsFromNow(long seconds) {
        return NOW / 1000 + seconds;
    }

    @Test
    void aVerifiedTokenIsFoundUntilItExpires() {
        cache.put("Default", "token-a", secondsFromNow(30), "reviewer1");
        assertEquals("reviewer1", cache.get("Default", "token-a"));
        clock.set(NOW + 29_999);
        assertEquals("reviewer1", cache.get("Default", "token-a"));
        clock.set(NOW + 30_000);
        assertNull(cache.get("Default", "token-a"), "the token's exp ends its entry");
        assertEquals(0, cache.size(), "an expired entry is dropped when met");
    }

    @Test
    void maxAgeEndsAnEntryBeforeALongLivedTokenExpires() {
        cache.put("Default", "token-a", secondsFromNow(3600), "reviewer1");
        clock.set(NOW + 59_999);
        assertEquals("reviewer1", cache.get("Default", "token-a"));
        clock.set(NOW + 60_000);
        assertNull(cache.get("Default", "token-a"));
    }

    @Test
    void aTokenThatHasAlreadyExpiredIsNotStored() {
        cache.put("Default", "token-a", secondsFromNow(0), "reviewer1");
        cache.put("Default", "token-b", secondsFromNow(-5), "reviewer2");
        assertEquals(0, cache.size());
        assertNull(cache.get("Default", "token-a"));
    }

    @Test
    void onlyTheExactTokenOfTheSameTenantMatches() {
        cache.put("Default", "token-a", secondsFromNow(30), "reviewer1");
        assertNull(cache.get("web", "token-a"), "another tenant verifies for itself");
        assertNull(cache.get("Default", "token-a "), "a token differing in one character is unknown");
        assertNull(cache.get("Default", "token-"), "a prefix is unknown");
    }

    @Test
    void aFullCacheDropsExpiredEntriesFirstThenEverything() {
        cache.put("Default", "short", secondsFromNow(1), "a");
        cache.put("Default", "long-1", secondsFromNow(50), "b");
        cache.put("Default", "long-2", secondsFromNow(50), "c");
        clock.set(NOW + 2_000);
        cache.put("Default", "new-1", secondsFromNow(50), "d");
        assertEquals(3, cache.size(), "the expired entry made room");
        assertEquals("b", cache.get("Default", "long-1"));
        cache.put("Default", "new-2", secondsFromNow(50), "e");
        assertEquals(1, cache.size(), "nothing had expired: the cache started again rather than grow");
        assertEquals("e", cache.get("Default", "new-2"));
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokenCache<>(0, Duration.ofSeconds(1), clock::get));
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokenCache<>(1, Duration.ZERO, clock::get));
    }
}
