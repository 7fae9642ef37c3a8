package org.isnad.events.v1;

import java.util.List;

/**
 * The extraction result of ARCHITECTURE.md, shared by the {@code claims.extracted} event and the synchronous
 * {@code POST /api/v1/extractions} API. Offsets are UTF-16 indices into the extracted text.
 */
public record ExtractionV1(String language, String extractorVersion, List<SpanV1> boilerplate,
                           List<ClaimV1> claims, List<EntityV1> entities) {

    public record SpanV1(int start, int end) {
    }

    /** {@code id} is set on stored claims (the event) and absent from the synchronous API. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record ClaimV1(java.util.UUID id, String text, int start, int end, double checkworthiness,
                          java.util.Map<String, Double> checkworthinessFeatures, AttributionV1 attribution,
                          List<QuantityV1> quantities, List<Integer> entityRefs) {
    }

    /** {@code sourceType}: NAMED_PERSON, OFFICIAL, OUTLET, ANONYMOUS or UNATTRIBUTED. */
    public record AttributionV1(String sourceType, String source, String outlet, String cue) {
    }

    public record QuantityV1(String text, Double value, Boolean approximate, String unit) {
    }

    /** {@code type}: PERSON, ORGANIZATION, LOCATION, DATE or QUANTITY. */
    public record EntityV1(String text, String type, int start, int end, String normalized) {
    }
}
