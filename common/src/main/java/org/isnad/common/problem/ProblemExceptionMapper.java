package org.isnad.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Each service's one exception mapper (discovered from this jar's index): every error leaves as
 * application/problem+json with the status from {@link ProblemFactory}'s exception→status table. The listed
 * types replace Quarkus' built-in mappers for them, which answer with other formats or empty bodies. Anything
 * unknown is a 500 that is logged here and never shows its cause to the caller. A browser navigating the web
 * UI (not the API) gets the same problem as a small HTML page instead of raw JSON.
 */
public class ProblemExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);
    private static final ProblemFactory PROBLEMS = new ProblemFactory();

    @ServerExceptionMapper(value = {Throwable.class, JsonProcessingException.class, JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, ConstraintViolationException.class,
            ResteasyReactiveViolationException.class, UnauthorizedException.class, ForbiddenException.class,
            AuthenticationFailedException.class})
    public Response toProblem(Throwable error, UriInfo uri, HttpHeaders headers) {
        Response response = PROBLEMS.toResponse(error, uri.getPath());
        if (response.getStatus() == 503) {
            // expected under overload or while the database restarts: one line, not a stack trace per request
            LOG.warnf("503 on %s: database unavailable (%s)", uri.getPath(), error);
        } else if (response.getStatus() >= 500) {
            LOG.errorf(error, "Unhandled error on %s", uri.getPath());
        }
        return ProblemPage.wanted(uri.getPath(), headers.getHeaderString(HttpHeaders.ACCEPT))
                ? ProblemPage.render(response) : response;
    }
}
