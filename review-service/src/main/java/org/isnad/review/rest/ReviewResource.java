package org.isnad.review.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.isnad.review.config.ReviewConfig;
import org.isnad.review.service.MyReviews;

@Path("/api/v1/reviews")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims under review, their reviews and published verdicts")
public class ReviewResource {

    private final MyReviews reviews;
    private final ReviewConfig config;
    private final SecurityIdentity identity;

    public ReviewResource(MyReviews reviews, ReviewConfig config, SecurityIdentity identity) {
        this.reviews = reviews;
        this.config = config;
        this.identity = identity;
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Your reviews", description = "The caller's own reviews, newest first, paged: the claim, "
            + "its article's title, when, the ratings and suggested verdict, and the claim's status now.")
    public PageView<MyReviewView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, 20, config.maxPageSize());
        return reviews.list(identity.getPrincipal().getName(), paging.page(), paging.size());
    }
}
