package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Round ent24: seasons, Ramadan and the afternoon as dates, spoken number words and clitic approximators in
 * quantities, common nouns that are no persons. Invented sentences.
 */
class Ent24EntityRulesTest {

    /** The entities of {@code type} in {@code text}, under a title line (the first line is the headline). */
    private static List<String> of(String text, EntityType type) {
        return TestSupport.entityTexts("عنوان الخبر\n" + text, type);
    }

    @Test
    void seasonRelativeToNowIsADate() {
        List<String> d = of("وقال المزارعون إن إنتاج القمح تراجع مقارنة بالموسم الماضي، وإن الموسم المقبل يبدو أفضل.",
                EntityType.DATE);
        assertTrue(d.contains("الموسم المقبل"), d.toString());
    }

    @Test
    void seasonWithAnAdjectiveBetweenIsNoDate() {
        List<String> d = of("وقدّرت الجمعية محصول الشعير برسم الموسم الزراعي الحالي بنحو مليون قنطار.", EntityType.DATE);
        assertFalse(d.stream().anyMatch(x -> x.contains("الموسم")), d.toString());
    }

    @Test
    void ramadanByItsEpithetOrWithAModifierIsADate() {
        String text = "وحذّرت الجمعية من غلاء اللحوم في الشهر الفضيل، بعدما تضاعفت الأسعار في رمضان الماضي بمدينة وهران.";
        List<String> d = of(text, EntityType.DATE);
        assertTrue(d.contains("الشهر الفضيل"), d.toString());
        assertTrue(d.contains("رمضان الماضي"), d.toString());
    }

    @Test
    void aGivenNameLikeAHijriMonthWithoutModifierIsNoDate() {
        List<String> d = of("والتقى الوزير رجب أوغلو بوفد من التجار في المدينة.", EntityType.DATE);
        assertFalse(d.stream().anyMatch(x -> x.contains("رجب")), d.toString());
    }

    @Test
    void afternoonIsAPartOfTheDay() {
        List<String> d = of("وأغلقت الشرطة الطريق الساحلي بعد الظهر قبل أن تعيد فتحه.", EntityType.DATE);
        assertTrue(d.contains("بعد الظهر"), d.toString());
    }

    @Test
    void seasonAfterATemporalPrepositionIsADateButNotAsAComplement() {
        List<String> d = of("وتعهدت البلدية بإنهاء الأشغال قبل الشتاء، بينما تتكرر حرائق الصيف في الغابات.",
                EntityType.DATE);
        assertTrue(d.contains("الشتاء"), d.toString());
        assertFalse(d.contains("الصيف"), d.toString());
    }

    @Test
    void spokenDemonstrativeMorningIsADate() {
        List<String> d = of("وقال أحد الباعة: \"السلعة اللي وصلت هاد الصباح ما تكفيش\".", EntityType.DATE);
        assertTrue(d.contains("هاد الصباح"), d.toString());
    }

    @Test
    void spokenNumberWordsCountTheirNoun() {
        List<String> q = of("وتقول سعاد (٣٩ عاماً): \"صار لنا تلات أيام بلا كهرباء\".", EntityType.QUANTITY);
        assertTrue(q.contains("تلات أيام"), q.toString());
    }

    @Test
    void spokenNumberWordWithoutNounIsNoQuantity() {
        List<String> q = of("وقال البائع: \"من الصبح بعت تلات\".", EntityType.QUANTITY);
        assertFalse(q.stream().anyMatch(x -> x.startsWith("تلات")), q.toString());
    }

    @Test
    void gluedCliticOfAnApproximatorStaysOutsideTheDual() {
        String text = "وتوقف العمل لنحو ساعتين، ودمّرت الجرافات ثلاثة أنابيب وأكثر من كيلومترين من السياج.";
        List<String> q = of(text, EntityType.QUANTITY);
        assertTrue(q.contains("نحو ساعتين"), q.toString());
        assertTrue(q.contains("أكثر من كيلومترين"), q.toString());
    }

    @Test
    void commonNounsAfterACueAreNoPersons() {
        String text = "واتهم المحامي كريم الهاشمي، عضو فرع النقابة في صفاقس، شبكات من المهربين بالتلاعب. "
                + "وتُقدّر نسبة الخسائر بنحو ثلث المحصول، فيما دفنت عائلتا القتيلين ذويهما.";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.stream().noneMatch(x -> x.contains("فرع") || x.contains("شبكات") || x.contains("نسبة")
                || x.contains("القتيلين")), p.toString());
    }

    @Test
    void aPersonNameIsStillFoundBesideTheseNouns() {
        List<String> p = of("وقال الناطق باسم الهيئة كريم الهاشمي إن نسبة الإنجاز بلغت النصف.", EntityType.PERSON);
        assertTrue(p.contains("كريم الهاشمي"), p.toString());
    }

    @Test
    void negatedAdjectiveAfterAPlaceTriggerIsNoName() {
        List<String> l = of("وضبطت الدورية شاحنة عند معبر غير رسمي قرب بلدة كفرشمس.", EntityType.LOCATION);
        assertTrue(l.stream().noneMatch(x -> x.contains("غير")), l.toString());
    }

    @Test
    void aNamedCrossingIsStillAPlace() {
        List<String> l = of("وأعيد فتح معبر جديدة يابوس أمام المسافرين.", EntityType.LOCATION);
        assertTrue(l.stream().anyMatch(x -> x.contains("جديدة يابوس") || x.contains("معبر جديدة")), l.toString());
    }
}
