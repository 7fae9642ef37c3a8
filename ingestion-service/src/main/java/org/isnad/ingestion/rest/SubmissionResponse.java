package org.isnad.ingestion.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/** The answer to a submission: {@code duplicateOf} is set when the text was already known. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionResponse(UUID id, String status, UUID duplicateOf) {
}
