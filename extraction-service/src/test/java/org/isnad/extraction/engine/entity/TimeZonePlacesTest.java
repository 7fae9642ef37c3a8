package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** A place after "توقيت" names a time zone, not a place of the story ({@link TimeZonePlaces}). Invented text. */
class TimeZonePlacesTest {

    @Test
    void placeAfterClockTimeIsNoLocation() {
        String text = "عنوان\nالخميس 3 آذار 2025 - آخر تحديث: 09:10 ص (بتوقيت القدس)\n"
                + "وقال محافظ الخليل إن الأمطار الغزيرة أغلقت الطرق في بلدة دورا صباح اليوم.\n";
        List<String> loc = TestSupport.entityTexts(text, EntityType.LOCATION);
        assertFalse(loc.contains("القدس"), loc.toString());
        assertTrue(loc.contains("دورا") || loc.contains("الخليل"), loc.toString());
    }

    @Test
    void samePlaceInProseStaysALocation() {
        String text = "عنوان\nوصل الوفد إلى القدس مساء أمس في زيارة تستمر ثلاثة أيام، بحسب ما أعلنه المنظمون.\n";
        assertTrue(TestSupport.entityTexts(text, EntityType.LOCATION).contains("القدس"));
        assertTrue(TimeZonePlaces.afterClockTime("الساعة 9 بتوقيت غرينتش", "الساعة 9 بتوقيت ".length()));
        assertFalse(TimeZonePlaces.afterClockTime("وصل إلى غرينتش", "وصل إلى ".length()));
    }
}
