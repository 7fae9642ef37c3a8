package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v21: a double compass phrase ("شمال غربي X") keeps only the place; a single one may name a province. Invented. */
class CompassPhrasesTest {

    private static List<String> places(String text) {
        return TestSupport.entityTexts("عنوان\n" + text, EntityType.LOCATION);
    }

    @Test
    void aDoubleCompassPhraseKeepsThePlace() {
        List<String> p = places("وتساقطت الثلوج بكثافة في جنوب شرقي تركيا مساء أمس.");
        assertTrue(p.contains("تركيا"), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.startsWith("جنوب")), p.toString());
    }

    @Test
    void aSingleCompassWordOrABackReferenceIsNotCut() {
        List<String> p = places("وأغلقت المدارس في شمال لبنان، فيما هطلت الأمطار جنوب غربي البلاد.");
        assertTrue(p.contains("شمال لبنان"), p.toString());
        assertFalse(p.contains("البلاد"), p.toString());
    }
}
