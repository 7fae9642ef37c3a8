package org.isnad.gateway.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Security headers the gateway puts on every response (a header a page already set is left alone). The defaults
 * suit a server-rendered UI whose scripts, styles and images are all served by the gateway itself.
 */
@ConfigMapping(prefix = "isnad.gateway.headers")
public interface EdgeHeadersConfig {

    /** Content-Security-Policy of every response: own origin only, no inline scripts or styles, no framing. */
    @WithDefault("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'")
    String contentSecurityPolicy();

    /** Content-Security-Policy under {@code /q/swagger-ui}, whose page configures itself with inline script and style. */
    @WithDefault("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " frame-ancestors 'none'")
    String swaggerUiContentSecurityPolicy();

    /** Referrer-Policy. */
    @WithDefault("strict-origin-when-cross-origin")
    String referrerPolicy();

    /** Strict-Transport-Security, sent only on requests that arrived over TLS (or X-Forwarded-Proto: https). */
    @WithDefault("max-age=31536000; includeSubDomains")
    String strictTransportSecurity();
}
