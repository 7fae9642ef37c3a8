package org.isnad.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /q/openapi}: the whole public API in one document (the gateway's own endpoints and the services'),
 * YAML by default like every Quarkus service, JSON with {@code ?format=json} or {@code Accept: application/json}.
 */
@Path("/q/openapi")
@PermitAll
public class PublicApiResource {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private final PublicApiDocument document;
    private final ObjectMapper json;

    public PublicApiResource(PublicApiDocument document, ObjectMapper json) {
        this.document = document;
        this.json = json;
    }

    @GET
    @Operation(hidden = true)
    public Response get(@QueryParam("format") String format, @HeaderParam("Accept") String accept,
                        @Context HttpServerRequest request) throws Exception {
        String self = "http://" + host(request.localAddress().hostAddress()) + ":" + request.localAddress().port();
        ObjectNode merged = document.merged(self);
        boolean asJson = "json".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.contains("application/json"));
        if (asJson) {
            return Response.ok(json.writerWithDefaultPrettyPrinter().writeValueAsString(merged))
                    .type("application/json;charset=UTF-8").build();
        }
        return Response.ok(YAML.writeValueAsString(merged)).type("application/yaml;charset=UTF-8").build();
    }

    private static String host(String address) {
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
