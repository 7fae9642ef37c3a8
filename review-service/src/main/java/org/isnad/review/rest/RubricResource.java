package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.review.service.RubricService;

import java.util.Map;

@Path("/api/v1/rubrics")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rubrics", description = "The review rubric, stored and versioned")
public class RubricResource {

    private final RubricService rubrics;
    private final SecurityIdentity identity;

    public RubricResource(RubricService rubrics, SecurityIdentity identity) {
        this.rubrics = rubrics;
        this.identity = identity;
    }

    @GET
    @Path("/current")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "The active rubric", description = "Items with 1–5 levels, signals and verdict options, "
            + "labels in Arabic and English; version is what new reviews are stamped with.")
    public RubricView current() {
        return rubrics.current();
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "A rubric version", description = "Every version stays readable.")
    public RubricView get(@PathParam("version") int version) {
        return rubrics.get(version);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the rubric", description = "Admins only. Validates the full definition and stores "
            + "it as version N+1, the active one (audited as RUBRIC_CHANGED). 201 with the stored version.")
    public Response create(Map<String, Object> definition) {
        RubricView created = rubrics.create(definition, identity.getPrincipal().getName());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
