package org.isnad.gateway.partner;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the gateway's partner features see it: a partner tool (a client-credentials token, keyed by
 * its client id, the token's {@code azp}) or a person (keyed by user name). Keycloak names a client's service
 * account {@code service-account-<client id>}; that prefix is how a client-credentials token is told apart.
 *
 * @param kind  {@code client} or {@code user}
 * @param name  the client id or the user name
 */
public record Caller(String kind, String name) {

    public static final String CLIENT = "client";
    public static final String USER = "user";
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    /** The caller behind a verified token; anonymous identities have none. */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String username = jwt.getClaim("preferred_username");
            String azp = jwt.getClaim("azp");
            if (azp != null && (username == null || username.startsWith(SERVICE_ACCOUNT_PREFIX))) {
                return new Caller(CLIENT, azp);
            }
            if (username != null) {
                return new Caller(USER, username);
            }
            return new Caller(USER, jwt.getSubject());
        }
        return new Caller(USER, identity.getPrincipal().getName());
    }

    /** A stable string key, e.g. {@code client:partner-demo} or {@code user:reviewer1}. */
    public String key() {
        return kind + ":" + name;
    }
}
