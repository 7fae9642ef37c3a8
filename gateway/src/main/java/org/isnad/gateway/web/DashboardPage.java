package org.isnad.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.isnad.gateway.service.ServiceClient;

import java.util.Map;

/**
 * The desk's dashboard: backlog per queue, reviews per day, time to verdict and Krippendorff's alpha per
 * rubric item over time, drawn as charts (Chart.js, served locally) from review-service's statistics.
 */
@Path("/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    private final WebSession session;
    private final ServiceClient services;
    private final Views views;
    private final Template dashboard;

    public DashboardPage(WebSession session, ServiceClient services, Views views,
                         @Location("dashboard.html") Template dashboard) {
        this.session = session;
        this.services = services;
        this.views = views;
        this.dashboard = dashboard;
    }

    @GET
    @RolesAllowed({"editor", "admin"})
    @Operation(hidden = true)
    public TemplateInstance show(@QueryParam("days") @DefaultValue("30") @Min(1) @Max(366) int days) {
        Map<String, Object> stats = views.map(services.get(session.token(), "stats/dashboard?days=" + days));
        return dashboard.data("ui", session.ui("dashboard")).data("stats", stats).data("days", days)
                .data("medianHours", hours(stats, "medianHours")).data("p90Hours", hours(stats, "p90Hours"))
                .data("chartData", views.text(stats, false)).data("notice", null);
    }

    /** Hours to one decimal, or a dash when there were no verdicts to measure. */
    @SuppressWarnings("unchecked")
    private static String hours(Map<String, Object> stats, String field) {
        Object timeToVerdict = stats.get("timeToVerdict");
        Object value = timeToVerdict instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(field) : null;
        return value instanceof Number number ? String.format(java.util.Locale.ROOT, "%.1f", number.doubleValue())
                : "–";
    }
}
