package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.common.problem.ProblemException;
import org.isnad.review.config.ReviewConfig;
import org.isnad.review.repository.AuditSearch;
import org.isnad.review.service.AuditQueries;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only audit trail")
public class AuditResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final AuditQueries audit;
    private final ReviewConfig config;

    public AuditResource(AuditQueries audit, ReviewConfig config) {
        this.audit = audit;
        this.config = config;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The audit trail", description = "Admins only. Newest first, paged; filter by actor, "
            + "action (e.g. LEASE_GRANTED, REVIEW_SUBMITTED, VERDICT_PUBLISHED, QUEUE_UPDATED), claimId and time: "
            + "from (inclusive) and to, each an ISO date (UTC day; to includes that whole day) or an ISO instant "
            + "with offset (to exclusive).")
    public PageView<AuditEntryView> list(
            @QueryParam("actor") @Size(max = 200) @Pattern(regexp = "[^\\x00]*",
                    message = "must not contain NUL characters") String actor,
            @QueryParam("action") @Pattern(regexp = "([A-Z][A-Z_]{0,63})?", message = "must be an action name such as "
                    + "LEASE_GRANTED") String action,
            @QueryParam("claimId") @Pattern(regexp = "(" + UUID_PATTERN + ")?", message = "must be a UUID") String claimId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, 50, config.maxPageSize());
        OffsetDateTime start = instant("from", from, false);
        OffsetDateTime end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.badRequest("from must be before to");
        }
        // empty parameters (a search form's blank fields) mean "any"
        String claim = blankToNull(claimId);
        return audit.search(new AuditSearch(blankToNull(actor), blankToNull(action),
                claim == null ? null : UUID.fromString(claim), start, end), paging.page(), paging.size());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** An ISO date (a UTC day; as an upper bound, the end of that day) or an ISO date-time with offset. */
    private static OffsetDateTime instant(String name, String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (upper ? day.plusDays(1) : day).atStartOfDay().atOffset(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO date (2026-11-01) or date-time with offset"
                    + " (2026-11-01T10:00:00Z)");
        }
    }
}
