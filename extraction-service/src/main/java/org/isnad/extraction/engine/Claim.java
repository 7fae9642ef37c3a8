package org.isnad.extraction.engine;

import java.util.List;
import java.util.Map;

/**
 * A clause-level check-worthy statement. {@code text} equals {@code input.substring(start, end)};
 * {@code entityRefs} index into {@link ExtractionResult#entities()}; {@code checkworthinessFeatures}
 * explains the score (feature name to contribution).
 */
public record Claim(String text, int start, int end, double checkworthiness,
                    Map<String, Double> checkworthinessFeatures, Attribution attribution,
                    List<Quantity> quantities, List<Integer> entityRefs) {
}
