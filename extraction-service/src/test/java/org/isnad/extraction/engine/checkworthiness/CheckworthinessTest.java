package org.isnad.extraction.engine.checkworthiness;

import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.junit.jupiter.api.Test;

class CheckworthinessTest {
    @Test
    void numbersAndEventsOutrankHedgedPredictions() {
        ExtractionResult r = run("عنوان\nوقالت وزارة الصحة إن الغارات أسفرت عن مقتل 14 شخصاً في مدينة حلب.\n"
                + "وقال المحلل إنه يعتقد أن الأمور ربما ستتحسن في المستقبل القريب جداً.");
        Claim fact = claimContaining(r, "مقتل 14");
        Claim opinion = claimContaining(r, "ستتحسن");
        assertTrue(fact.checkworthiness() > opinion.checkworthiness() + 0.2,
                fact.checkworthinessFeatures() + " vs " + opinion.checkworthinessFeatures());
        assertTrue(fact.checkworthinessFeatures().containsKey("numbers"));
        assertTrue(opinion.checkworthinessFeatures().containsKey("opinion_hedge"));
        assertTrue(opinion.checkworthinessFeatures().containsKey("future_speculative"));
    }
}
