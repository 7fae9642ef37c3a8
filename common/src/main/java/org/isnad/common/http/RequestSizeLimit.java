package org.isnad.common.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.isnad.common.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses oversized requests with 413 problem+json from their Content-Length, before the body is read. Bodies
 * sent without a length are bounded by the HTTP layer's {@code quarkus.http.limits.max-body-size}.
 */
public class RequestSizeLimit {

    private final HttpLimitsConfig config;

    public RequestSizeLimit(HttpLimitsConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext request) {
        long length = request.getLength();
        if (length <= 0) {
            return;
        }
        String path = request.getUriInfo().getPath();
        long max = config.pathLimits().getOrDefault(path, config.maxBodyBytes());
        if (length > max) {
            throw new ProblemException(413, "payload-too-large", "Payload too large",
                    "The body has " + length + " bytes; at most " + max + " are accepted here");
        }
    }
}
