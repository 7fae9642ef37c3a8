package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.review.service.ClaimQueries;
import org.isnad.review.service.VerdictService;

import java.util.UUID;

@Path("/api/v1/clusters")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims under review, their reviews and published verdicts")
public class ClusterResource {

    private final ClaimQueries queries;
    private final VerdictService verdicts;
    private final SecurityIdentity identity;

    public ClusterResource(ClaimQueries queries, VerdictService verdicts, SecurityIdentity identity) {
        this.queries = queries;
        this.verdicts = verdicts;
        this.identity = identity;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "A cluster of claims that say the same thing", description = "Its size and claims, "
            + "oldest first (at most 200 listed), each with its outlet, publication time and status; 404 if unknown.")
    public ClusterDetailView get(@PathParam("id") UUID id) {
        return queries.cluster(id);
    }

    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Publish one verdict for every claim of a cluster", description = "Editors only; same "
            + "body as a claim's verdict. Each claim is published as POST /claims/{id}/verdict would (audited, "
            + "claim.verdict-published sent per claim), all in one transaction. 200 with every stored verdict.")
    public ClusterVerdictView verdict(@PathParam("id") UUID id,
                                      @NotNull(message = "the request body is required") @Valid
                                      VerdictSubmission submission) {
        return verdicts.publishCluster(id, identity.getPrincipal().getName(), submission);
    }
}
