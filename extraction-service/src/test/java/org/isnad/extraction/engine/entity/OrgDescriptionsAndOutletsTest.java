package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * v15: organisation mentions that are descriptions (DescriptiveOrgMentions), outlets and platforms named in quotes
 * (OutletMentions), bodies named after a person, observatories with a purpose genitive, and short acronyms read
 * out of other words. Invented sentences.
 */
class OrgDescriptionsAndOutletsTest {

    /** The entities of {@code type} in {@code text}, under a title line (the first line is the headline). */
    private static List<String> of(String text, EntityType type) {
        return TestSupport.entityTexts("عنوان الخبر\n" + text, type);
    }

    @Test
    void bodyNounWithOnlyAGenericComplementIsNotAName() {
        List<String> o = of("وقالت الحكومة المحلية إن القوات الحكومية انتشرت في مركز المدينة بعد انقطاع شبكة "
                + "الكهرباء الرئيسية، فيما رحبت الحكومة الأردنية ووزارة المياه بالخطوة.", EntityType.ORGANIZATION);
        assertFalse(o.contains("الحكومة المحلية"), o.toString());
        assertFalse(o.contains("القوات الحكومية"), o.toString());
        assertFalse(o.contains("مركز المدينة"), o.toString());
        assertFalse(o.stream().anyMatch(x -> x.startsWith("شبكة")), o.toString());
        assertTrue(o.contains("الحكومة الأردنية"), o.toString());
        assertTrue(o.contains("وزارة المياه"), o.toString());
    }

    @Test
    void forcesDescribedByNationOrBranchAreNotNames() {
        List<String> o = of("وقصف الطيران الحربي التركي مواقع قرب الحدود، فيما انتشرت القوات الفرنسية وقوات الأمن "
                + "في المدينة، وأعلنت القوات المسلحة السودانية وقوات الحرس الوطني حالة التأهب.", EntityType.ORGANIZATION);
        assertFalse(o.stream().anyMatch(x -> x.contains("الطيران")), o.toString());
        assertFalse(o.contains("القوات الفرنسية"), o.toString());
        assertFalse(o.contains("قوات الأمن"), o.toString());
        assertTrue(o.contains("القوات المسلحة السودانية"), o.toString());
    }

    @Test
    void functionalUnitsAndNumberedDistrictsAreNotNames() {
        List<String> o = of("واجتمع مجلس الإدارة في غرفة العمليات، وفاز المرشح في الدائرة الخامسة، وقالت وزارة "
                + "الداخلية إن الحكومة المعترف بها دولياً رحبت.", EntityType.ORGANIZATION);
        assertFalse(o.contains("مجلس الإدارة"), o.toString());
        assertFalse(o.contains("غرفة العمليات"), o.toString());
        assertFalse(o.contains("الدائرة الخامسة"), o.toString());
        assertFalse(o.stream().anyMatch(x -> x.startsWith("الحكومة المعترف")), o.toString());
        assertTrue(o.contains("وزارة الداخلية"), o.toString());
    }

    @Test
    void canalWithWaterIsAPlaceEverywhereInTheArticle() {
        String text = "وتراجع منسوب مياه قناة الزهراء إلى أدنى مستوى، ويعتمد المزارعون على نهر الفرات وقناة "
                + "الزهراء للري.";
        List<String> places = of(text, EntityType.LOCATION);
        List<String> orgs = of(text, EntityType.ORGANIZATION);
        assertTrue(places.contains("قناة الزهراء"), places.toString());
        assertFalse(orgs.stream().anyMatch(x -> x.contains("الزهراء")), orgs.toString());
    }

    @Test
    void boxOfProduceIsNotAFund() {
        List<String> o = of("وأكد التاجر أن صندوق البرتقال يباع بخمسين درهماً، بينما منح صندوق النقد الدولي قرضاً "
                + "بقيمة ملياري دولار.", EntityType.ORGANIZATION);
        assertFalse(o.stream().anyMatch(x -> x.contains("البرتقال")), o.toString());
        assertTrue(o.contains("صندوق النقد الدولي"), o.toString());
    }

    @Test
    void quotedOutletAfterASpeechNounOrASourceIsAnOrganisation() {
        List<String> o = of("وقال الباحث في حديث لـ\"صدى الوادي\" إن الأزمة ستطول، وأكدت مصادر محلية لـ«نبض الشمال» "
                + "أن الطريق أغلق، وأوضح في اتصال هاتفي مع \"إذاعة الريف\" أن 20 أسرة نزحت.", EntityType.ORGANIZATION);
        assertTrue(o.contains("صدى الوادي"), o.toString());
        assertTrue(o.contains("نبض الشمال"), o.toString());
        assertTrue(o.contains("إذاعة الريف"), o.toString());
    }

    @Test
    void quotedWordAfterLamWithoutSpeechIsNotAnOutlet() {
        List<String> o = of("وتعرض السكان لـ\"عقاب جماعي\" بعد قطع الطرق.", EntityType.ORGANIZATION);
        assertFalse(o.contains("عقاب جماعي"), o.toString());
    }

    @Test
    void platformWithAQuotedNameIsAnOrganisation() {
        List<String> o = of("ونشرت الوزارة بياناً على منصة «ثريدز» قالت فيه إن 5 مدارس أغلقت.", EntityType.ORGANIZATION);
        assertTrue(o.contains("ثريدز"), o.toString());
    }

    @Test
    void socialPlatformWhereSomethingWasPublished() {
        List<String> o = of("وقالت البلدية في منشور على صفحتها الرسمية في فيسبوك إن المياه ستعود، وأكد الجيش عبر "
                + "قناته على «تلغرام» مقتل 3 مسلحين، بينما أجرى الأطباء صورة بأشعة إكس.", EntityType.ORGANIZATION);
        assertTrue(o.contains("فيسبوك"), o.toString());
        assertTrue(o.contains("تلغرام"), o.toString());
        assertFalse(o.contains("إكس"), o.toString());
    }

    @Test
    void bodyNamedAfterAPersonAndObservatoryWithPurpose() {
        List<String> o = of("وقال أستاذ بجامعة ابن خلدون إن 40 مخالفة سجلت، بحسب المرصد الوطني لحماية المستهلك.",
                EntityType.ORGANIZATION);
        assertTrue(o.contains("جامعة ابن خلدون"), o.toString());
        assertTrue(o.contains("المرصد الوطني لحماية المستهلك"), o.toString());
    }

    @Test
    void shortAcronymIsNotReadOutOfAnotherWord() {
        List<String> o = of("وطالب الأطباء بإدخال الوقود قبل فوات الأوان إلى بلدتي الحمراء وأم صخر، فيما نقلت "
                + "وكالة وام الخبر.", EntityType.ORGANIZATION);
        assertFalse(o.contains("وات"), o.toString());
        assertFalse(o.contains("وأم"), o.toString());
        assertTrue(o.stream().anyMatch(x -> x.endsWith("وام")), o.toString());
    }
}
