package org.isnad.gateway.partner;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.isnad.common.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.List;

/**
 * Rate limits every {@code /api/v1/**} call of a signed-in caller (anonymous calls are refused by authentication
 * anyway). A refused call is a 429 problem with {@code Retry-After}; every limited response carries the bucket's
 * state as {@code RateLimit-Limit/-Remaining/-Reset} and the older {@code X-RateLimit-*} spelling.
 */
public class RateLimitFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final CurrentIdentityAssociation identity;

    public RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identity) {
        this.limiter = limiter;
        this.identity = identity;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        if (!limiter.enabled() || !request.getUriInfo().getPath().startsWith("/api/v1/")) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity().map(current -> {
            Caller caller = Caller.of(current);
            if (caller == null) {
                return null;
            }
            TokenBucket.Decision decision = limiter.take(caller);
            request.setProperty(DECISION, decision);
            if (decision.allowed()) {
                return null;
            }
            Problem problem = new Problem(Problem.TYPE_BASE + "rate-limited", "Too many requests", 429,
                    "The rate limit of " + caller.key() + " is used up; retry after " + decision.retryAfterSeconds()
                            + " s", request.getUriInfo().getPath(), List.of());
            Response.ResponseBuilder response = Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                    .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds());
            headers(decision).forEach(response::header);
            return response.build();
        });
    }

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof TokenBucket.Decision decision && decision.allowed()) {
            headers(decision).forEach((name, value) -> response.getHeaders().putSingle(name, value));
        }
    }

    private static java.util.Map<String, Object> headers(TokenBucket.Decision decision) {
        java.util.Map<String, Object> headers = new java.util.LinkedHashMap<>();
        headers.put("RateLimit-Limit", decision.limit());
        headers.put("RateLimit-Remaining", decision.remaining());
        headers.put("RateLimit-Reset", decision.resetSeconds());
        headers.put("X-RateLimit-Limit", decision.limit());
        headers.put("X-RateLimit-Remaining", decision.remaining());
        headers.put("X-RateLimit-Reset", decision.resetSeconds());
        return headers;
    }
}
