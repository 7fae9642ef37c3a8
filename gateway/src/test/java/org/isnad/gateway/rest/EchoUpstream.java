package org.isnad.gateway.rest;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A stand-in service behind the gateway that answers with what it received (method, path, query, token,
 * idempotency key, body), so tests can see exactly what the gateway forwards. Review is left unreachable.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String json = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                    + exchange.getRequestURI().getRawPath() + "\",\"query\":\"" + exchange.getRequestURI().getRawQuery()
                    + "\",\"authorization\":" + quote(exchange.getRequestHeaders().getFirst("Authorization"))
                    + ",\"idempotencyKey\":" + quote(exchange.getRequestHeaders().getFirst("Idempotency-Key"))
                    + ",\"requestId\":" + quote(exchange.getRequestHeaders().getFirst("X-Request-Id"))
                    + ",\"cookie\":" + quote(exchange.getRequestHeaders().getFirst("Cookie"))
                    + ",\"bodyLength\":" + body.length + "}";
            byte[] answer = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Internal-Secret", "must-not-leak");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 202,
                    answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of("isnad.gateway.ingestion-url", url, "isnad.gateway.extraction-url", url,
                "isnad.gateway.review-url", "http://127.0.0.1:9", "isnad.gateway.upstream-timeout", "3s");
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value.replace("\"", "'") + "\"";
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
