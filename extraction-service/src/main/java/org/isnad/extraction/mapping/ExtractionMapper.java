package org.isnad.extraction.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.events.v1.ExtractionV1;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.Quantity;
import org.isnad.extraction.engine.Span;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** Engine results to the contract shape of ARCHITECTURE.md (the same for the event and the synchronous API). */
@ApplicationScoped
public class ExtractionMapper {

    /** For the synchronous API: nothing is stored, so claims have no ids. */
    public ExtractionV1 toContract(ExtractionResult result) {
        return toContract(result, null);
    }

    /**
     * For {@code claims.extracted}: each claim gets an id derived from the article, the extractor version and its
     * offsets, so re-extracting the same article with the same engine yields the same ids (and no duplicates).
     */
    public ExtractionV1 toContract(ExtractionResult result, UUID articleId) {
        List<ExtractionV1.ClaimV1> claims = result.claims().stream()
                .map(claim -> toClaim(claim, articleId == null ? null
                        : claimId(articleId, result.extractorVersion(), claim)))
                .toList();
        return new ExtractionV1(result.language(), result.extractorVersion(),
                result.boilerplate().stream().map(ExtractionMapper::toSpan).toList(), claims,
                result.entities().stream().map(ExtractionMapper::toEntity).toList());
    }

    public static UUID claimId(UUID articleId, String extractorVersion, Claim claim) {
        String key = articleId + "|" + extractorVersion + "|" + claim.start() + "|" + claim.end();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private static ExtractionV1.ClaimV1 toClaim(Claim claim, UUID id) {
        Attribution attribution = claim.attribution() == null ? Attribution.NONE : claim.attribution();
        return new ExtractionV1.ClaimV1(id, claim.text(), claim.start(), claim.end(), claim.checkworthiness(),
                claim.checkworthinessFeatures(),
                new ExtractionV1.AttributionV1(attribution.sourceType().name(), attribution.source(),
                        attribution.outlet(), attribution.cue()),
                claim.quantities().stream().map(ExtractionMapper::toQuantity).toList(), claim.entityRefs());
    }

    private static ExtractionV1.SpanV1 toSpan(Span span) {
        return new ExtractionV1.SpanV1(span.start(), span.end());
    }

    private static ExtractionV1.QuantityV1 toQuantity(Quantity quantity) {
        return new ExtractionV1.QuantityV1(quantity.text(), quantity.value(), quantity.approximate(), quantity.unit());
    }

    private static ExtractionV1.EntityV1 toEntity(Entity entity) {
        return new ExtractionV1.EntityV1(entity.text(), entity.type().name(), entity.start(), entity.end(),
                entity.normalized());
    }
}
