package org.isnad.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.isnad.common.persistence.SqlErrors;

import java.nio.charset.CharacterCodingException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds problem+json responses from exceptions. A service's exception mapper extends the common
 * exception→status table with its own domain exceptions ({@link #with}); anything not in the table is a 500
 * whose detail hides the cause (it is logged by the mapper, not returned).
 */
public final class ProblemFactory {

    private final Map<Class<? extends Throwable>, Integer> statusTable = new LinkedHashMap<>();

    public ProblemFactory() {
        with(ConstraintViolationException.class, 400);
        with(JsonProcessingException.class, 400);
        with(CharacterCodingException.class, 400);
        with(UnauthorizedException.class, 401);
        with(AuthenticationFailedException.class, 401);
        with(ForbiddenException.class, 403);
    }

    public ProblemFactory with(Class<? extends Throwable> type, int status) {
        statusTable.put(type, status);
        return this;
    }

    /**
     * The status for {@code error}: its own for problems and web exceptions, 503 when the database is out of reach
     * or out of capacity, else the nearest table entry.
     */
    public int statusOf(Throwable error) {
        if (error instanceof ProblemException problem) {
            return problem.status();
        }
        if (error instanceof WebApplicationException web) {
            return web.getResponse().getStatus();
        }
        if (SqlErrors.isDatabaseUnavailable(error)) {
            return 503;
        }
        for (Class<?> type = error.getClass(); type != null; type = type.getSuperclass()) {
            Integer status = statusTable.get(type);
            if (status != null) {
                return status;
            }
        }
        return 500;
    }

    public Response toResponse(Throwable error, String instance) {
        int status = statusOf(error);
        Problem problem = toProblem(error, status, instance);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        if (status == 503) {
            builder.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return builder.build();
    }

    private static final String RETRY_AFTER_SECONDS = "2";

    Problem toProblem(Throwable error, int status, String instance) {
        if (error instanceof WebApplicationException && status == 400 && error.getCause() != null) {
            // the JSON reader wraps parse errors; explain the cause, not the wrapper
            return toProblem(error.getCause(), status, instance);
        }
        if (error instanceof ProblemException problem) {
            return new Problem(Problem.TYPE_BASE + problem.slug(), problem.title(), status, problem.getMessage(),
                    instance, List.of());
        }
        if (error instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(ProblemFactory::fieldError)
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .collect(Collectors.toList());
            return new Problem(Problem.TYPE_BASE + "validation", "Invalid request", status,
                    "The request has " + errors.size() + " invalid field(s)", instance, errors);
        }
        if (error instanceof JsonProcessingException json) {
            return new Problem(Problem.TYPE_BASE + "malformed-body", "Malformed request body", status,
                    describe(json), instance, List.of());
        }
        if (error instanceof CharacterCodingException) {
            return new Problem(Problem.TYPE_BASE + "malformed-body", "Malformed request body", status,
                    "The body is not valid UTF-8", instance, List.of());
        }
        return switch (status) {
            case 401 -> new Problem(Problem.TYPE_BASE + "unauthorized", "Authentication required", status,
                    "Send a valid bearer token", instance, List.of());
            case 403 -> new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", status,
                    "Your roles do not allow this", instance, List.of());
            case 404 -> new Problem(Problem.TYPE_BASE + "not-found", "Not found", status, null, instance, List.of());
            case 405 -> new Problem(Problem.TYPE_BASE + "method-not-allowed", "Method not allowed", status, null,
                    instance, List.of());
            case 406, 415 -> new Problem(Problem.TYPE_BASE + "unsupported-media-type", "Unsupported media type",
                    status, error.getMessage(), instance, List.of());
            case 413 -> new Problem(Problem.TYPE_BASE + "payload-too-large", "Payload too large", status,
                    error.getMessage(), instance, List.of());
            case 503 -> new Problem(Problem.TYPE_BASE + "unavailable", "Service busy", status,
                    "The service cannot reach its database right now; retry in a few seconds", instance, List.of());
            case 500 -> new Problem(Problem.TYPE_BASE + "internal", "Internal error", status,
                    "Something went wrong on our side; it has been logged", instance, List.of());
            default -> new Problem("about:blank", Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, null, instance, List.of());
        };
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "create.request.title" -> "title": callers know their body's fields, not our method names
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length))
                : parts[parts.length - 1];
        return new Problem.FieldError(field, violation.getMessage());
    }

    /** Explains a body that is not the JSON we expect, without echoing Java type names. */
    static String describe(JsonProcessingException error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'";
        }
        if (error instanceof InvalidFormatException || error instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) error;
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (field.isEmpty()) {
                return "The body does not have the expected shape (a JSON object)";
            }
            return "Field '" + field + "' has the wrong type";
        }
        String message = error.getOriginalMessage();
        if (message != null && message.contains("UTF")) {
            return "The body is not valid UTF-8";
        }
        return "The body is not valid JSON";
    }
}
