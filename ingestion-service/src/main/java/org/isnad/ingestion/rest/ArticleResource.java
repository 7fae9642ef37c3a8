package org.isnad.ingestion.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.ingestion.mapping.ArticleMapper;
import org.isnad.ingestion.service.ArticleQueries;
import org.isnad.ingestion.service.BatchIngestion;
import org.isnad.ingestion.service.IngestionService;
import org.isnad.ingestion.service.SubmissionOutcome;

import java.util.UUID;

@Path("/api/v1/articles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Submit news articles and follow their extraction")
public class ArticleResource {

    private final IngestionService ingestion;
    private final BatchIngestion batch;
    private final ArticleQueries queries;
    private final ArticleMapper mapper;
    private final SecurityIdentity identity;

    public ArticleResource(IngestionService ingestion, BatchIngestion batch, ArticleQueries queries,
                           ArticleMapper mapper, SecurityIdentity identity) {
        this.ingestion = ingestion;
        this.batch = batch;
        this.queries = queries;
        this.mapper = mapper;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ingest", "partner", "admin"})
    @Operation(summary = "Submit an article", description = "202 with the new article's id; 200 with duplicateOf "
            + "when the same text is already stored. An Idempotency-Key replays the first answer.")
    public Response submit(@NotNull(message = "the request body is required") @Valid ArticleSubmission submission,
                           @HeaderParam("Idempotency-Key")
                           @Pattern(regexp = "[\\x21-\\x7E]{1,200}", message = "must be 1-200 visible ASCII characters")
                           String idempotencyKey) {
        SubmissionOutcome outcome = ingestion.submit(submission, identity.getPrincipal().getName(), idempotencyKey);
        return Response.status(outcome.duplicate() ? Response.Status.OK : Response.Status.ACCEPTED)
                .entity(mapper.toResponse(outcome))
                .build();
    }

    @POST
    @Path("/batch")
    @Consumes({"application/x-ndjson", "application/ndjson", MediaType.TEXT_PLAIN})
    @RolesAllowed({"ingest", "admin"})
    @Operation(summary = "Submit articles as NDJSON", description = "One article object per line; each line is "
            + "accepted, recognised as a duplicate or rejected on its own.")
    public BatchResponse submitBatch(byte[] ndjson) {
        return batch.submit(ndjson, identity.getPrincipal().getName());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article with its extraction status and claim ids")
    public ArticleView get(@PathParam("id") UUID id) {
        return queries.get(id);
    }
}
