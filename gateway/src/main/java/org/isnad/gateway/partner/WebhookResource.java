package org.isnad.gateway.partner;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Partner webhooks, served by the gateway itself: this path wins over the forwarding resource's
 * {@code /api/v1/{path}} because a literal path outranks a template in JAX-RS matching.
 */
@Path("/api/v1/webhooks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed HTTP callbacks when the desk publishes a verdict")
public class WebhookResource {

    static final String PARTNER = "partner";
    static final String ADMIN = "admin";

    private final WebhookService webhooks;
    private final SecurityIdentity identity;

    public WebhookResource(WebhookService webhooks, SecurityIdentity identity) {
        this.webhooks = webhooks;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "Register a webhook; the answer shows its signing secret, once")
    public Response register(WebhookViews.Registration request) {
        WebhookViews.Created created = webhooks.register(request, identity);
        return Response.created(URI.create("/api/v1/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "The caller's webhooks (admins: everyone's)")
    public List<WebhookViews.Webhook> list() {
        return webhooks.list(identity);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "One of the caller's webhooks")
    public WebhookViews.Webhook get(@PathParam("id") UUID id) {
        return webhooks.get(id, identity);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "Delete a webhook and its delivery log; pending deliveries are dropped")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id, identity);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "The webhook's delivery log, newest first")
    public WebhookViews.Page<WebhookViews.Delivery> deliveries(@PathParam("id") UUID id,
                                                              @QueryParam("page") @DefaultValue("0") int page,
                                                              @QueryParam("size") @DefaultValue("20") int size) {
        return webhooks.deliveries(id, page, size, identity);
    }

    @POST
    @Path("{id}/test")
    @RolesAllowed({PARTNER, ADMIN})
    @Operation(summary = "Send a signed webhook.ping event to the webhook (asynchronously, with retries)")
    public Response ping(@PathParam("id") UUID id) {
        return Response.accepted(webhooks.ping(id, identity)).build();
    }
}
