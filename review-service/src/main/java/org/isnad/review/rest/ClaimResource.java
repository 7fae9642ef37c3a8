package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.isnad.common.problem.ProblemException;
import org.isnad.review.config.ReviewConfig;
import org.isnad.review.mapping.ClaimReviewMapper;
import org.isnad.review.repository.ClaimSearch;
import org.isnad.review.repository.ClaimStatus;
import org.isnad.review.repository.SourceType;
import org.isnad.review.service.ArabicText;
import org.isnad.review.service.ClaimQueries;
import org.isnad.review.service.ReviewService;
import org.isnad.review.service.VerdictService;

import java.util.UUID;

@Path("/api/v1/claims")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims under review, their reviews and published verdicts")
public class ClaimResource {

    private static final String NO_NUL = "must not contain NUL characters";
    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ClaimQueries queries;
    private final ReviewService reviews;
    private final VerdictService verdicts;
    private final ReviewConfig config;
    private final SecurityIdentity identity;

    public ClaimResource(ClaimQueries queries, ReviewService reviews, VerdictService verdicts, ReviewConfig config,
                         SecurityIdentity identity) {
        this.queries = queries;
        this.reviews = reviews;
        this.verdicts = verdicts;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "List claims", description = "Filter by article, status, source type, entity (its text "
            + "or normalised form) and text (q: substring of the Arabic-normalised text); paged.")
    public PageView<ClaimSummary> list(
            @QueryParam("articleId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID") String articleId,
            @QueryParam("status") @Pattern(regexp = "NEW|IN_REVIEW|CONSENSUS|DISPUTED|PUBLISHED",
                    message = "must be one of NEW, IN_REVIEW, CONSENSUS, DISPUTED, PUBLISHED") String status,
            @QueryParam("sourceType") @Pattern(regexp = "NAMED_PERSON|OFFICIAL|OUTLET|ANONYMOUS|UNATTRIBUTED",
                    message = "must be one of NAMED_PERSON, OFFICIAL, OUTLET, ANONYMOUS, UNATTRIBUTED")
            String sourceType,
            @QueryParam("entity") @Size(max = 200) @Pattern(regexp = "[^\\x00]*", message = NO_NUL) String entity,
            @QueryParam("q") @Size(max = 200) @Pattern(regexp = "[^\\x00]*", message = NO_NUL) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) int size) {
        if (size > config.maxPageSize()) {
            throw ProblemException.badRequest("size must be at most " + config.maxPageSize());
        }
        String text = q == null || q.isBlank() ? null : ArabicText.normalize(q);
        ClaimSearch search = new ClaimSearch(articleId == null ? null : UUID.fromString(articleId), status == null ? null : ClaimStatus.valueOf(status),
                sourceType == null ? null : SourceType.valueOf(sourceType),
                entity == null || entity.isBlank() ? null : entity.strip(), text == null || text.isEmpty() ? null : text);
        return queries.list(search, page, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN})
    @Operation(summary = "A claim in its article", description = "Other reviewers' reviews are shown only after "
            + "the caller has submitted their own review of the claim (blind review), or to editors and admins.")
    public ClaimDetail get(@PathParam("id") UUID id) {
        return queries.get(id, caller(), Roles.privileged(identity));
    }

    @POST
    @Path("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Review a claim you hold a lease on", description = "201 with the stored review; 409 "
            + "lease-required without an unexpired lease, 409 already-reviewed for a second review.")
    public Response review(@PathParam("id") UUID id,
                           @NotNull(message = "the request body is required") @Valid ReviewSubmission submission) {
        ReviewView review = reviews.submit(id, caller(), submission);
        return Response.status(Response.Status.CREATED).entity(review).build();
    }

    @POST
    @Path("/{id}/verdict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Publish the desk's verdict", description = "Editors only, whatever the claim's status; "
            + "publishing again replaces the verdict. The claim becomes PUBLISHED (never leased again), its open "
            + "lease is closed and claim.verdict-published is sent. 200 with the stored verdict.")
    public VerdictView verdict(@PathParam("id") UUID id,
                               @NotNull(message = "the request body is required") @Valid VerdictSubmission submission) {
        return verdicts.publish(id, caller(), submission);
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces({ClaimReviewMapper.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The published verdict as schema.org ClaimReview", description = "JSON-LD for any "
            + "signed-in caller, partners included; 404 until a verdict is published.")
    public Response claimReview(@PathParam("id") UUID id) {
        return Response.ok(queries.claimReview(id)).type(ClaimReviewMapper.MEDIA_TYPE).build();
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
