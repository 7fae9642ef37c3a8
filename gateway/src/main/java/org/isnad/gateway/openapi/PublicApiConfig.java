package org.isnad.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The merged OpenAPI document of the whole public API at the gateway's {@code /q/openapi}. */
@ConfigMapping(prefix = "isnad.gateway.openapi")
public interface PublicApiConfig {

    /** How long a service's fetched document is reused before it is fetched again. */
    @WithDefault("60s")
    Duration refreshInterval();

    /** How long fetching one service's document may take; a slow or absent service is left out (or its last copy kept). */
    @WithDefault("3s")
    Duration fetchTimeout();

    /** Where the gateway's own generated document is served (quarkus.smallrye-openapi.path, under /q). */
    @WithDefault("/q/openapi-gateway")
    String gatewayDocumentPath();
}
