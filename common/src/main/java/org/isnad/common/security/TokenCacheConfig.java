package org.isnad.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The verified-bearer-token cache ({@link VerifiedTokenCache}). Each service verifies every bearer token itself
 * (RS256 signature, issuer, audience, expiry); a reviewer sends the same access token with every call for its
 * whole lifetime, so the result of the first verification is kept and reused until the token expires or
 * {@code max-age} has passed, whichever comes first.
 */
@ConfigMapping(prefix = "isnad.security.token-cache")
public interface TokenCacheConfig {

    /** Off: every call verifies its token again (the OIDC extension's own behaviour). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Tokens remembered at most; when full, expired entries are dropped first, then the whole cache (a burst of
     * new tokens costs one verification each, never unbounded memory). An entry is the token and its identity,
     * about 4 KB.
     */
    @WithDefault("2000")
    int maxEntries();

    /**
     * How long one verification is trusted, at most (the token's own expiry always wins if earlier). Bounds how
     * long a token stays accepted after the realm's signing key is removed.
     */
    @WithDefault("60s")
    Duration maxAge();
}
