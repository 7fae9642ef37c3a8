package org.isnad.extraction.engine.segment;

import static org.isnad.extraction.engine.TestSupport.anyClaimContains;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.ExtractionResult;
import org.junit.jupiter.api.Test;

/** Questions and crossheads are not claims; every text is invented for the test. */
class NonClaimTextTest {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void rhetoricalQuestionIsNoClaim() {
        ExtractionResult r = run(TITLE + "ارتفعت أسعار الخبز للمرة الثالثة هذا العام في المدينة. فإلى متى يحتمل "
                + "السكان هذا الغلاء؟");
        assertTrue(anyClaimContains(r, "ارتفعت أسعار الخبز"));
        assertFalse(anyClaimContains(r, "إلى متى يحتمل"));
    }

    @Test
    void shortLineWithoutFinalPunctuationBetweenParagraphsIsACrosshead() {
        ExtractionResult r = run(TITLE + "ارتفعت أسعار الخبز للمرة الثالثة هذا العام في المدينة.\n"
                + "الأفران: طوابير طويلة ونقص في الطحين\n"
                + "وقال صاحب فرن في الحي إن كمية الطحين تراجعت إلى النصف.");
        assertFalse(anyClaimContains(r, "طوابير طويلة"));
        assertTrue(anyClaimContains(r, "كمية الطحين تراجعت"));
    }

    @Test
    void shortLastLineAndShortSentencesWithAFullStopStayClaims() {
        ExtractionResult r = run(TITLE + "ارتفعت أسعار الخبز للمرة الثالثة هذا العام في المدينة.\n"
                + "وأغلقت ثلاثة أفران أبوابها أمس.\n"
                + "وتراجع عدد الزبائن إلى النصف");
        assertTrue(anyClaimContains(r, "وأغلقت ثلاثة أفران"));
        assertTrue(anyClaimContains(r, "عدد الزبائن"));
    }
}
