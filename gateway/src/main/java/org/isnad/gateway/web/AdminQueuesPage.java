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
import org.isnad.gateway.service.ServiceClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admins define the review queues: a queue is a set of filters (language, outlet, entity, source types,
 * minimum check-worthiness) plus how many reviews each claim needs. Stored and audited by review-service.
 */
@Path("/admin/queues")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AdminQueuesPage {

    static final List<String> SOURCE_TYPES = List.of("NAMED_PERSON", "OFFICIAL", "OUTLET", "ANONYMOUS",
            "UNATTRIBUTED");

    private final WebSession session;
    private final ServiceClient services;
    private final Views views;
    private final Template queues;

    public AdminQueuesPage(WebSession session, ServiceClient services, Views views,
                           @Location("admin/queues.html") Template queues) {
        this.session = session;
        this.services = services;
        this.views = views;
        this.queues = queues;
    }

    @GET
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("edit") @Pattern(regexp = WorkPage.QUEUE_NAME) String edit,
                                 @QueryParam("notice") String notice) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (edit != null) {
            form = formOf(services.get(session.token(), "queues/" + edit));
        }
        return page(form, null).data("notice", Notices.known(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public Response save(MultivaluedMap<String, String> form) {
        session.verifyForm(form.getFirst(FormGuard.FIELD));
        String name = form.getFirst("name");
        try {
            if (name == null || !name.matches(WorkPage.QUEUE_NAME)) {
                throw new ServiceCallException(400, session.t("invalidQueueName"), null);
            }
            services.put(session.token(), "queues/" + name, definition(form));
        } catch (ServiceCallException refused) {
            if (!refused.correctable()) {
                throw refused;
            }
            return Response.status(400).entity(page(new LinkedHashMap<>(form), refused.describe())
                    .data("notice", null)).build();
        }
        return WorkPage.seeOther("/admin/queues?notice=queue-saved");
    }

    @POST
    @Path("{name}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public Response delete(@PathParam("name") @Pattern(regexp = WorkPage.QUEUE_NAME) String name,
                           @FormParam(FormGuard.FIELD) String token) {
        session.verifyForm(token);
        services.delete(session.token(), "queues/" + name);
        return WorkPage.seeOther("/admin/queues?notice=queue-deleted");
    }

    private TemplateInstance page(Map<String, List<String>> form, String error) {
        List<Object> definitions = new ArrayList<>();
        for (JsonNode queue : services.get(session.token(), "queues")) {
            definitions.add(views.map(services.get(session.token(), "queues/" + queue.path("name").asText())));
        }
        return queues.data("ui", session.ui("admin-queues")).data("queues", definitions)
                .data("sourceTypes", SOURCE_TYPES).data("entered", new FormValues(form)).data("error", error);
    }

    /** The PUT body from the form: empty fields are absent filters (match everything). */
    static Map<String, Object> definition(MultivaluedMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("ar", text(form, "titleAr", ""), "en", text(form, "titleEn", "")));
        Map<String, Object> description = new LinkedHashMap<>();
        putText(description, "ar", text(form, "descriptionAr", null));
        putText(description, "en", text(form, "descriptionEn", null));
        if (!description.isEmpty()) {
            body.put("description", description);
        }
        Map<String, Object> filters = new LinkedHashMap<>();
        putText(filters, "language", text(form, "language", null));
        putText(filters, "outlet", text(form, "outlet", null));
        putText(filters, "entity", text(form, "entity", null));
        List<String> types = form.getOrDefault("sourceType", List.of()).stream().filter(SOURCE_TYPES::contains)
                .distinct().toList();
        if (!types.isEmpty()) {
            filters.put("sourceTypes", types);
        }
        String minimum = text(form, "minCheckworthiness", null);
        if (minimum != null) {
            filters.put("minCheckworthiness", number(minimum));
        }
        body.put("filters", filters);
        String required = text(form, "requiredReviews", null);
        if (required != null) {
            body.put("requiredReviews", number(required));
        }
        return body;
    }

    private static Map<String, List<String>> formOf(JsonNode queue) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("name", List.of(queue.path("name").asText()));
        form.put("titleAr", List.of(queue.path("title").path("ar").asText("")));
        form.put("titleEn", List.of(queue.path("title").path("en").asText("")));
        form.put("descriptionAr", List.of(queue.path("description").path("ar").asText("")));
        form.put("descriptionEn", List.of(queue.path("description").path("en").asText("")));
        JsonNode filters = queue.path("filters");
        for (String field : List.of("language", "outlet", "entity", "minCheckworthiness")) {
            form.put(field, List.of(filters.path(field).isMissingNode() || filters.path(field).isNull() ? ""
                    : filters.path(field).asText()));
        }
        List<String> types = new ArrayList<>();
        filters.path("sourceTypes").forEach(type -> types.add(type.asText()));
        form.put("sourceType", types);
        form.put("requiredReviews", List.of(queue.path("requiredReviews").isNumber()
                ? queue.path("requiredReviews").asText() : ""));
        return form;
    }

    /** A number for the service to validate; text that is not one goes as is and comes back as a 400. */
    private static Object number(String text) {
        try {
            return text.contains(".") ? Double.valueOf(text) : (Object) Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String text(MultivaluedMap<String, String> form, String field, String fallback) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static void putText(Map<String, Object> target, String key, String value) {
        if (value != null) {
            target.put(key, value);
        }
    }
}
