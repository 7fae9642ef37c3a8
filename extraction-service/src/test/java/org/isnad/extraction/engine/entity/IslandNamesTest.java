package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v21: "جزيرة X" keeps only the island's name (as "محافظة X"); "جنوب الجزيرة" refers back. Invented. */
class IslandNamesTest {

    private static List<String> places(String text) {
        return TestSupport.entityTexts("عنوان\n" + text, EntityType.LOCATION);
    }

    @Test
    void theIslandNounIsADescriptorLikeAProvince() {
        List<String> p = places("ورست السفينة قبالة جزيرة ميلوس بعد رحلة طويلة من الشاطئ.");
        assertTrue(p.contains("ميلوس"), p.toString());
        assertFalse(p.contains("جزيرة ميلوس"), p.toString());
    }

    @Test
    void theDefiniteIslandAfterACompassWordRefersBack() {
        List<String> p = places("وتعززت الدوريات البحرية جنوب الجزيرة خلال الليل.");
        assertFalse(p.contains("الجزيرة"), p.toString());
    }
}
