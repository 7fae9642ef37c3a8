package org.isnad.review.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.review.repository.Article;
import org.isnad.review.repository.Claim;
import org.isnad.review.repository.PublishedVerdict;
import org.isnad.review.repository.Review;
import org.isnad.review.rest.ArticleContextView;
import org.isnad.review.rest.AttributionView;
import org.isnad.review.rest.ClaimDetail;
import org.isnad.review.rest.ClaimSummary;
import org.isnad.review.rest.ClusterView;
import org.isnad.review.rest.EntityView;
import org.isnad.review.rest.QuantityView;
import org.isnad.review.rest.Ratings;
import org.isnad.review.rest.ReviewView;
import org.isnad.review.rest.VerdictView;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ClaimMapper {

    public ClaimSummary toSummary(Claim claim) {
        return new ClaimSummary(claim.id, claim.articleId, claim.text, claim.startOffset, claim.endOffset,
                claim.checkworthiness, attribution(claim), claim.language, claim.status.name(), claim.reviewCount,
                claim.reviewsRequired, claim.createdAt);
    }

    /**
     * {@code reviews} null: hidden from this caller (blind review); {@code verdict} null: none published;
     * {@code cluster} null: the claim has no cluster.
     */
    public ClaimDetail toDetail(Claim claim, Article article, List<Review> reviews, PublishedVerdict verdict,
                                ClusterView cluster) {
        List<EntityView> entities = claim.entities == null ? List.of() : claim.entities.stream()
                .map(e -> new EntityView(e.text(), e.type(), e.start(), e.end(), e.normalized())).toList();
        List<QuantityView> quantities = claim.quantities == null ? List.of() : claim.quantities.stream()
                .map(q -> new QuantityView(q.text(), q.value(), q.approximate(), q.unit())).toList();
        ArticleContextView context = new ArticleContextView(article.id, article.title, article.url, article.outlet,
                article.language, article.publishedAt, article.text);
        return new ClaimDetail(claim.id, claim.articleId, claim.text, claim.startOffset, claim.endOffset,
                claim.checkworthiness, claim.checkworthinessFeatures == null ? Map.of() : claim.checkworthinessFeatures,
                attribution(claim), quantities, entities, claim.language, claim.extractorVersion, claim.status.name(),
                claim.reviewCount, claim.reviewsRequired, claim.createdAt, context, reviews != null,
                reviews == null ? null : reviews.stream().map(this::toView).toList(),
                verdict == null ? null : toView(verdict), cluster);
    }

    public VerdictView toView(PublishedVerdict verdict) {
        return new VerdictView(verdict.claimId, verdict.verdict.name(), verdict.explanation, verdict.explanationEn,
                verdict.editor, verdict.publishedAt, verdict.firstPublishedAt);
    }

    public ReviewView toView(Review review) {
        return new ReviewView(review.id, review.claimId, review.reviewer,
                new Ratings(review.sourcing, review.evidence), review.signals, review.verdict.name(),
                review.evidenceLinks, review.notes, review.createdAt, review.rubricVersion);
    }

    private static AttributionView attribution(Claim claim) {
        return new AttributionView(claim.sourceType.name(), claim.source, claim.outlet, claim.cue);
    }
}
