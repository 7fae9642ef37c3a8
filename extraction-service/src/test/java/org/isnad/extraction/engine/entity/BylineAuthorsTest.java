package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** The author of a byline at the top of the page ({@link BylineAuthors}). Invented pages. */
class BylineAuthorsTest {

    private static List<String> persons(String page) {
        return TestSupport.entityTexts(page, EntityType.PERSON);
    }

    @Test
    void theNameAfterAColonLabelIsAPerson() {
        List<String> a = persons("ارتفاع أسعار الخبز في المدينة\nإعداد: جهاد الطويل – منصة الجنوب\n"
                + "ارتفعت أسعار الخبز بنسبة كبيرة خلال الأسبوع الماضي.\n");
        assertTrue(a.contains("جهاد الطويل"), a.toString());
        List<String> b = persons("افتتاح معرض الكتاب\nكتبت: ريم عبد الغني\nافتتح المعرض أبوابه أمس.\n");
        assertTrue(b.contains("ريم عبد الغني"), b.toString());
    }

    @Test
    void aDeskOrTeamOrALabelDeepInTheTextIsNoPerson() {
        List<String> a = persons("افتتاح معرض الكتاب\nإعداد: فريق التحرير\nافتتح المعرض أبوابه أمس.\n");
        assertTrue(a.isEmpty(), a.toString());
        List<String> b = persons("افتتاح معرض الكتاب\nكتب: المحرر الاقتصادي\nافتتح المعرض أبوابه أمس.\n");
        assertTrue(b.isEmpty(), b.toString());
        StringBuilder page = new StringBuilder("عنوان الخبر\n");
        for (int i = 0; i < 7; i++) {
            page.append("افتتح المعرض أبوابه أمس في العاصمة.\n");
        }
        page.append("تحرير: مسودة القانون الجديد\n");
        List<String> c = persons(page.toString());
        assertFalse(c.contains("مسودة القانون الجديد"), c.toString());
    }
}
