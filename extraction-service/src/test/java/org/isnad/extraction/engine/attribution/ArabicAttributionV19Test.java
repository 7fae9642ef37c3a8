package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/**
 * v19 rules (one unnamed member of a group of people, a refusal to give a name, narrating with يروي, a body that
 * demands then reports, a trailing نقلاً عن relay, a state's stated position, a warning after a venue aside); invented
 * sentences.
 */
class ArabicAttributionV19Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void oneOfTheResidentsIsAnonymous() {
        ExtractionResult r = run(TITLE + "وفي حي النخيل، قال أحد السكان لـ«صوت المدينة»: \"الكهرباء مقطوعة من يومين\".");
        var claim = claimContaining(r, "الكهرباء مقطوعة");
        assertEquals(SourceType.ANONYMOUS, claim.attribution().sourceType());
        assertTrue(claim.attribution().source().contains("أحد السكان"), claim.attribution().toString());
    }

    @Test
    void oneOfTheDriversIsAnonymous() {
        ExtractionResult r = run(TITLE + "ويقول أحد السائقين: «ننتظر هنا منذ 12 يوماً عند البوابة».");
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "12 يوماً").attribution().sourceType());
    }

    @Test
    void oneOfTheOfficialsStaysOfficial() {
        ExtractionResult r = run(TITLE + "وقال أحد المسؤولين في البلدية إن 20 شارعاً ستُغلق.");
        assertEquals(SourceType.OFFICIAL, claimContaining(r, "20 شارعاً").attribution().sourceType());
    }

    @Test
    void aRefusalToGiveTheNameIsNoReport() {
        ExtractionResult r = run(TITLE + "ويقول بائع في سوق الخضار، رفض ذكر اسمه: \"الطماطم صارت بـ3 دنانير\".");
        var claim = claimContaining(r, "بـ3 دنانير");
        assertEquals(SourceType.ANONYMOUS, claim.attribution().sourceType());
        assertTrue(claim.attribution().source().startsWith("بائع"), claim.attribution().toString());
    }

    @Test
    void narratingWithYarwiIsAReport() {
        ExtractionResult r = run(TITLE + "ويروي سليم بوراس، وهو راعٍ من قرية الجبل: «الحريق أخذ 40 رأساً من الغنم».");
        assertAttribution(claimContaining(r, "40 رأساً"), SourceType.NAMED_PERSON, "سليم بوراس");
    }

    @Test
    void aBodyThatDemandsThenReportsIsTheReporter() {
        ExtractionResult r = run(TITLE + "وقالت الطبيبة سعاد المنصوري إن الموجة ستستمر.\n"
                + "من جهتها، دعت وزارة البيئة السكان إلى تجنب الشاطئ، وأفادت بأن 12 عينة من المياه ملوثة.");
        assertAttribution(claimContaining(r, "12 عينة"), SourceType.OFFICIAL, "وزارة البيئة");
    }

    @Test
    void aTrailingRelayOverridesALeadingOutlet() {
        ExtractionResult r = run(TITLE + "ووفق ما نشرته صحيفة «المساء»، فإن الحكومة ستغلق 3 معابر الأسبوع المقبل، "
                + "نقلاً عن مسؤول حكومي لم تسمّه.");
        var claim = claimContaining(r, "3 معابر");
        assertEquals(SourceType.ANONYMOUS, claim.attribution().sourceType(), claim.attribution().toString());
        assertTrue(claim.attribution().source().contains("مسؤول حكومي"), claim.attribution().toString());
        assertTrue(claim.attribution().outlet() != null && claim.attribution().outlet().contains("المساء"),
                claim.attribution().toString());
    }

    @Test
    void aStateAnnouncingItsOwnPositionIsOfficial() {
        ExtractionResult r = run(TITLE + "وكانت تونس قد أعلنت في مارس الماضي استعدادها لاستقبال 200 طالب من القطاع.");
        assertAttribution(claimContaining(r, "200 طالب"), SourceType.OFFICIAL, "تونس");
    }

    @Test
    void aWarningWithAVenueAsideStillWarnsOfItsObject() {
        ExtractionResult r = run(TITLE + "وحذّر المركز الوطني للزلازل، في نشرة خاصة، من هزات ارتدادية قد تبلغ 5 درجات "
                + "خلال الأيام المقبلة.");
        var claim = claimContaining(r, "5 درجات");
        assertAttribution(claim, SourceType.OFFICIAL, "المركز الوطني للزلازل");
        assertTrue(claim.text().startsWith("هزات"), claim.text());
    }

    @Test
    void anOccasionAfterAQuotedSiteIsNoPartOfTheSource() {
        ExtractionResult r = run(TITLE + "وارتفع سعر كيلو الطماطم إلى 4 دنانير، بحسب ما رصدته «الواحة» في جولة صباح اليوم.");
        assertAttribution(claimContaining(r, "4 دنانير"), SourceType.OUTLET, "الواحة");
    }

    @Test
    void anAdversativeDoesNotCountTowardsALongSubject() {
        ExtractionResult r = run(TITLE + "غير أن مكتب الأمم المتحدة لتنسيق برامج التنمية الريفية أوضح، في تقريره الشهري، "
                + "أن فرقه وزعت 30 طناً فقط.");
        assertAttribution(claimContaining(r, "30 طناً"), SourceType.OFFICIAL,
                "مكتب الأمم المتحدة لتنسيق برامج التنمية الريفية");
    }

    @Test
    void anOfficerInChargeWithAnAppositiveNameIsTheNamedPerson() {
        ExtractionResult r = run(TITLE + "أتت النيران على أكثر من 300 هكتار من الغابات، وفق ما كشفه المكلف بالإعلام "
                + "بمديرية الغابات، الرائد كمال بوزيد، لـ«صوت الساحل».");
        assertAttribution(claimContaining(r, "300 هكتار"), SourceType.NAMED_PERSON, "كمال بوزيد");
    }
}
