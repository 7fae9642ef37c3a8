package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.common.problem.ProblemException;
import org.isnad.review.service.AgreementService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/stats")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stats", description = "Desk statistics: inter-reviewer agreement")
public class StatsResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String DATE_PATTERN = "\\d{4}-\\d{2}-\\d{2}";

    private final AgreementService agreement;

    public StatsResource(AgreementService agreement) {
        this.agreement = agreement;
    }

    @GET
    @Path("/agreement")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Inter-reviewer agreement", description = "Krippendorff's alpha per rubric item (sourcing "
            + "and evidence ordinal, verdict nominal; null when undefined) and each reviewer's agreement with the "
            + "others' majority verdict, over the claims with at least two reviews in scope. Scope: a queue's "
            + "claims, an article, and reviews created from/to (ISO dates, UTC, inclusive).")
    public AgreementView agreement(
            @QueryParam("queue") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "must be a queue name")
            String queue,
            @QueryParam("from") @Pattern(regexp = DATE_PATTERN, message = "must be an ISO date") String from,
            @QueryParam("to") @Pattern(regexp = DATE_PATTERN, message = "must be an ISO date") String to,
            @QueryParam("articleId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String articleId) {
        return agreement.compute(queue, date("from", from), date("to", to),
                articleId == null ? null : UUID.fromString(articleId));
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO date");
        }
    }
}
