package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** ent25: a place named once after its settlement noun is tagged at its later bare mentions. Invented sentences. */
class TriggeredPlaceRepeatsTest {

    private static List<String> places(String text) {
        return TestSupport.entityTexts("عنوان\n" + text, EntityType.LOCATION);
    }

    @Test
    void laterBareMentionOfACampIsAPlace() {
        List<String> p = places("ووصلت مئات العائلات إلى مخيم تاغونت خلال الأسبوع. "
                + "وقال متطوعون إن المياه في تاغونت لا تكفي، وإن سكان وتاغونت ينتظرون الإمدادات.");
        assertTrue(p.contains("مخيم تاغونت"), p.toString());
        assertEquals(3, p.stream().filter(x -> x.contains("تاغونت")).count(), p.toString());
    }

    @Test
    void aDescriptionAfterTheNounIsNotCarriedOver() {
        List<String> p = places("وأقيم مخيم للنازحين قرب الحدود، وقالت منظمات إن للنازحين حقوقاً.");
        assertFalse(p.contains("للنازحين"), p.toString());
        assertNull(TriggeredPlaceRepeats.nameAfterSettlementNoun("مخيم للنازحين"));
        assertNull(TriggeredPlaceRepeats.nameAfterSettlementNoun("بلدة الريحان"));
        assertNull(TriggeredPlaceRepeats.nameAfterSettlementNoun("شارع زيتون"));
        assertEquals("زيتون", TriggeredPlaceRepeats.nameAfterSettlementNoun("قرية زيتون"));
    }

    @Test
    void aWordInsideALongerWordIsNotTagged() {
        List<String> p = places("وزار الوفد قرية ورديان ثم التقى بالورديانيين في المساء.");
        assertTrue(p.stream().noneMatch(x -> x.contains("الورديانيين")), p.toString());
    }
}
