package org.isnad.gateway.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.isnad.gateway.service.ApiForwarder;

/**
 * The public API's single entry: the caller must be signed in (a valid bearer token for the realm, checked
 * here), and the owning service checks the caller's roles for the operation.
 */
@Path("/api/v1/{path: .+}")
@Authenticated
public class ApiGatewayResource {

    private final ApiForwarder forwarder;

    public ApiGatewayResource(ApiForwarder forwarder) {
        this.forwarder = forwarder;
    }

    @GET
    @Operation(hidden = true)
    public Uni<Response> get(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward("GET", path, uri.getRequestUri().getRawQuery(), headers, null);
    }

    @DELETE
    @Operation(hidden = true)
    public Uni<Response> delete(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers) {
        return forwarder.forward("DELETE", path, uri.getRequestUri().getRawQuery(), headers, null);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Uni<Response> post(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
                              byte[] body) {
        return forwarder.forward("POST", path, uri.getRequestUri().getRawQuery(), headers, body);
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Uni<Response> put(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
                             byte[] body) {
        return forwarder.forward("PUT", path, uri.getRequestUri().getRawQuery(), headers, body);
    }

    @PATCH
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Uni<Response> patch(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
                               byte[] body) {
        return forwarder.forward("PATCH", path, uri.getRequestUri().getRawQuery(), headers, body);
    }
}
