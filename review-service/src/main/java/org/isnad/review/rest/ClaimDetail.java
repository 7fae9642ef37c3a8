package org.isnad.review.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A claim with everything a reviewer needs: attribution, entities, quantities and the article it came from
 * ({@code start}/{@code end} index into {@code article.text}). Review is blind: {@code reviews} is present only
 * when {@code reviewsVisible}, i.e. the caller has submitted their own review of the claim or is an editor or
 * admin. {@code verdict} is the desk's published verdict, once there is one. {@code cluster}: the claims that say
 * the same thing, when there are any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimDetail(UUID id, UUID articleId, String text, int start, int end, double checkworthiness,
                          Map<String, Double> checkworthinessFeatures, AttributionView attribution,
                          List<QuantityView> quantities, List<EntityView> entities, String language,
                          String extractorVersion, String status, int reviewCount, int reviewsRequired,
                          OffsetDateTime createdAt, ArticleContextView article, boolean reviewsVisible,
                          List<ReviewView> reviews, VerdictView verdict, ClusterView cluster) {
}
