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
import org.isnad.review.service.DashboardService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Path("/api/v1/stats")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stats", description = "Desk statistics: dashboard, inter-reviewer agreement")
public class StatsResource {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String DATE_PATTERN = "\\d{4}-\\d{2}-\\d{2}";

    private final AgreementService agreement;
    private final DashboardService dashboard;

    public StatsResource(AgreementService agreement, DashboardService dashboard) {
        this.agreement = agreement;
        this.dashboard = dashboard;
    }

    @GET
    @Path("/dashboard")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "The desk's dashboard", description = "Over the last days (1-366, default 30) UTC days, "
            + "today included: backlog per queue now, reviews per day (every day listed), hours from a claim's "
            + "arrival to its first published verdict (count, median, p90), and Krippendorff's alpha per rubric item "
            + "per ISO week.")
    public DashboardView dashboard(@QueryParam("days") String days) {
        int window;
        try {
            window = days == null || days.isBlank() ? 30 : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            window = 0;
        }
        if (window < 1 || window > 366) {
            throw ProblemException.badRequest("days must be a whole number from 1 to 366");
        }
        return dashboard.dashboard(window);
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
