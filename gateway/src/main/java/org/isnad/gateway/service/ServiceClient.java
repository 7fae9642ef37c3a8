package org.isnad.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.gateway.config.GatewayConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The web UI's calls to the services' public API, made with the signed-in user's own access token so each
 * service applies its own role checks exactly as for an API client. Blocking: pages render on worker threads.
 */
@ApplicationScoped
public class ServiceClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final RouteTable routes;
    private final GatewayConfig config;
    private final ObjectMapper json;

    public ServiceClient(RouteTable routes, GatewayConfig config, ObjectMapper json) {
        this.routes = routes;
        this.config = config;
        this.json = json;
    }

    /** GET {@code /api/v1/<path>}; the JSON answer, or {@link NullNode} for 204. */
    public JsonNode get(String token, String path) {
        return send(token, "GET", path, null).body();
    }

    /** POST a JSON body (null for none) and return the status and JSON answer. */
    public Answer post(String token, String path, Object body) {
        return send(token, "POST", path, body);
    }

    public Answer put(String token, String path, Object body) {
        return send(token, "PUT", path, body);
    }

    public Answer delete(String token, String path) {
        return send(token, "DELETE", path, null);
    }

    /** A service's answer to a successful call. */
    public record Answer(int status, JsonNode body) {
        public boolean noContent() {
            return status == 204 || body.isNull() || body.isMissingNode();
        }
    }

    private Answer send(String token, String method, String path, Object body) {
        int query = path.indexOf('?');
        String route = query < 0 ? path : path.substring(0, query);
        String target = routes.target(route).orElseThrow(() -> new IllegalArgumentException("no route for " + route))
                + (query < 0 ? "" : path.substring(query));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(config.upstreamTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        try {
            HttpResponse<byte[]> response = JsonRequests.send(http, json, request, method, body);
            JsonNode answer = response.body().length == 0 ? NullNode.getInstance() : parse(response.body());
            if (response.statusCode() >= 400) {
                throw new ServiceCallException(response.statusCode(), text(answer, "title", "Request failed"),
                        text(answer, "detail", null));
            }
            return new Answer(response.statusCode(), answer);
        } catch (IOException e) {
            throw new ServiceCallException(502, "Service unavailable", "The service did not answer; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallException(503, "Interrupted", null);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().objectNode().put("detail", new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return NullNode.getInstance();
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : fallback;
    }
}
