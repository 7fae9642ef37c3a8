package org.isnad.common.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The service's verified bearer tokens (see {@link TokenCacheConfig}): {@link CachedBearerIdentityProvider} answers
 * from here before the OIDC extension verifies a token, {@link VerifiedTokenRecorder} fills it after a successful
 * verification. Only plain bearer access tokens of a resolved OIDC tenant take part; the gateway's browser
 * sessions (ID token + access token from the code flow) never do.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** Set on identities served from the cache, so they are not stored again. */
    static final String FROM_CACHE = "isnad.token-cache.hit";
    /** The OIDC extension's request and identity attribute naming the tenant that verified the token. */
    static final String TENANT_ID = "tenant-id";

    private final boolean enabled;
    private final VerifiedTokenCache<SecurityIdentity> cache;
    private final Counter hits;
    private final Counter misses;

    public VerifiedTokens(TokenCacheConfig config, MeterRegistry registry) {
        this.enabled = config.enabled();
        this.cache = new VerifiedTokenCache<>(config.maxEntries(), config.maxAge(), System::currentTimeMillis);
        this.hits = Counter.builder("isnad.security.token.cache").tag("result", "hit")
                .description("Bearer tokens accepted from an earlier full verification").register(registry);
        this.misses = Counter.builder("isnad.security.token.cache").tag("result", "miss")
                .description("Bearer tokens verified in full (signature, issuer, audience, expiry)").register(registry);
    }

    /** The identity verified earlier for this bearer token, bound to the current request; null to verify it. */
    SecurityIdentity find(AccessTokenCredential token, RoutingContext request) {
        if (!enabled || request == null || !(request.get(TENANT_ID) instanceof String tenant)) {
            return null;
        }
        SecurityIdentity verified = cache.get(tenant, token.getToken());
        if (verified == null) {
            misses.increment();
            return null;
        }
        hits.increment();
        return QuarkusSecurityIdentity.builder(verified)
                .addAttribute(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, request)
                .addAttribute(FROM_CACHE, Boolean.TRUE)
                .build();
    }

    /** Keeps an identity the OIDC extension has just verified from a bearer access token. */
    void remember(SecurityIdentity identity) {
        if (!enabled || identity.isAnonymous() || identity.getAttribute(FROM_CACHE) != null
                || identity.getCredential(IdTokenCredential.class) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !(identity.getAttribute(TENANT_ID) instanceof String tenant)) {
            return;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (token != null && !token.isOpaque() && token.getToken().equals(jwt.getRawToken())) {
            cache.put(tenant, token.getToken(), jwt.getExpirationTime(), identity);
        }
    }
}
