package org.isnad.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.isnad.gateway.config.GatewayConfig;
import org.isnad.gateway.service.RouteTable;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches each service's {@code /q/openapi?format=json} (in parallel, with a timeout), keeps the last good copy of
 * each for {@code refresh-interval}, and merges them into the gateway's own document. A service that is down is
 * left out (named under {@code x-isnad-merge.unavailable}) or, if it answered before, its last good copy used
 * (named under {@code x-isnad-merge.stale}); the document is always served. Only paths the gateway routes to
 * that service are taken.
 */
@ApplicationScoped
public class PublicApiDocument {

    private static final Logger LOG = Logger.getLogger(PublicApiDocument.class);

    private record Cached(JsonNode document, Instant fetchedAt) {
    }

    private final PublicApiConfig config;
    private final RouteTable routes;
    private final Map<String, String> services = new LinkedHashMap<>();
    private final OpenApiMerger merger;
    private final ObjectMapper mapper;
    private final HttpClient client;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile JsonNode gatewayDocument;

    public PublicApiDocument(PublicApiConfig config, GatewayConfig gateway, RouteTable routes, ObjectMapper mapper,
                             @ConfigProperty(name = "isnad.oidc.url") String oidcUrl) {
        this.config = config;
        this.routes = routes;
        this.mapper = mapper;
        services.put("ingestion", trim(gateway.ingestionUrl()));
        services.put("extraction", trim(gateway.extractionUrl()));
        services.put("review", trim(gateway.reviewUrl()));
        this.merger = new OpenApiMerger(trim(oidcUrl) + "/.well-known/openid-configuration");
        this.client = HttpClient.newBuilder().connectTimeout(config.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The merged document; {@code self} is this gateway's own base URL (for its generated document). */
    public ObjectNode merged(String self) {
        JsonNode own = gatewayDocument;
        CompletableFuture<JsonNode> ownFetch = own != null ? CompletableFuture.completedFuture(own)
                : fetch(self + config.gatewayDocumentPath());
        Map<String, CompletableFuture<JsonNode>> fetches = new LinkedHashMap<>();
        Instant now = Instant.now();
        services.forEach((name, base) -> {
            Cached cached = cache.get(name);
            fetches.put(name, cached != null && cached.fetchedAt().plus(config.refreshInterval()).isAfter(now)
                    ? CompletableFuture.completedFuture(cached.document()) : fetch(base + "/q/openapi"));
        });
        own = ownFetch.join();
        if (own != null) {
            gatewayDocument = own;
        }
        List<OpenApiMerger.Source> sources = new java.util.ArrayList<>();
        List<String> stale = new java.util.ArrayList<>();
        fetches.forEach((name, fetch) -> {
            JsonNode document = fetch.join();
            if (document != null) {
                if (cache.get(name) == null || cache.get(name).document() != document) {
                    cache.put(name, new Cached(document, Instant.now()));
                }
            } else if (cache.containsKey(name)) {
                document = cache.get(name).document(); // the last good copy is better than nothing
                stale.add(name);
            }
            String base = services.get(name);
            sources.add(new OpenApiMerger.Source(name, document,
                    path -> path.startsWith("/api/v1/") && routes.target(path.substring("/api/v1/".length()))
                            .map(target -> target.startsWith(base + "/")).orElse(false)));
        });
        ObjectNode merged = merger.merge(own, sources);
        com.fasterxml.jackson.databind.node.ArrayNode staleNames = ((ObjectNode) merged.get("x-isnad-merge"))
                .putArray("stale");
        stale.forEach(staleNames::add);
        ObjectNode info = merged.has("info") && merged.get("info").isObject() ? (ObjectNode) merged.get("info")
                : merged.putObject("info");
        info.put("title", "Isnad API");
        info.put("description", "The public API of Isnad, served through the gateway: every path below is called"
                + " at the gateway with a bearer token from Keycloak realm isnad. Assembled from the gateway's own"
                + " endpoints and the services' documents.");
        merged.putArray("servers").addObject().put("url", "/");
        return merged;
    }

    private CompletableFuture<JsonNode> fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "?format=json"))
                .timeout(config.fetchTimeout()).header("Accept", "application/json").GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).handle((response, error) -> {
            if (error != null || response.statusCode() != 200) {
                LOG.debugf("No OpenAPI document from %s: %s", url,
                        error != null ? error.getMessage() : "HTTP " + response.statusCode());
                return null;
            }
            try {
                JsonNode document = mapper.readTree(response.body());
                return document != null && document.isObject() && document.has("openapi") ? document : null;
            } catch (Exception e) {
                LOG.debugf("Unreadable OpenAPI document from %s: %s", url, e.getMessage());
                return null;
            }
        });
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
