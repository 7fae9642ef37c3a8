package org.isnad.review.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.isnad.common.messaging.Inbox;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.v1.ArticleContextV1;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.review.config.ReviewConfig;
import org.isnad.review.repository.Article;
import org.isnad.review.repository.Claim;
import org.isnad.review.repository.ClaimRepository;
import org.isnad.review.repository.ClaimStatus;
import org.isnad.review.repository.SourceType;
import org.isnad.review.repository.StoredEntity;
import org.isnad.review.repository.StoredQuantity;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Stores the claims of a {@code claims.extracted} event for review. Idempotent twice over: the inbox skips a
 * redelivered event (same CloudEvent id), and claims are inserted by their extraction-given ids with
 * {@code on conflict do nothing}, so a replay under a new CloudEvent id cannot duplicate them either (it only
 * refreshes the article's context). An event that cannot be right (missing ids, offsets outside the text,
 * unknown source type, dangling entity refs) is refused with IllegalArgumentException: dead-lettered, not
 * retried.
 */
@ApplicationScoped
public class ClaimIngestService {

    public static final String CONSUMER = "review.claims-extracted";

    private static final Logger LOG = Logger.getLogger(ClaimIngestService.class);

    private final ClaimRepository claims;
    private final Inbox inbox;
    private final ReviewConfig config;
    private final ClaimClustering clustering;

    public ClaimIngestService(ClaimRepository claims, Inbox inbox, ReviewConfig config, ClaimClustering clustering) {
        this.claims = claims;
        this.inbox = inbox;
        this.config = config;
        this.clustering = clustering;
    }

    @Transactional
    public void ingest(CloudEvent<ClaimsExtractedV1> event) {
        ClaimsExtractedV1 data = event.data();
        validate(data);
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("claims.extracted %s already handled", event.id());
            return;
        }
        OffsetDateTime now = Timestamps.now();
        ArticleContextV1 context = data.article();
        ExtractionV1 extraction = data.extraction();

        Article article = new Article();
        article.id = data.articleId();
        article.title = context.title();
        article.text = context.text();
        article.url = context.url();
        article.outlet = context.outlet();
        article.language = context.language() != null ? context.language() : extraction.language();
        article.publishedAt = context.publishedAt();
        article.receivedAt = now;
        article.updatedAt = now;
        claims.upsertArticle(article);

        List<UUID> inserted = new ArrayList<>();
        for (ExtractionV1.ClaimV1 extracted : extraction.claims()) {
            Claim claim = toClaim(data.articleId(), extracted, extraction, article.language, now);
            if (claims.insertIfAbsent(claim)) {
                inserted.add(claim.id);
                // only claims stored just now: a replayed claim is in its cluster already
                clustering.cluster(claim.id, claim.text, now);
            }
        }
        claims.applyQueueRequirements(inserted);
        LOG.infof("Article %s: %d claim(s) stored, %d already known (event %s)", data.articleId(), inserted.size(),
                extraction.claims().size() - inserted.size(), event.id());
    }

    private Claim toClaim(UUID articleId, ExtractionV1.ClaimV1 extracted, ExtractionV1 extraction,
                          String language, OffsetDateTime now) {
        Claim claim = new Claim();
        claim.id = extracted.id();
        claim.articleId = articleId;
        claim.text = extracted.text();
        claim.textNormalized = ArabicText.normalize(extracted.text());
        claim.startOffset = extracted.start();
        claim.endOffset = extracted.end();
        claim.checkworthiness = extracted.checkworthiness();
        claim.checkworthinessFeatures = extracted.checkworthinessFeatures() == null ? Map.of()
                : extracted.checkworthinessFeatures();
        ExtractionV1.AttributionV1 attribution = extracted.attribution();
        claim.sourceType = SourceType.valueOf(attribution.sourceType());
        claim.source = attribution.source();
        claim.outlet = attribution.outlet();
        claim.cue = attribution.cue();
        claim.quantities = extracted.quantities() == null ? List.of() : extracted.quantities().stream()
                .map(q -> new StoredQuantity(q.text(), q.value(), q.approximate(), q.unit())).toList();
        List<StoredEntity> entities = new ArrayList<>();
        if (extracted.entityRefs() != null) {
            for (int ref : extracted.entityRefs()) {
                ExtractionV1.EntityV1 e = extraction.entities().get(ref);
                entities.add(new StoredEntity(e.text(), e.type(), e.start(), e.end(), e.normalized()));
            }
        }
        claim.entities = entities;
        claim.extractorVersion = extraction.extractorVersion();
        claim.language = language;
        claim.status = ClaimStatus.NEW;
        claim.reviewsRequired = config.reviewsRequired();
        claim.createdAt = now;
        claim.updatedAt = now;
        return claim;
    }

    /** Refuses events that cannot be stored correctly; the consumer dead-letters them. */
    static void validate(ClaimsExtractedV1 data) {
        require(data.articleId() != null, "articleId is missing");
        ArticleContextV1 article = data.article();
        require(article != null && article.text() != null && article.title() != null,
                "article context (title, text) is missing");
        ExtractionV1 extraction = data.extraction();
        require(extraction != null && extraction.claims() != null, "extraction claims are missing");
        require(extraction.extractorVersion() != null && !extraction.extractorVersion().isBlank(),
                "extractorVersion is missing");
        require(!containsNul(data), "the event contains NUL characters, which PostgreSQL cannot store");
        int entityCount = extraction.entities() == null ? 0 : extraction.entities().size();
        int textLength = article.text().length();
        Set<UUID> ids = new HashSet<>();
        for (ExtractionV1.ClaimV1 claim : extraction.claims()) {
            require(claim != null && claim.id() != null, "a claim has no id");
            require(ids.add(claim.id()), "claim " + claim.id() + " appears twice");
            require(claim.text() != null && !claim.text().isBlank(), "claim " + claim.id() + " has no text");
            require(claim.start() >= 0 && claim.start() <= claim.end() && claim.end() <= textLength,
                    "claim " + claim.id() + " has offsets outside the article text");
            require(claim.checkworthiness() >= 0 && claim.checkworthiness() <= 1,
                    "claim " + claim.id() + " has checkworthiness outside 0..1");
            require(claim.attribution() != null && isSourceType(claim.attribution().sourceType()),
                    "claim " + claim.id() + " has no valid attribution sourceType");
            if (claim.entityRefs() != null) {
                for (Integer ref : claim.entityRefs()) {
                    require(ref != null && ref >= 0 && ref < entityCount,
                            "claim " + claim.id() + " refers to entity " + ref + " of " + entityCount);
                }
            }
            if (!Objects.equals(claim.text(), article.text().substring(claim.start(), claim.end()))) {
                LOG.warnf("claim %s: text differs from the article text at its offsets", claim.id());
            }
        }
    }

    private static boolean containsNul(ClaimsExtractedV1 data) {
        try {
            return EventCodec.mapper().writeValueAsString(data).contains("\\u0000");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable event data", e);
        }
    }

    private static boolean isSourceType(String value) {
        for (SourceType type : SourceType.values()) {
            if (type.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
