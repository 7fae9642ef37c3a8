package org.isnad.gateway.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.isnad.gateway.config.WebConfig;
import org.isnad.gateway.service.ServiceCallException;
import org.isnad.gateway.service.ServiceClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The admin's records: the review rubric (read the active version, save a new one) and the append-only audit
 * trail of leases, reviews, verdicts, queue and rubric changes, filtered and paged.
 */
@Path("/admin")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AdminRecordsPage {

    private final WebSession session;
    private final ServiceClient services;
    private final Views views;
    private final ObjectMapper json;
    private final WebConfig config;
    private final Template rubric;
    private final Template audit;

    public AdminRecordsPage(WebSession session, ServiceClient services, Views views, ObjectMapper json,
                            WebConfig config, @Location("admin/rubric.html") Template rubric,
                            @Location("admin/audit.html") Template audit) {
        this.session = session;
        this.services = services;
        this.views = views;
        this.json = json;
        this.config = config;
        this.rubric = rubric;
        this.audit = audit;
    }

    @GET
    @Path("rubric")
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public TemplateInstance rubric(@QueryParam("notice") String notice) {
        JsonNode current = services.get(session.token(), "rubrics/current");
        return rubricPage(current, views.text(current.path("definition"), true), null)
                .data("notice", Notices.known(notice));
    }

    @POST
    @Path("rubric")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public Response saveRubric(@FormParam(FormGuard.FIELD) String token, @FormParam("definition") String definition) {
        session.verifyForm(token);
        String error;
        try {
            Map<?, ?> parsed = json.readValue(definition == null ? "" : definition, Map.class);
            services.post(session.token(), "rubrics", parsed);
            return WorkPage.seeOther("/admin/rubric?notice=rubric-saved");
        } catch (JsonProcessingException e) {
            error = session.t("invalidJson") + " (" + e.getOriginalMessage() + ")";
        } catch (ServiceCallException refused) {
            if (!refused.correctable()) {
                throw refused;
            }
            error = refused.describe();
        }
        JsonNode current = services.get(session.token(), "rubrics/current");
        return Response.status(400).entity(rubricPage(current, definition, error).data("notice", null)).build();
    }

    @GET
    @Path("audit")
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public TemplateInstance audit(@QueryParam("actor") @Size(max = 200) String actor,
                                  @QueryParam("action") @Pattern(regexp = "([A-Z][A-Z_]{0,63})?") String action,
                                  @QueryParam("claimId") @Pattern(regexp = "(" + WorkPage.UUID + ")?") String claimId,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page) {
        StringBuilder filter = new StringBuilder();
        append(filter, "actor", actor);
        append(filter, "action", action);
        append(filter, "claimId", claimId);
        int size = config.pageSize();
        Map<String, Object> entries = views.map(services.get(session.token(),
                "audit?" + filter + "page=" + page + "&size=" + size));
        long total = ((Number) entries.getOrDefault("total", 0)).longValue();
        return audit.data("ui", session.ui("audit")).data("entries", entries)
                .data("actor", actor == null ? "" : actor).data("action", action == null ? "" : action)
                .data("claimId", claimId == null ? "" : claimId)
                .data("pager", Pager.of(page, size, total, "/admin/audit?" + filter)).data("notice", null);
    }

    private TemplateInstance rubricPage(JsonNode current, String definition, String error) {
        return rubric.data("ui", session.ui("rubric")).data("version", current.path("version").asInt())
                .data("createdBy", current.path("createdBy").asText(""))
                .data("createdAt", current.path("createdAt").asText(""))
                .data("definition", definition).data("error", error);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8))
                    .append('&');
        }
    }
}
