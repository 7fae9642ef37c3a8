package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.review.service.LeaseService;

import java.util.UUID;

/**
 * A reviewer's own lease: renew it or give it back. Only the holder may: someone else's lease is 403
 * not-lease-holder, an unknown one 404; a lease that was closed (reviewed, released, published) or has run out is
 * 409 lease-closed.
 */
@Path("/api/v1/leases")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues", description = "Review queues and claim leases")
public class LeaseResource {

    private final LeaseService leases;
    private final SecurityIdentity identity;

    public LeaseResource(LeaseService leases, SecurityIdentity identity) {
        this.leases = leases;
        this.identity = identity;
    }

    @POST
    @Path("/{id}/renew")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Renew your lease", description = "200 with the lease, now expiring lease-duration from "
            + "now; 403 not-lease-holder, 404 unknown lease, 409 lease-closed when closed or expired.")
    public LeaseResponse renew(@PathParam("id") UUID id) {
        return leases.renew(id, identity.getPrincipal().getName(), Roles.privileged(identity));
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Release your lease", description = "204; the claim returns to its queues. 403 "
            + "not-lease-holder, 404 unknown lease, 409 lease-closed when closed or expired.")
    public Response release(@PathParam("id") UUID id) {
        leases.release(id, identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}
