package org.isnad.events;

import org.isnad.events.v1.ArticleFailedV1;
import org.isnad.events.v1.ArticleIngestedV1;
import org.isnad.events.v1.ClaimReviewedV1;
import org.isnad.events.v1.ClaimVerdictPublishedV1;
import org.isnad.events.v1.ClaimsExtractedV1;

/**
 * Every event Isnad publishes: its routing key on the {@code isnad.events} topic exchange, its CloudEvents
 * {@code type} ({@code org.isnad.<routing key>.v<version>}) and the payload record that is its {@code data}.
 * A breaking payload change gets a new version (a new record and a new constant), never an edit in place.
 */
public enum EventType {
    ARTICLE_INGESTED("article.ingested", 1, ArticleIngestedV1.class),
    CLAIMS_EXTRACTED("claims.extracted", 1, ClaimsExtractedV1.class),
    ARTICLE_FAILED("article.failed", 1, ArticleFailedV1.class),
    CLAIM_REVIEWED("claim.reviewed", 1, ClaimReviewedV1.class),
    CLAIM_VERDICT_PUBLISHED("claim.verdict-published", 1, ClaimVerdictPublishedV1.class);

    public static final String EXCHANGE = "isnad.events";
    public static final String DEAD_LETTER_EXCHANGE = "isnad.dlx";

    private final String routingKey;
    private final int version;
    private final Class<?> payloadType;

    EventType(String routingKey, int version, Class<?> payloadType) {
        this.routingKey = routingKey;
        this.version = version;
        this.payloadType = payloadType;
    }

    public String routingKey() {
        return routingKey;
    }

    public int version() {
        return version;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    /** The CloudEvents {@code type} attribute, e.g. {@code org.isnad.article.ingested.v1}. */
    public String cloudEventType() {
        return "org.isnad." + routingKey + ".v" + version;
    }

    /** The JSON Schema of the payload, a classpath resource of this module. */
    public String schemaResource() {
        return "/org/isnad/events/schema/" + routingKey + ".v" + version + ".json";
    }

    public static EventType fromCloudEventType(String type) {
        for (EventType candidate : values()) {
            if (candidate.cloudEventType().equals(type)) {
                return candidate;
            }
        }
        throw new EventFormatException("unknown event type: " + type);
    }
}
