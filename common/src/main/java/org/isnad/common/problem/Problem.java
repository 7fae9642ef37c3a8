package org.isnad.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 (formerly 7807) problem document. {@code type} names the kind of problem under
 * {@value #TYPE_BASE}; {@code errors} lists field-level violations for validation problems. Never carries a
 * stack trace or a class name.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://isnad.org/problems/";

    public record FieldError(String field, String message) {
    }
}
