package org.isnad.common.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Identities of bearer tokens that passed full verification, keyed by tenant and the exact token text. Only
 * successful verifications are stored (a forged, expired or foreign token is verified again on every call and
 * fails every time), and an entry is used only while both the token's {@code exp} and the cache's own
 * {@code max-age} lie in the future. Plain Java, no Quarkus types, so its rules are unit-tested directly.
 *
 * @param <V> what is remembered for a token (the services keep the verified security identity)
 */
public final class VerifiedTokenCache<V> {

    private record Entry<V>(V value, long usableUntilMillis) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxAgeMillis;
    private final LongSupplier clock;

    public VerifiedTokenCache(int maxEntries, Duration maxAge, LongSupplier clockMillis) {
        if (maxEntries < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("max-entries must be positive and max-age longer than zero");
        }
        this.maxEntries = maxEntries;
        this.maxAgeMillis = maxAge.toMillis();
        this.clock = clockMillis;
    }

    /** The value stored for this token, or null when unknown, expired or past its age. */
    public V get(String tenant, String token) {
        String key = key(tenant, token);
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() >= entry.usableUntilMillis()) {
            entries.remove(key, entry);
            return null;
        }
        return entry.value();
    }

    /**
     * Remembers a verified token until {@code expiresAtEpochSeconds} (its {@code exp} claim) or for
     * {@code max-age}, whichever is earlier. A token without a future expiry is not stored.
     */
    public void put(String tenant, String token, long expiresAtEpochSeconds, V value) {
        long now = clock.getAsLong();
        long until = Math.min(expiresAtEpochSeconds * 1000, now + maxAgeMillis);
        if (until <= now) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(entry -> now >= entry.usableUntilMillis());
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(tenant, token), new Entry<>(value, until));
    }

    public int size() {
        return entries.size();
    }

    private static String key(String tenant, String token) {
        // tenant ids cannot contain a line break and JWTs are base64url with dots: the key is unambiguous
        return tenant + '\n' + token;
    }
}
