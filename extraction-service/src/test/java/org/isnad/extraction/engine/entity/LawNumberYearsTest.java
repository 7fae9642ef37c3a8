package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v21: the year in a law's number is no date ({@link LawNumberYears}). Invented sentences. */
class LawNumberYearsTest {

    private static List<String> dates(String text) {
        return TestSupport.entityTexts("عنوان\n" + text, EntityType.DATE);
    }

    @Test
    void theYearOfALawNumberIsNoDate() {
        List<String> d = dates("وطالب النائب بتطبيق القانون رقم 42 لسنة 2011 والمرسوم رقم ٩ لعام ٢٠١٦ على المخالفين.");
        assertFalse(d.stream().anyMatch(x -> x.contains("2011") || x.contains("٢٠١٦")), d.toString());
    }

    @Test
    void aYearSaidAsADateStays() {
        List<String> d = dates("وصدر القانون عام 1987 وعدّل في 2003، وسجلت الحادثة رقم 5 في عام 2019.");
        assertTrue(d.contains("عام 1987"), d.toString());
        assertTrue(d.contains("عام 2019"), d.toString());
    }
}
