package org.isnad.review.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.review.repository.ReviewRepository;
import org.isnad.review.rest.MyReviewView;
import org.isnad.review.rest.PageView;
import org.isnad.review.rest.Ratings;

import java.util.List;

/** A reviewer's own reviews: their work history, newest first. */
@ApplicationScoped
public class MyReviews {

    private final ReviewRepository reviews;

    public MyReviews(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    public PageView<MyReviewView> list(String reviewer, int page, int size) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<MyReviewView> items = reviews.byReviewer(reviewer, page, size).stream()
                    .map(r -> new MyReviewView(r.claimId(), r.claimText(), r.articleTitle(), r.submittedAt(),
                            new Ratings(r.sourcing(), r.evidence()), r.verdict(), r.claimStatus()))
                    .toList();
            return new PageView<>(items, page, size, reviews.countByReviewer(reviewer));
        });
    }
}
