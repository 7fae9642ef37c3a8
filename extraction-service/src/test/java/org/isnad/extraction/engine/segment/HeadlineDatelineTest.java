package org.isnad.extraction.engine.segment;

import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

class HeadlineDatelineTest {

    @Test
    void headlineIsNotAClaimButItsEntitiesAreKept() {
        ExtractionResult r = run("رحمون: المقاومة الشعبية اشتعلت لطرد الأمريكيين من سوريا\n"
                + "قال مصدر أمني إن القوات انسحبت من ثلاثة مواقع في ريف المحافظة الشرقي.");
        assertFalse(TestSupport.anyClaimContains(r, "اشتعلت"));
        assertEquals(1, r.claims().size());
        assertTrue(r.entities().stream().anyMatch(e -> e.text().equals("سوريا")));
    }

    @Test
    void datelineLineIsSkipped() {
        ExtractionResult r = run("عنوان\nدمشق - سانا\nأعلنت وزارة الداخلية أن الشرطة ضبطت كمية كبيرة من المخدرات في حلب.");
        for (Claim c : r.claims()) {
            assertFalse(c.text().contains("سانا"));
        }
        assertEquals(1, r.claims().size());
    }

    @Test
    void datelinePrefixWithAgencyIsExcludedFromTheClaim() {
        ExtractionResult r = run("عنوان\nموسكو (رويترز) - قالت وزارة الدفاع الروسية إن قواتها أسقطت 12 طائرة مسيرة فوق المنطقة.");
        Claim c = TestSupport.claimContaining(r, "أسقطت 12 طائرة");
        assertFalse(c.text().contains("موسكو"));
        assertTrue(r.entities().stream().anyMatch(e -> e.text().equals("موسكو")));
    }

    @Test
    void datelineWithPipeSeparatedWebBylineIsNotAClaim() {
        ExtractionResult r = run("عنوان الخبر هنا\nالدوحة - «الراية» | الخميس 3 شوال 1446 هـ - الموافق 03/04/2025\n"
                + "أعلنت وزارة المواصلات أن الطريق الدائري سيغلق جزئياً لمدة أسبوعين.");
        assertEquals(1, r.claims().size(), r.claims().toString());
        assertFalse(TestSupport.anyClaimContains(r, "الراية"));
        assertTrue(TestSupport.anyClaimContains(r, "الطريق الدائري"));
    }

    @Test
    void pipeInsideAReportedSentenceKeepsTheClaim() {
        ExtractionResult r = run("عنوان الخبر هنا\nبيروت - وقال مسؤول | إن المفاوضات متعثرة منذ أسابيع بسبب الخلاف على الحدود.");
        assertTrue(TestSupport.anyClaimContains(r, "المفاوضات متعثرة"), r.claims().toString());
    }

    @Test
    void slashDatelineWithNumericDate() {
        ExtractionResult r = run("السيمر / فيينا / الثلاثاء 25 . 01 . 2022 ——- كشف مصدر مطلع أن الاجتماع "
                + "المقبل سيعقد في العاصمة خلال أيام.");
        Claim c = TestSupport.claimContaining(r, "الاجتماع");
        assertTrue(c.text().startsWith("الاجتماع"), c.text());
        assertTrue(r.entities().stream().anyMatch(e -> e.type().name().equals("DATE") && e.text().contains("2022")));
    }

    @Test
    void englishDateline() {
        ExtractionResult r = run("Headline here\nLONDON (Reuters) - Oil prices rose 3% on Monday after the attack on the terminal.");
        Claim c = TestSupport.claimContaining(r, "Oil prices");
        assertTrue(c.text().startsWith("Oil prices"), c.text());
    }
}
