package org.isnad.extraction.engine;

import java.util.List;

public record ExtractionResult(String language, String extractorVersion, List<Span> boilerplate,
                               List<Claim> claims, List<Entity> entities) {
}
