package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/**
 * attribution-v21 rules, one group per error class of heldout17's first run (agency kinds, Maghrebi civic actors,
 * a participle after a trailing "وفق ما أعلنه", Maghrebi ranks before a name); all sentences invented.
 */
class ArabicAttributionV21Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static void assertType(Claim c, SourceType t) {
        assertEquals(t, c.attribution().sourceType(), c.attribution().toString());
    }

    // ---- 3. a rating agency is a body; an agency with its news trade in the name is an outlet

    @Test
    void quotedRatingAgencyIsAnOfficialBody() {
        ExtractionResult r = run(TITLE + "وقالت وكالة «موديز» للتصنيف الائتماني، في تقرير صدر أمس، إن ديون الشركات الأردنية ستبقى مستقرة.");
        Claim c = claimContaining(r, "ديون الشركات");
        assertType(c, SourceType.OFFICIAL);
        assertTrue(c.attribution().source().contains("موديز"), c.attribution().toString());
    }

    @Test
    void newsAgencyWithItsTradeAfterAPlaceIsAnOutlet() {
        ExtractionResult r = run(TITLE + "وأفادت وكالة تونس إفريقيا للأنباء بأن الأمطار غمرت عدداً من الأحياء في صفاقس.");
        assertType(claimContaining(r, "الأمطار غمرت"), SourceType.OUTLET);
    }

    @Test
    void nationalMediaAgencyIsAnOutlet() {
        ExtractionResult r = run(TITLE + "وأفادت «الوكالة الوطنية للإعلام» بأن دورية أمنية وصلت إلى ساحة البلدة ظهراً.");
        assertType(claimContaining(r, "دورية أمنية"), SourceType.OUTLET);
    }

    @Test
    void unAgencyWithAPurposeStaysAnOfficialBody() {
        ExtractionResult r = run(TITLE + "وأعلنت وكالة الأمم المتحدة للاجئين أن آلاف الأسر عبرت الحدود خلال الأسبوع.");
        assertType(claimContaining(r, "آلاف الأسر"), SourceType.OFFICIAL);
    }

    // ---- 4. a Maghrebi civic actor ("فاعل جمعوي") is an unnamed person

    @Test
    void civicActorIsAnonymous() {
        ExtractionResult r = run(TITLE + "ونقل موقع «الساحل اليوم» عن فاعل مدني بالجهة قوله إن مئات التلاميذ \"لم يلتحقوا بعد بالمدارس\".");
        assertType(claimContaining(r, "مئات التلاميذ"), SourceType.ANONYMOUS);
    }

    @Test
    void officialOfADirectorateIsNotAnonymous() {
        ExtractionResult r = run(TITLE + "وقال مسؤول بالمديرية الجهوية للتعليم إن مئات التلاميذ لم يلتحقوا بعد بالمدارس.");
        assertNotEquals(SourceType.ANONYMOUS, claimContaining(r, "مئات التلاميذ").attribution().sourceType());
    }

    // ---- 5. "، وفق ما أعلنه X، محدداً أن …": the body credited with the clause goes on speaking

    @Test
    void participleAfterTrailingReportKeepsTheReportingBody() {
        ExtractionResult r = run(TITLE + "ارتفعت الأسعار بنسبة 5 في المئة، وفق ما أعلنه المكتب الوطني للإحصاء، "
                + "محدداً أن الزيادة طالت المواد الغذائية.");
        Claim c = claimContaining(r, "الزيادة طالت");
        assertType(c, SourceType.OFFICIAL);
        assertEquals("المكتب الوطني للإحصاء", c.attribution().source());
    }

    @Test
    void specifiedWithAnObjectIsNoCue() {
        ExtractionResult r = run(TITLE + "وحددت اللجنة موعد الامتحانات في الأسبوع الأول من يونيو.");
        r.claims().forEach(c -> assertNotEquals("وحددت", c.attribution().cue(), c.toString()));
    }

    // ---- 1. a Maghrebi rank ("الكولونيل") before the name after a long title

    @Test
    void colonelAfterRegionalTitleNamesTheSpeaker() {
        ExtractionResult r = run(TITLE + "وأوضح المدير الجهوي للحماية المدنية بتازة، الكولونيل يوسف المرابط، "
                + "أن الفرق أعادت فتح الطريق الوطنية.");
        Claim c = claimContaining(r, "أعادت فتح الطريق");
        assertType(c, SourceType.NAMED_PERSON);
        assertEquals("يوسف المرابط", c.attribution().source());
    }

    @Test
    void regionalTitleWithoutNameStaysOfficial() {
        ExtractionResult r = run(TITLE + "وأوضح المدير الجهوي للحماية المدنية بتازة أن الفرق أعادت فتح الطريق الوطنية.");
        assertType(claimContaining(r, "أعادت فتح الطريق"), SourceType.OFFICIAL);
    }
}
