package org.isnad.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.gateway.config.GatewayConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a public API path to the service that owns it, by the first path segment after {@code /api/v1}. A
 * path no service owns has no route (the gateway answers 404 itself).
 */
@ApplicationScoped
public class RouteTable {

    private final Map<String, String> ownerBySegment = new LinkedHashMap<>();

    public RouteTable(GatewayConfig config) {
        ownerBySegment.put("articles", trim(config.ingestionUrl()));
        ownerBySegment.put("extractions", trim(config.extractionUrl()));
        for (String segment : new String[]{"claims", "queues", "leases", "stats", "rubrics", "audit", "clusters", "reviews"}) {
            ownerBySegment.put(segment, trim(config.reviewUrl()));
        }
    }

    /** The absolute URL to forward {@code /api/v1/<path>} to, if some service owns it. */
    public Optional<String> target(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        int slash = relative.indexOf('/');
        String segment = slash < 0 ? relative : relative.substring(0, slash);
        return Optional.ofNullable(ownerBySegment.get(segment)).map(base -> base + "/api/v1/" + relative);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
