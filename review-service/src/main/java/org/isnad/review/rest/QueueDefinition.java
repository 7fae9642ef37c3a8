package org.isnad.review.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.HashSet;
import java.util.List;

/**
 * A queue as an admin defines it ({@code PUT /api/v1/queues/{name}}), replacing the whole definition: what is
 * left out is cleared. {@code filters}: every one given must match for a claim to be in the queue (none: every
 * claim); {@code sourceTypes} matches any of its types. {@code requiredReviews}: reviews each claim in the queue
 * needs at least (absent: the service default).
 */
public record QueueDefinition(
        @NotNull(message = "title is required") @Valid Title title,
        @Valid Description description,
        @Min(0) @Max(10000) Integer position,
        @Valid Filters filters,
        @Min(1) @Max(20) Integer requiredReviews) {

    static final String NO_NUL = "[^\\x00]*";
    static final String NO_NUL_MESSAGE = "must not contain NUL characters";

    /** The queue's name as reviewers see it, in Arabic and English; both required. */
    public record Title(
            @NotBlank @Size(max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String ar,
            @NotBlank @Size(max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String en) {
    }

    /** What the queue is for; either language optional. */
    public record Description(
            @Size(max = 2000) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String ar,
            @Size(max = 2000) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String en) {
    }

    /** Which claims the queue holds; each absent filter matches everything. */
    public record Filters(
            @Pattern(regexp = "[a-z]{2,3}", message = "must be a 2- or 3-letter ISO 639 code") String language,
            @Size(min = 1, max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String outlet,
            @Size(min = 1, max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String entity,
            @Size(min = 1, max = 5, message = "must list 1 to 5 source types")
            List<@NotNull @Pattern(regexp = SOURCE_TYPES, message = "must be one of " + SOURCE_TYPES) String>
                    sourceTypes,
            @DecimalMin("0") @DecimalMax("1") Double minCheckworthiness) {

        static final String SOURCE_TYPES = "NAMED_PERSON|OFFICIAL|OUTLET|ANONYMOUS|UNATTRIBUTED";

        @AssertTrue(message = "sourceTypes must not repeat a type")
        public boolean isSourceTypesDistinct() {
            return sourceTypes == null || new HashSet<>(sourceTypes).size() == sourceTypes.size();
        }
    }
}
