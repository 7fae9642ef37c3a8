package org.isnad.extraction.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.extraction.service.ExtractionService;

@Path("/api/v1/extractions")
@Authenticated
@Tag(name = "Extraction", description = "Claims, sources and entities of a text, synchronously")
public class ExtractionResource {

    private final ExtractionService extraction;

    public ExtractionResource(ExtractionService extraction) {
        this.extraction = extraction;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract claims from a text", description = "Nothing is stored. Offsets are UTF-16 "
            + "indices into the submitted text.")
    public ExtractionV1 extract(@NotNull(message = "the request body is required") @Valid ExtractionRequestBody body) {
        return extraction.extract(body.text(), body.title(), body.language());
    }
}
