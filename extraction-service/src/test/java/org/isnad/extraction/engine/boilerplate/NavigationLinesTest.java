package org.isnad.extraction.engine.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** v14: breadcrumbs, section headers and editors' bylines recognised by their shape. Invented lines. */
class NavigationLinesTest {
    private static final String TITLE = "ارتفاع أسعار الخبز في العاصمة\n";
    private static final String BODY = "قال وزير التجارة سامي الحداد إن سعر الربطة ارتفع إلى 500 ليرة منذ مطلع الشهر الجاري.\n";

    @ParameterizedTest
    @ValueSource(strings = {"الرئيسية > أخبار لبنان > اقتصاد", "الرئيسية » محليات » خدمات",
            "صوت المدينة | الأخبار المحلية", "سامر الخطيب/ ليلى بن يوسف", "أحمد عبد الكريم/ رنا العلي/ هادي ناصر",
            "الرئيسية / أخبار / الزرقاء", "صوت الجنوب - تحقيقات - اليمن", "التعليقات (0)", "12 تعليقات"})
    void navigationAndBylineLinesAreBoilerplate(String line) {
        String text = TITLE + line + "\n" + BODY + line + "\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, line), line + " -> " + r.boilerplate());
        assertFalse(TestSupport.anyClaimContains(r, line));
    }

    @Test
    void entityInABreadcrumbIsNotReported() {
        String text = TITLE + "الرئيسية > أخبار لبنان > اقتصاد\n" + BODY;
        ExtractionResult r = TestSupport.run(text);
        assertFalse(r.entities().stream().anyMatch(e -> e.type() == EntityType.LOCATION && e.text().equals("لبنان")),
                r.entities().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"الزرقاء - صوت الجنوب", "الزرقاء / صوت الجنوب", "وقال الوزير - وهو في عمان - إن 3 مشاريع أنجزت",
            "حلب - دمشق / حمص"})
    void datelinesAndDashedAsidesAreNotNavigation(String line) {
        assertFalse(NavigationLines.isNavigation(line, BoilerplateDetector.countWords(line)), line);
    }

    @Test
    void townInASlashBreadcrumbIsNotReported() {
        String text = TITLE + "الرئيسية / محليات / الزرقاء\n" + BODY;
        ExtractionResult r = TestSupport.run(text);
        assertFalse(r.entities().stream().anyMatch(e -> e.text().equals("الزرقاء")), r.entities().toString());
    }

    @Test
    void commentCounterIsBoilerplateButProseAboutCommentsIsNot() {
        String prose = "وتلقت الصفحة 300 تعليق خلال ساعة واحدة بعد نشر القرار.";
        String text = TITLE + BODY + prose + "\nالتعليقات (0)\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "التعليقات (0)"), r.boilerplate().toString());
        assertFalse(TestSupport.coveredByBoilerplate(text, r, prose), r.boilerplate().toString());
        assertFalse(r.entities().stream().anyMatch(e -> e.text().equals("0")), r.entities().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"بيروت/ وكالات", "وارتفعت الأسعار في تموز/يوليو الماضي بنسبة 12 في المئة",
            "وقال الوزير إن الخطة | التي أقرت أمس | ستنفذ قريباً، وفق البيان."})
    void proseAndDatelinesAreNotNavigation(String line) {
        assertFalse(NavigationLines.isNavigation(line, BoilerplateDetector.countWords(line)), line);
    }

    @Test
    void titleLineIsNeverNavigation() {
        String title = "عاجل | انقطاع الكهرباء";
        String text = title + "\n" + BODY;
        ExtractionResult r = TestSupport.run(text);
        assertFalse(TestSupport.coveredByBoilerplate(text, r, title), r.boilerplate().toString());
    }
}
