package org.isnad.review.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    public boolean exists(UUID claimId, String reviewer) {
        return count("claimId = ?1 and reviewer = ?2", claimId, reviewer) > 0;
    }

    /** A claim's reviews in the order they were submitted. */
    public List<Review> forClaim(UUID claimId) {
        return list("claimId = ?1 order by createdAt, id", claimId);
    }
}
