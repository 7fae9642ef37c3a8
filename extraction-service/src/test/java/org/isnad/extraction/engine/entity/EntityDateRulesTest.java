package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** Date entities without an article date: relative points in time, durations, split mentions. Invented sentences. */
class EntityDateRulesTest {

    private static List<String> dates(String text) {
        return TestSupport.run(text).entities().stream().filter(e -> e.type() == EntityType.DATE)
                .map(Entity::text).toList();
    }

    @Test
    void relativePointsInTimeAreDatesEvenWithoutAnArticleDate() {
        List<String> d = dates("عنوان\nوقال المزارع إن المحصول تراجع هذا العام بعد أن كان وفيراً قبل أربع سنوات.");
        assertTrue(d.contains("هذا العام"), d.toString());
        assertTrue(d.contains("قبل أربع سنوات"), d.toString());
    }

    @Test
    void maghrebiMonthWithPastAnchorIsOneDate() {
        List<String> d = dates("عنوان\nوأوضح البيان أن الأشغال انطلقت في مارس الماضي وتوقفت في أوت الماضي.");
        assertTrue(d.contains("مارس الماضي"), d.toString());
        assertTrue(d.contains("أوت الماضي"), d.toString());
    }

    @Test
    void durationsAndVaguePeriodsAreNotDates() {
        List<String> d = dates("عنوان\nوقالت الأم إن العائلة تعيش في خيمة منذ خمسة أشهر، وإن المساعدات توقفت قبل بضعة أسابيع.");
        assertTrue(d.stream().noneMatch(x -> x.contains("منذ")), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.contains("بضعة")), d.toString());
    }

    @Test
    void publicAdjectiveIsNotTheYear() {
        List<String> d = dates("عنوان\nوناقش النواب تعديل قانون الدين العام السابق دون التوصل إلى اتفاق.");
        assertFalse(d.stream().anyMatch(x -> x.contains("العام")), d.toString());
    }

    @Test
    void adjacentDatePartsAreJoined() {
        List<String> d = dates("عنوان\nوأعلنت الشرطة مساء اليوم الخميس 7 مارس 2024 توقيف ثلاثة أشخاص.");
        assertTrue(d.contains("مساء اليوم الخميس 7 مارس 2024"), d.toString());
    }
}
