package org.isnad.gateway.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.isnad.common.problem.Problem;
import org.isnad.common.problem.ProblemException;
import org.isnad.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Forwards a public API call to the owning service with the caller's own token (the services check roles
 * themselves) and relays the answer. Only the headers the API defines cross in either direction.
 */
@ApplicationScoped
public class ApiForwarder {

    private static final Logger LOG = Logger.getLogger(ApiForwarder.class);
    private static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, "Idempotency-Key");
    private static final List<String> RESPONSE_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.CACHE_CONTROL, "X-Request-Id");
    public static final String REQUEST_ID = "X-Request-Id";

    private final WebClient client;
    private final RouteTable routes;
    private final GatewayConfig config;

    public ApiForwarder(Vertx vertx, RouteTable routes, GatewayConfig config) {
        this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(64)
                .setUserAgent("isnad-gateway"));
        this.routes = routes;
        this.config = config;
    }

    public Uni<Response> forward(String method, String path, String rawQuery, HttpHeaders headers, byte[] body) {
        String target = routes.target(path).orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "No API at /api/v1/" + path));
        HttpRequest<Buffer> request = client.requestAbs(HttpMethod.valueOf(method),
                        rawQuery == null ? target : target + "?" + rawQuery)
                .timeout(config.upstreamTimeout().toMillis());
        for (String name : REQUEST_HEADERS) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                request.putHeader(name, value);
            }
        }
        String requestId = headers.getHeaderString(REQUEST_ID);
        request.putHeader(REQUEST_ID, requestId != null && requestId.length() <= 100 ? requestId
                : UUID.randomUUID().toString());
        Uni<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendBuffer(Buffer.buffer(body));
        return sent.map(ApiForwarder::relay)
                .onFailure().recoverWithItem(failure -> upstreamFailure(target, failure));
    }

    private static Response relay(HttpResponse<Buffer> upstream) {
        Response.ResponseBuilder response = Response.status(upstream.statusCode());
        for (String name : RESPONSE_HEADERS) {
            String value = upstream.getHeader(name);
            if (value != null) {
                response.header(name, value);
            }
        }
        Buffer body = upstream.body();
        if (body != null && body.length() > 0) {
            response.entity(body.getBytes());
        }
        return response.build();
    }

    private static Response upstreamFailure(String target, Throwable failure) {
        boolean timeout = failure instanceof TimeoutException
                || failure.getClass().getSimpleName().contains("Timeout");
        int status = timeout ? 504 : 502;
        LOG.warnf("Upstream %s failed: %s", target, failure.getMessage());
        Problem problem = new Problem(Problem.TYPE_BASE + "upstream-unavailable",
                timeout ? "Service timed out" : "Service unavailable", status,
                "The service behind this API did not answer; try again shortly", null, List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).header(HttpHeaders.RETRY_AFTER, "5")
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
