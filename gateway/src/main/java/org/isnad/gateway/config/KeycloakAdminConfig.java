package org.isnad.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the gateway reaches the Keycloak Admin REST API to manage users: as the {@code isnad-gateway} service
 * account (client credentials), never through Keycloak's database.
 */
@ConfigMapping(prefix = "isnad.keycloak")
public interface KeycloakAdminConfig {

    /** Keycloak's base URL (without /realms). */
    @WithDefault("http://127.0.0.1:8180")
    String url();

    /** The realm whose users are managed. */
    @WithDefault("isnad")
    String realm();

    /** Confidential client whose service account holds realm-management manage-users/view-users. */
    @WithDefault("isnad-gateway")
    String clientId();

    /** Its secret (the dev realm's; set ISNAD_KEYCLOAK_CLIENT_SECRET in production). */
    @WithDefault("isnad-gateway-secret")
    String clientSecret();
}
