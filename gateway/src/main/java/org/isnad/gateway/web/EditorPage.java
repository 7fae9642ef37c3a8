package org.isnad.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.isnad.gateway.config.WebConfig;
import org.isnad.gateway.service.ServiceCallException;
import org.isnad.gateway.service.ServiceClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's desk: disputed claims (and claims whose reviewers agree, awaiting a verdict), each with the
 * reviewers' ratings side by side, the adjudication form, and the published ClaimReview as partners get it.
 */
@Path("/editor")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EditorPage {

    private final WebSession session;
    private final ServiceClient services;
    private final Views views;
    private final WebConfig config;
    private final Template list;
    private final Template claim;

    public EditorPage(WebSession session, ServiceClient services, Views views, WebConfig config,
                      @Location("editor/list.html") Template list, @Location("editor/claim.html") Template claim) {
        this.session = session;
        this.services = services;
        this.views = views;
        this.config = config;
        this.list = list;
        this.claim = claim;
    }

    @GET
    @RolesAllowed("editor")
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("status") @DefaultValue("DISPUTED")
                                 @Pattern(regexp = "DISPUTED|CONSENSUS|PUBLISHED") String status,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page) {
        int size = config.pageSize();
        Map<String, Object> claims = views.map(services.get(session.token(),
                "claims?status=" + status + "&page=" + page + "&size=" + size));
        long total = ((Number) claims.getOrDefault("total", 0)).longValue();
        return list.data("ui", session.ui("editor")).data("status", status).data("claims", claims)
                .data("pager", Pager.of(page, size, total, "/editor?status=" + status + "&"))
                .data("notice", null);
    }

    @GET
    @Path("claims/{id}")
    @RolesAllowed("editor")
    @Operation(hidden = true)
    public TemplateInstance claim(@PathParam("id") @Pattern(regexp = WorkPage.UUID) String id,
                                  @QueryParam("notice") String notice) {
        return page(id, null, Map.of()).data("notice", Notices.known(notice));
    }

    @POST
    @Path("claims/{id}/verdict")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("editor")
    @Operation(hidden = true)
    public Response publish(@PathParam("id") @Pattern(regexp = WorkPage.UUID) String id,
                            @FormParam(FormGuard.FIELD) String token, @FormParam("verdict") String verdict,
                            @FormParam("explanation") String explanation,
                            @FormParam("explanationEn") String explanationEn,
                            @FormParam("cluster") @Pattern(regexp = "(" + WorkPage.UUID + ")?") String cluster) {
        session.verifyForm(token);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("verdict", verdict == null || verdict.isBlank() ? null : verdict);
        body.put("explanation", explanation);
        if (explanationEn != null && !explanationEn.isBlank()) {
            body.put("explanationEn", explanationEn);
        }
        try {
            // one verdict for every report of the same claim, when the editor ticks "the whole cluster"
            services.post(session.token(), cluster == null || cluster.isBlank() ? "claims/" + id + "/verdict"
                    : "clusters/" + cluster + "/verdict", body);
        } catch (ServiceCallException refused) {
            if (!refused.correctable() || refused.status() == 404) {
                throw refused;
            }
            Map<String, List<String>> entered = new LinkedHashMap<>();
            entered.put("verdict", verdict == null ? List.of() : List.of(verdict));
            entered.put("explanation", explanation == null ? List.of() : List.of(explanation));
            entered.put("explanationEn", explanationEn == null ? List.of() : List.of(explanationEn));
            return Response.status(400).entity(page(id, refused, entered).data("notice", null)).build();
        }
        return WorkPage.seeOther("/editor/claims/" + id + "?notice=verdict-published");
    }

    private TemplateInstance page(String id, ServiceCallException refused, Map<String, List<String>> entered) {
        JsonNode detail = services.get(session.token(), "claims/" + id);
        JsonNode rubric = services.get(session.token(), "rubrics/current");
        String claimReview = null;
        if ("PUBLISHED".equals(detail.path("status").asText())) {
            claimReview = views.text(services.get(session.token(), "claims/" + id + "/claimreview"), true);
        }
        return claim.data("ui", session.ui("editor"))
                .data("claim", views.map(detail))
                .data("article", views.map(detail.path("article")))
                .data("paragraphs", ArticleHighlight.of(detail.path("article").path("text").asText(null),
                        detail.path("start").asInt(-1), detail.path("end").asInt(-1),
                        detail.path("text").asText(null)))
                .data("rubric", views.map(rubric.path("definition")))
                .data("claimReview", claimReview)
                .data("entered", new FormValues(entered))
                .data("error", refused == null ? null : refused.describe());
    }
}
