package org.isnad.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.isnad.gateway.service.ServiceCallException;
import org.isnad.common.http.Html;
import org.isnad.gateway.service.ServiceClient;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Work the queue": the claim a reviewer holds, highlighted in its article, with the extractor's attribution
 * and entities, the rubric form, the lease's countdown and renewal. Submitting or skipping moves straight to
 * the queue's next claim. The lease itself lives in review-service: this page asks for the caller's lease in
 * the queue (the one already held, or a new one) each time it is shown.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WorkPage {

    static final String QUEUE_NAME = "[a-z0-9][a-z0-9-]{0,62}";
    static final String UUID = "[0-9a-fA-F-]{36}";

    private final WebSession session;
    private final ServiceClient services;
    private final Views views;
    private final Template work;

    public WorkPage(WebSession session, ServiceClient services, Views views, @Location("work.html") Template work) {
        this.session = session;
        this.services = services;
        this.views = views;
        this.work = work;
    }

    @GET
    @Path("queues/{name}/work")
    @RolesAllowed("reviewer")
    @Operation(hidden = true)
    public Response show(@PathParam("name") @Pattern(regexp = QUEUE_NAME) String name,
                         @QueryParam("notice") String notice) {
        ServiceClient.Answer lease = services.post(session.token(), "queues/" + name + "/lease", null);
        if (lease.noContent()) {
            return seeOther("/?notice=queue-empty");
        }
        return Response.ok(page(name, lease.body(), Map.of(), null).data("notice", Notices.known(notice))).build();
    }

    @POST
    @Path("work/{claim}/review")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    @Operation(hidden = true)
    public Response submit(@PathParam("claim") @Pattern(regexp = UUID) String claim,
                           MultivaluedMap<String, String> form) {
        session.verifyForm(form.getFirst(FormGuard.FIELD));
        String queue = queueOf(form);
        Map<String, Object> rubric = views.map(services.get(session.token(), "rubrics/current").path("definition"));
        try {
            services.post(session.token(), "claims/" + claim + "/reviews", ReviewForm.toReview(rubric, form));
        } catch (ServiceCallException refused) {
            if (!refused.correctable()) {
                throw refused;
            }
            // show the claim again with what the reviewer entered and why it was refused
            ServiceClient.Answer lease = services.post(session.token(), "queues/" + queue + "/lease", null);
            if (lease.noContent()) {
                return seeOther("/?notice=lease-expired");
            }
            return Response.status(refused.status() == 409 ? 409 : 400)
                    .entity(page(queue, lease.body(), new HashMap<>(form), refused)).build();
        }
        return seeOther("/queues/" + queue + "/work?notice=review-saved");
    }

    @POST
    @Path("work/{claim}/skip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    @Operation(hidden = true)
    public Response skip(@PathParam("claim") @Pattern(regexp = UUID) String claim,
                         @FormParam(FormGuard.FIELD) String token, @FormParam("queue") String queue,
                         @FormParam("lease") @Pattern(regexp = UUID) String lease) {
        session.verifyForm(token);
        services.post(session.token(), "leases/" + lease + "/release", null);
        return seeOther("/queues/" + checkedQueue(queue) + "/work?notice=lease-released");
    }

    @POST
    @Path("work/{claim}/renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("reviewer")
    @Operation(hidden = true)
    public Response renew(@PathParam("claim") @Pattern(regexp = UUID) String claim,
                          @FormParam(FormGuard.FIELD) String token,
                          @FormParam("lease") @Pattern(regexp = UUID) String lease) {
        session.verifyForm(token);
        JsonNode renewed = services.post(session.token(), "leases/" + lease + "/renew", null).body();
        String expiresAt = renewed.path("expiresAt").asText();
        return Response.ok("<span id=\"lease-expiry\" data-expires=\"" + Html.escape(expiresAt) + "\">"
                + Html.escape(expiresAt) + "</span>").build();
    }

    private TemplateInstance page(String queue, JsonNode lease, Map<String, List<String>> entered,
                                  ServiceCallException refused) {
        Map<String, Object> claim = views.map(lease.path("claim"));
        Map<String, Object> article = views.map(lease.path("claim").path("article"));
        JsonNode claimNode = lease.path("claim");
        var paragraphs = ArticleHighlight.of(claimNode.path("article").path("text").asText(null),
                claimNode.path("start").asInt(-1), claimNode.path("end").asInt(-1),
                claimNode.path("text").asText(null));
        JsonNode rubric = services.get(session.token(), "rubrics/current");
        return work.data("ui", session.ui("work"))
                .data("queue", queue)
                .data("lease", views.map(lease))
                .data("claim", claim)
                .data("article", article)
                .data("articleDir", "ar".equals(claimNode.path("article").path("language").asText("ar"))
                        ? "rtl" : "auto")
                .data("paragraphs", paragraphs)
                .data("rubric", views.map(rubric.path("definition")))
                .data("rubricVersion", rubric.path("version").asInt())
                .data("entered", new FormValues(entered.isEmpty() ? prefill(claimNode) : entered))
                .data("notice", null)
                .data("error", refused == null ? null : refused.describe());
    }

    /** A fresh form starts from the extractor's guess of the source type, for the reviewer to confirm. */
    private static Map<String, List<String>> prefill(JsonNode claim) {
        String sourceType = claim.path("attribution").path("sourceType").asText("");
        Map<String, List<String>> values = new HashMap<>();
        if (!sourceType.isEmpty()) {
            values.put("signal.sourceTypeConfirmed", List.of(sourceType));
        }
        if ("ANONYMOUS".equals(sourceType)) {
            values.put("signal.anonymousSource", List.of("true"));
        }
        return values;
    }

    private static String queueOf(MultivaluedMap<String, String> form) {
        return checkedQueue(form.getFirst("queue"));
    }

    private static String checkedQueue(String queue) {
        if (queue == null || !queue.matches(QUEUE_NAME)) {
            throw new ServiceCallException(400, "Unknown queue", null);
        }
        return queue;
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
