package org.isnad.gateway.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What every request and response crossing the gateway gets, whatever answers it (the API, the UI, static files,
 * {@code /q/*}, errors): a request id and the security headers.
 * <ul>
 *   <li>{@code X-Request-Id}: the caller's, when it is 1–100 characters of {@code [A-Za-z0-9._:-]}, else a new
 *       UUID; written back into the request (so the forwarder passes it to the service), echoed on the response
 *       and put in the log MDC as {@code requestId};</li>
 *   <li>Content-Security-Policy (relaxed for Swagger UI only), X-Frame-Options DENY, X-Content-Type-Options
 *       nosniff, Referrer-Policy, and Strict-Transport-Security on TLS requests only.</li>
 * </ul>
 */
@ApplicationScoped
public class EdgeFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String SWAGGER_UI = "/q/swagger-ui";

    private final EdgeHeadersConfig config;

    public EdgeFilter(EdgeHeadersConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        // high priority: before authentication, CORS and every route, so even their refusals carry the headers
        filters.register(this::handle, 1000);
    }

    void handle(RoutingContext context) {
        String requestId = requestId(context.request().getHeader(REQUEST_ID));
        context.request().headers().set(REQUEST_ID, requestId);
        MDC.put(MDC_KEY, requestId);
        boolean tls = context.request().isSSL()
                || "https".equalsIgnoreCase(first(context.request().getHeader("X-Forwarded-Proto")));
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set(REQUEST_ID, requestId);
            setIfAbsent(headers, "Content-Security-Policy", path.startsWith(SWAGGER_UI)
                    ? config.swaggerUiContentSecurityPolicy() : config.contentSecurityPolicy());
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "Referrer-Policy", config.referrerPolicy());
            if (tls) {
                setIfAbsent(headers, "Strict-Transport-Security", config.strictTransportSecurity());
            }
        });
        context.addEndHandler(ignored -> MDC.remove(MDC_KEY));
        context.next();
    }

    static String requestId(String offered) {
        return offered != null && ACCEPTABLE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    private static String first(String value) {
        if (value == null) {
            return null;
        }
        int comma = value.indexOf(',');
        return (comma < 0 ? value : value.substring(0, comma)).trim();
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
