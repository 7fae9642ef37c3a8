package org.isnad.extraction.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceSplitEngineTest {

    private final SentenceSplitEngine engine = new SentenceSplitEngine();

    @Test
    void everyClaimIsTheSubstringAtItsOffsetsAndBoilerplateIsNeverAClaim() {
        String text = "قال الوزير إن الأسعار ارتفعت بنسبة 20 بالمئة. وأضاف أن الحكومة ستتدخل قريباً.\n\n"
                + "تابعونا على فيسبوك\n\n"
                + "قال الوزير إن الأسعار ارتفعت بنسبة 20 بالمئة. وأضاف أن الحكومة ستتدخل قريباً.";
        ExtractionResult result = engine.extract(ExtractionRequest.of(text));
        assertEquals("ar", result.language());
        assertEquals(2, result.claims().size());
        for (Claim claim : result.claims()) {
            assertEquals(claim.text(), text.substring(claim.start(), claim.end()));
            for (Span boilerplate : result.boilerplate()) {
                assertTrue(claim.end() <= boilerplate.start() || claim.start() >= boilerplate.end());
            }
        }
        assertEquals(2, result.boilerplate().size(), "the social prompt and the repeated paragraph");
    }

    @Test
    void emptyAndWhitespaceGiveAnEmptyResult() {
        assertTrue(engine.extract(ExtractionRequest.of("")).claims().isEmpty());
        assertTrue(engine.extract(ExtractionRequest.of(" \n\t ")).claims().isEmpty());
    }

    @Test
    void englishIsDetectedBySript() {
        assertEquals("en", engine.extract(ExtractionRequest.of("The ministry said prices rose by 20 percent.")).language());
    }
}
