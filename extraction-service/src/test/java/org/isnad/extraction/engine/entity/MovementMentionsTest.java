package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v18: "حركة" + a noun of traffic or trade is motion, not a movement. Invented sentences. */
class MovementMentionsTest {

    @Test
    void trafficIsNoOrganisation() {
        List<String> o = TestSupport.entityTexts("عنوان\nوقال إن حركة الملاحة في الميناء تسير بصورة طبيعية، وإن حركة "
                + "السير متوقفة منذ الصباح.", EntityType.ORGANIZATION);
        assertFalse(o.contains("حركة الملاحة"), o.toString());
        assertFalse(o.contains("حركة السير"), o.toString());
    }

    @Test
    void aPoliticalMovementStays() {
        List<String> o = TestSupport.entityTexts("عنوان\nوأعلنت حركة النهضة مقاطعة الانتخابات.",
                EntityType.ORGANIZATION);
        assertTrue(o.contains("حركة النهضة"), o.toString());
    }
}
