package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
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
