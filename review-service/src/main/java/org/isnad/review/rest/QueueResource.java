package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.review.service.LeaseService;
import org.isnad.review.service.QueueService;

import java.util.List;

@Path("/api/v1/queues")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues", description = "Review queues and claim leases")
public class QueueResource {

    private final QueueService queues;
    private final LeaseService leases;
    private final SecurityIdentity identity;

    public QueueResource(QueueService queues, LeaseService leases, SecurityIdentity identity) {
        this.queues = queues;
        this.leases = leases;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "Queues with their depth", description = "depth: claims in the queue that still need "
            + "reviews. title is Arabic unless lang=en.")
    public List<QueueView> list(@QueryParam("lang") @Pattern(regexp = "ar|en", message = "must be ar or en")
                                String lang) {
        return queues.list("en".equals(lang));
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "A queue's definition and depth", description = "Titles and descriptions in Arabic and "
            + "English, filters, requiredReviews (null: the service default) and depth; 404 for an unknown queue.")
    public QueueDefinitionView get(@PathParam("name") String name) {
        return queues.get(name);
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create or replace a queue", description = "Admins only. The body replaces the whole "
            + "definition. 201 when created, 200 when replaced; audited as QUEUE_CREATED or QUEUE_UPDATED.")
    public Response put(@PathParam("name") String name,
                        @NotNull(message = "the request body is required") @Valid QueueDefinition definition) {
        QueueService.Saved saved = queues.put(name, definition, identity.getPrincipal().getName());
        return saved.created()
                ? Response.created(UriBuilder.fromPath("/api/v1/queues/{name}").build(name)).entity(saved.queue())
                        .build()
                : Response.ok(saved.queue()).build();
    }

    @DELETE
    @Path("/{name}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a queue", description = "Admins only. 204; 404 unknown, 409 default-queue for "
            + "'all'. Claims stay (they are in other queues, at least 'all'); leases taken in it run until they end. "
            + "Audited as QUEUE_DELETED.")
    public Response delete(@PathParam("name") String name) {
        queues.delete(name, identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    @POST
    @Path("/{name}/lease")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Lease the next claim of a queue", description = "200 with the claim and the lease's "
            + "expiry (the lease you already hold in this queue, if any); 204 when nothing is left for you.")
    public Response lease(@PathParam("name") String name) {
        return leases.lease(name, identity.getPrincipal().getName(), Roles.privileged(identity))
                .map(lease -> Response.ok(lease).build())
                .orElseGet(() -> Response.noContent().build());
    }
}
