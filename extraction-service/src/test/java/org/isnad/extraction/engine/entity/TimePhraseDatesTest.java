package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v15: clock times, midnight and feasts as dates; clock minutes and ordinal teens are no quantities. Invented sentences. */
class TimePhraseDatesTest {

    /** The entities of {@code type} in {@code text}, under a title line (the first line is the headline). */
    private static List<String> of(String text, EntityType type) {
        return TestSupport.entityTexts("عنوان الخبر\n" + text, type);
    }

    @Test
    void clockTimeByOrdinalWithItsPartOfTheDay() {
        String text = "وبدأ القصف قرابة الساعة الثانية عشرة والنصف ليلاً واستمر حتى الساعة الخامسة فجراً.";
        List<String> d = of(text, EntityType.DATE);
        assertTrue(d.contains("الساعة الثانية عشرة والنصف ليلاً"), d.toString());
        assertTrue(d.contains("الساعة الخامسة فجراً"), d.toString());
        assertFalse(of(text, EntityType.QUANTITY).contains("عشرة"));
    }

    @Test
    void midnightAndFeastsAreDates() {
        List<String> d = of("وأغلقت المحال منذ منتصف الليل، بعد أن ارتفعت الأسعار قبل عيد الفطر الماضي.",
                EntityType.DATE);
        assertTrue(d.contains("منتصف الليل"), d.toString());
        assertTrue(d.contains("عيد الفطر الماضي"), d.toString());
    }

    @Test
    void hourWithoutOrdinalOrPartOfDayIsNoDate() {
        List<String> d = of("وانتظر المرضى الساعة كاملة أمام الباب.", EntityType.DATE);
        assertFalse(d.stream().anyMatch(x -> x.startsWith("الساعة")), d.toString());
    }

    @Test
    void clockMinutesAndOrdinalTeensAreNoQuantities() {
        List<String> q = of("نشر في 3 آذار 2025 - 10:25 ص\nواعتقلت القوات فتى دون السابعة عشرة.", EntityType.QUANTITY);
        assertFalse(q.stream().anyMatch(x -> x.startsWith("25")), q.toString());
        assertFalse(q.contains("عشرة"), q.toString());
    }

    @Test
    void spokenHoursAndMinutesAreClockTimes() {
        String text = "وقال أحد السكان: \"دخلوا الساعة ثلاثة الفجر\"، فيما سُجل أول اتصال عند الخامسة وعشر دقائق صباحاً.";
        List<String> d = of(text, EntityType.DATE);
        assertTrue(d.contains("الساعة ثلاثة الفجر"), d.toString());
        assertTrue(d.contains("الخامسة وعشر دقائق صباحاً"), d.toString());
        List<String> q = of(text, EntityType.QUANTITY);
        assertFalse(q.contains("عشر دقائق"), q.toString());
        assertFalse(q.contains("ثلاثة"), q.toString());
    }

    @Test
    void anOrdinalWithoutHourOrPartOfTheDayIsNoTime() {
        String text = "وحلت الفرقة الثالثة في الترتيب، وفازت للمرة الثانية مساء أمس، واستمر الاجتماع عشر دقائق.";
        List<String> d = of(text, EntityType.DATE);
        assertFalse(d.stream().anyMatch(x -> x.startsWith("الثالثة") || x.startsWith("الثانية")), d.toString());
    }
}
