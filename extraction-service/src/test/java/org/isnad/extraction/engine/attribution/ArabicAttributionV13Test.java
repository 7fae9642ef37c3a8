package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.anyClaimContains;
import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/** v13 rules (bare personal names, prepositional institutions, anonymity clauses); every sentence is invented. */
class ArabicAttributionV13Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";


    @Test
    void prepositionalInstitutionAfterATitleIsNotAName() {
        ExtractionResult r = run(TITLE + "وقال المدير العام للتجارة الخارجية بوزارة الاقتصاد، سمير الورتاني، إن "
                + "الصادرات ارتفعت بنسبة 12٪ هذا العام.\nوأضاف الورتاني أن الواردات تراجعت بنحو 5٪ خلال الفترة نفسها.");
        assertAttribution(claimContaining(r, "الصادرات ارتفعت"), SourceType.NAMED_PERSON, "سمير الورتاني");
        assertAttribution(claimContaining(r, "الواردات تراجعت"), SourceType.NAMED_PERSON, "سمير الورتاني");
    }

    @Test
    void bareUnknownNameAfterACueIsANamedPerson() {
        ExtractionResult r = run(TITLE + "وتقول زينوبة إن أسعار الخضر تضاعفت منذ بداية الشهر في سوق الحي.");
        assertAttribution(claimContaining(r, "أسعار الخضر"), SourceType.NAMED_PERSON, "زينوبة");
    }

    @Test
    void bareUnknownSurnameResolvesToTheRememberedFullName() {
        ExtractionResult r = run(TITLE + "وقالت الباحثة كاترينا فولكوفانا إن 40 قرية فقدت مصادر المياه هذا الصيف.\n"
                + "وأضافت فولكوفانا أن 12 بئراً جفّت تماماً منذ أيار.");
        Claim first = claimContaining(r, "40 قرية");
        assertEquals(SourceType.NAMED_PERSON, first.attribution().sourceType(), first.toString());
        Claim next = claimContaining(r, "12 بئراً");
        assertAttribution(next, SourceType.NAMED_PERSON, first.attribution().source());
    }

    @Test
    void gazetteerPlaceAfterACueStaysAnOfficialSource() {
        ExtractionResult r = run(TITLE + "وقالت موسكو إن 300 جندي شاركوا في المناورات العسكرية قرب الحدود.");
        assertNotEquals(SourceType.NAMED_PERSON, claimContaining(r, "300 جندي").attribution().sourceType());
    }

    @Test
    void institutionHeadAfterACueStaysAnOfficialSource() {
        ExtractionResult r = run(TITLE + "وأكد ديوان المحاسبة أن 15 مؤسسة عمومية لم تقدّم حساباتها لسنة 2024.");
        assertAttribution(claimContaining(r, "15 مؤسسة"), SourceType.OFFICIAL, "ديوان المحاسبة");
    }

    @Test
    void negatedAnonymityClauseDescribesTheRelayedSource() {
        ExtractionResult r = run(TITLE + "ونقلت صحيفة محلية عن مسؤول حكومي لم تكشف هويته قوله إن 200 موظف "
                + "فقدوا وظائفهم الشهر الماضي.");
        assertAttribution(claimContaining(r, "200 موظف"), SourceType.ANONYMOUS, "مسؤول حكومي");
    }

    @Test
    void negatedVerbWithAnAnySubjectIsNarration() {
        ExtractionResult r = run(TITLE + "وسقطت ثلاث قذائف على الميناء فجر اليوم. ولم تعلن أي جهة مسؤوليتها عن "
                + "الهجوم حتى مساء الأحد.");
        assertEquals(SourceType.UNATTRIBUTED, claimContaining(r, "مسؤوليتها").attribution().sourceType());
    }

    @Test
    void anyInsideTheContentLeavesTheReportAlone() {
        ExtractionResult r = run(TITLE + "وأعلنت وزارة الداخلية أن أي جهة تخالف القرار ستدفع غرامة قدرها 5000 دينار.");
        assertAttribution(claimContaining(r, "5000 دينار"), SourceType.OFFICIAL, "وزارة الداخلية");
    }

    @Test
    void tatweelUsedAsADashSeparatesADateline() {
        ExtractionResult r = run(TITLE + "القاهرة ـ عمّان ـ «الصحيفة»:\nأعلنت وزارة الصحة أن 300 حالة سُجّلت "
                + "خلال الأسبوع الماضي في الـمحافظات الجنوبية.");
        assertFalse(anyClaimContains(r, "عمّان ـ"));
        assertTrue(anyClaimContains(r, "300 حالة"));
    }

    @Test
    void adversativeTitleWithAnAcronymGlossAndAnAppositiveName() {
        ExtractionResult r = run(TITLE + "وأعلنت السلطات فتح المعبر أمام الشاحنات. غير أن الناطقة باسم المفوضية "
                + "الأوروبية للمساعدات الإنسانية وحماية المدنيين (إيكو)، مارتا فيلاسكيز، قالت في مؤتمر صحافي إن "
                + "\"30 شاحنة فقط عبرت منذ الإثنين\".\nوأضافت فيلاسكيز أن 14 مستودعاً أُغلقت في الشمال.");
        assertAttribution(claimContaining(r, "30 شاحنة"), SourceType.NAMED_PERSON, "مارتا فيلاسكيز");
        assertAttribution(claimContaining(r, "14 مستودعاً"), SourceType.NAMED_PERSON, "مارتا فيلاسكيز");
        assertFalse(anyClaimContains(r, "غير أن الناطقة"));
    }

    @Test
    void statementVenueWithAlaIsNotPartOfTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقال المتحدث باسم وزارة الطاقة في منشور على منصة \"إكس\" إن 600 محطة "
                + "عادت إلى العمل.");
        // (v14: an unnamed spokesman is cited as the body he speaks for)
        assertAttribution(claimContaining(r, "600 محطة"), SourceType.OFFICIAL, "وزارة الطاقة");
    }
}
