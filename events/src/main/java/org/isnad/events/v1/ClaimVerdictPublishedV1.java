package org.isnad.events.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An editor published the desk's verdict on a claim. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimVerdictPublishedV1(UUID claimId, UUID articleId, String verdict, String explanation,
                                      String explanationEn, String editor, OffsetDateTime publishedAt) {
}
