package org.isnad.ingestion.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.isnad.common.problem.Problem;

import java.util.List;
import java.util.UUID;

/** Per-line outcome of an NDJSON batch: each line is stored (or not) on its own. */
public record BatchResponse(int accepted, int duplicates, int rejected, List<Line> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(int line, String outcome, UUID id, UUID duplicateOf, Problem problem) {
    }
}
