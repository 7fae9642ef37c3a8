package org.isnad.testsupport;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the Keycloak realm that ./isnad provisions: demo users through the {@code isnad-cli}
 * password grant, {@code partner-demo} through client credentials. Tokens are cached until shortly before expiry.
 */
public final class Keycloak {

    public static final String URL = System.getProperty("isnad.keycloak.url",
            System.getenv().getOrDefault("ISNAD_KEYCLOAK_URL", "http://127.0.0.1:8180"));
    public static final String TOKEN_ENDPOINT = URL + "/realms/isnad/protocol/openid-connect/token";

    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private Keycloak() {
    }

    /** A token for a demo user; each demo user's password is its name. */
    public static String token(String username) {
        return CACHE.compute("user:" + username, (key, cached) -> fresh(cached) ? cached
                : request(Map.of("client_id", "isnad-cli", "grant_type", "password", "username", username,
                "password", username))).token();
    }

    /** A client-credentials token for the partner-demo client (role partner). */
    public static String partnerToken() {
        return CACHE.compute("client:partner-demo", (key, cached) -> fresh(cached) ? cached
                : request(Map.of("client_id", "partner-demo", "client_secret", "partner-demo-secret",
                "grant_type", "client_credentials"))).token();
    }

    /** "Bearer <token>" for an Authorization header. */
    public static String bearer(String username) {
        return "Bearer " + token(username);
    }

    private static boolean fresh(CachedToken cached) {
        return cached != null && Instant.now().isBefore(cached.expires());
    }

    private static CachedToken request(Map<String, String> form) {
        Response response = RestAssured.given().formParams(form).post(TOKEN_ENDPOINT);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + form.get("username") + "/"
                    + form.get("client_id") + ": " + response.statusCode() + " " + response.asString());
        }
        int expiresIn = response.path("expires_in");
        return new CachedToken(response.path("access_token"), Instant.now().plusSeconds(Math.max(10, expiresIn - 30)));
    }

    private record CachedToken(String token, Instant expires) {
    }
}
