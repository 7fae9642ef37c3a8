package org.isnad.ingestion.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.isnad.common.problem.ProblemException;
import org.isnad.ingestion.config.IngestionConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses oversized submissions from their Content-Length before the body is read: a single article may be
 * 1 MiB, a batch 16 MiB (configurable). Bodies without a length are bounded by the HTTP layer's own limit.
 */
public class RequestSizeLimit {

    private final IngestionConfig config;

    public RequestSizeLimit(IngestionConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext request) {
        long length = request.getLength();
        if (length < 0 || !"POST".equals(request.getMethod())) {
            return;
        }
        long max = request.getUriInfo().getPath().endsWith("/batch") ? config.maxBatchBytes() : config.maxArticleBytes();
        if (length > max) {
            throw new ProblemException(413, "payload-too-large", "Payload too large",
                    "The body has " + length + " bytes; at most " + max + " are accepted here");
        }
    }
}
