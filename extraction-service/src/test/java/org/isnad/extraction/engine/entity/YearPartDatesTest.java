package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** Halves and quarters of a named year, and years after a glued لـ. Invented sentences. */
class YearPartDatesTest {

    private static List<String> dates(String sentence) {
        return TestSupport.entityTexts("عنوان\n" + sentence + "\n", EntityType.DATE);
    }

    @Test
    void fractionOfANamedYearIsOneDate() {
        List<String> a = dates("وارتفعت صادرات الفوسفات خلال النصف الثاني من 2023 بنسبة ملحوظة.");
        assertTrue(a.contains("النصف الثاني من 2023"), a.toString());
        List<String> b = dates("وتراجعت أرباح الشركة في الربع الأول من عام 2024 مقارنة بالربع الأخير من العام الماضي.");
        assertTrue(b.contains("الربع الأول من عام 2024"), b.toString());
        assertTrue(b.contains("الربع الأخير من العام الماضي"), b.toString());
    }

    @Test
    void fractionWithoutItsYearIsNoDate() {
        List<String> a = dates("وتوقع المحلل تحسن الأداء حتى نهاية الربع الثالث.");
        assertTrue(a.stream().noneMatch(x -> x.contains("الربع")), a.toString());
    }

    @Test
    void gluedLamIsNotPartOfTheYear() {
        List<String> a = dates("وقال إن خطة التنمية لعام 2027 تركز على الزراعة والمياه.");
        assertTrue(a.contains("عام 2027"), a.toString());
        assertFalse(a.contains("لعام 2027"), a.toString());
    }
}
