package org.isnad.extraction.engine;

import java.time.LocalDate;

/**
 * What to extract from. {@code language} may be null (detected); {@code articleDate} anchors relative dates
 * ("أمس") and may be null.
 */
public record ExtractionRequest(String text, String title, String language, LocalDate articleDate) {
    public static ExtractionRequest of(String text) {
        return new ExtractionRequest(text, null, null, null);
    }
}
