package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v14: dual nouns and two-number ranges as quantities, period edges and "من العام ذاته" as dates. Invented sentences. */
class CountedDualsTest {

    private static List<String> of(String text, EntityType type) {
        return TestSupport.entityTexts(text, type);
    }

    @Test
    void dualOfABrokenPluralNounIsAQuantityOfTwo() {
        List<String> q = of("عنوان\nوأسفر القصف عن مقتل رجل وطفلين، واستمر الاشتباك ساعتين، وأُطلق صاروخان على القرية.",
                EntityType.QUANTITY);
        assertTrue(q.contains("طفلين"), q.toString()); // the conjunction و stays outside the span
        assertTrue(q.contains("ساعتين"), q.toString());
        assertTrue(q.contains("صاروخان"), q.toString());
        Entity two = TestSupport.run("عنوان\nوأُطلق صاروخان على القرية.").entities().stream()
                .filter(e -> e.type() == EntityType.QUANTITY).findFirst().orElseThrow();
        assertEquals("2", two.normalized());
    }

    @Test
    void approximatorBeforeADualIsPartOfTheQuantity() {
        List<String> q = of("عنوان\nوقال التاجر إن الأسعار تضاعفت خلال أقل من أسبوعين، بعد أن بقيت ثابتة نحو شهرين.",
                EntityType.QUANTITY);
        assertTrue(q.contains("أقل من أسبوعين"), q.toString());
        assertTrue(q.contains("نحو شهرين"), q.toString());
    }

    @Test
    void soundPluralsFrequenciesAndPointsInTimeAreNotDuals() {
        List<String> q = of("عنوان\nوقال المسعفون إن المدنيين نزحوا منذ يومين، وإن القافلة تصل كل أسبوعين إلى المحتجين.",
                EntityType.QUANTITY);
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void numberTwoAfterAPluralNounCountsThatNoun() {
        List<String> q = of("عنوان\nوأفرجت السلطات عن صحفيين اثنين احتُجزا الأسبوع الماضي.", EntityType.QUANTITY);
        assertTrue(q.contains("صحفيين اثنين"), q.toString());
        assertFalse(q.stream().anyMatch(x -> x.startsWith("اثنين")), q.toString());
    }

    @Test
    void twoNumbersSharingOneUnitAreOneRange() {
        List<String> q = of("عنوان\nوتتراوح الأجور بين 300 و450 دولاراً، فيما ارتفعت الأسعار بين 12 و18 في المئة، "
                + "وشارك ما بين 40 و60 متطوعاً.", EntityType.QUANTITY);
        assertTrue(q.contains("300 و450 دولاراً"), q.toString());
        assertTrue(q.contains("12 و18 في المئة"), q.toString());
        assertTrue(q.contains("ما بين 40 و60 متطوعاً"), q.toString());
        assertFalse(q.contains("300"), q.toString());
    }

    @Test
    void twoYearsAreNotARange() {
        List<String> q = of("عنوان\nوتضاعف العجز بين عامي 2019 و2023 وفق التقرير.", EntityType.QUANTITY);
        assertTrue(q.isEmpty(), q.toString());
    }

    @Test
    void definiteDualPeriodWithAModifierIsADate() {
        List<String> d = of("عنوان\nوقال المراقبون إن التوتر تصاعد خلال الشهرين الماضيين في المنطقة.", EntityType.DATE);
        assertTrue(d.contains("الشهرين الماضيين"), d.toString());
    }

    @Test
    void edgeOfTheCurrentPeriodIsADate() {
        List<String> d = of("عنوان\nوأعلنت البلدية أن الأشغال ستنتهي قبل نهاية الشهر، بعد أن بدأت مطلع العام الجاري.",
                EntityType.DATE);
        assertTrue(d.contains("نهاية الشهر"), d.toString());
        assertTrue(d.contains("مطلع العام الجاري"), d.toString());
    }

    @Test
    void qualifiedPeriodIsNotTheCurrentOne() {
        List<String> d = of("عنوان\nوارتفع الإنفاق منذ بداية السنة المالية بحسب الوزارة.", EntityType.DATE);
        assertFalse(d.contains("بداية السنة"), d.toString());
    }

    @Test
    void monthOfAYearNamedByReferenceIsOneDate() {
        List<String> d = of("عنوان\nووُقّع الاتفاق في آذار 2021، ثم انهار في تموز من العام ذاته، وعاد الحديث عنه في آب الماضي.",
                EntityType.DATE);
        assertTrue(d.contains("تموز من العام ذاته"), d.toString());
        assertTrue(d.contains("آب الماضي"), d.toString());
    }

    @Test
    void tanksShipsAndMarketsInPairsAreQuantities() {
        List<String> q = of("عنوان\nوأصابت القذائف خزانين للمياه، فيما رست باخرتين في المرفأ، وافتتحت البلدية سوقين.",
                EntityType.QUANTITY);
        assertTrue(q.contains("خزانين"), q.toString());
        assertTrue(q.contains("باخرتين"), q.toString());
        assertTrue(q.contains("سوقين"), q.toString());
    }

    @Test
    void aNounWithASoundPluralTooCountsTwoOnlyInTheNominative() {
        assertTrue(of("عنوان\nوأصيب عاملان في الحريق.", EntityType.QUANTITY).contains("عاملان"));
        // "عاملين" is also the sound plural ("those working")
        assertFalse(of("عنوان\nوقال إن المصنع يضم عاملين من عدة دول.", EntityType.QUANTITY).contains("عاملين"));
    }

    @Test
    void twoDaysAfterANarratedEventIsADurationNotADate() {
        String past = "عنوان\nوأصدرت البلدية قراراً ثم تراجعت عنه بعد يومين.";
        assertTrue(of(past, EntityType.DATE).isEmpty(), of(past, EntityType.DATE).toString());
        assertTrue(of(past, EntityType.QUANTITY).contains("يومين"));
        String future = "عنوان\nوقالت الوزارة إن الأشغال ستنطلق بعد يومين.";
        assertTrue(of(future, EntityType.DATE).contains("بعد يومين"), of(future, EntityType.DATE).toString());
    }
}
