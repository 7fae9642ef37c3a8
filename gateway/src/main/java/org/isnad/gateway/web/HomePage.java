package org.isnad.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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

/**
 * The signed-in user's home: the queues with their depths (what a reviewer starts from), and "my reviews".
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    private final WebSession session;
    private final ServiceClient services;
    private final Views views;
    private final Template home;
    private final Template myReviews;
    private final Template signedOut;

    public HomePage(WebSession session, ServiceClient services, Views views, Template home,
                    @Location("my-reviews.html") Template myReviews, @Location("signed-out.html") Template signedOut) {
        this.session = session;
        this.services = services;
        this.views = views;
        this.home = home;
        this.myReviews = myReviews;
        this.signedOut = signedOut;
    }

    @GET
    @RolesAllowed({"reviewer", "editor", "admin"})
    @Operation(hidden = true)
    public TemplateInstance home(@QueryParam("notice") String notice) {
        var queues = session.has("reviewer") || session.has("editor") || session.has("admin")
                ? views.list(services.get(session.token(), "queues?lang=" + session.language())) : java.util.List.of();
        return home.data("ui", session.ui("home")).data("queues", queues).data("notice", Notices.known(notice));
    }

    @GET
    @Path("reviews/mine")
    @RolesAllowed("reviewer")
    @Operation(hidden = true)
    public TemplateInstance mine(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page) {
        var reviews = views.map(services.get(session.token(), "reviews/mine?size=25&page=" + page));
        return myReviews.data("ui", session.ui("mine")).data("reviews", reviews)
                .data("pager", Pager.of(page, 25, ((Number) reviews.getOrDefault("total", 0)).longValue(),
                        "/reviews/mine?"));
    }

    @GET
    @Path("signed-out")
    @PermitAll
    @Operation(hidden = true)
    public TemplateInstance signedOut() {
        return signedOut.data("ui", session.ui("signed-out"));
    }
}
