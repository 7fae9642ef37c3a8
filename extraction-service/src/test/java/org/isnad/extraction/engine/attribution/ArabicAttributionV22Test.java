package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/**
 * attribution-v22 rules, one group per error class of heldout18's first run (time clauses without a subject, relays
 * through a quoted outlet, a document glued to وفقاً لـ, oblique plurals of unnamed people); all sentences invented.
 */
class ArabicAttributionV22Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static void assertType(Claim c, SourceType t) {
        assertEquals(t, c.attribution().sourceType(), c.attribution().toString());
    }

    // ---- 1. a cue right after a time conjunction shares the main clause's subject

    @Test
    void timeClauseCueTakesTheMainSubject() {
        ExtractionResult r = run(TITLE + "أثار تقرير هيئة الرقابة الإدارية جدلاً واسعاً في البرلمان، بعدما كشف أن عشرات الموظفين تقاضوا رواتب دون عمل.");
        Claim c = claimContaining(r, "عشرات الموظفين");
        assertType(c, SourceType.OFFICIAL);
        assertTrue(c.attribution().source().contains("هيئة الرقابة"), c.attribution().toString());
    }

    @Test
    void timeClauseCueAfterAKnownVerbTakesItsSubject() {
        ExtractionResult r = run(TITLE + "وتراجعت أسهم شركة الموانئ الوطنية في البورصة، عندما أعلنت أن أرباحها الفصلية انخفضت بنحو الثلث.");
        Claim c = claimContaining(r, "أرباحها الفصلية");
        assertFalse(c.attribution().source() == null || c.attribution().source().contains("عندما"), c.attribution().toString());
    }

    @Test
    void timeConjunctionIsNeverTakenForAName() {
        ExtractionResult r = run(TITLE + "خرج المتظاهرون إلى الساحات مساء الجمعة، بعدما أكد أن الانتخابات ستؤجل إلى الخريف.");
        Claim c = claimContaining(r, "الانتخابات ستؤجل");
        assertFalse(c.attribution().sourceType() == SourceType.NAMED_PERSON
                && c.attribution().source().contains("بعدما"), c.attribution().toString());
    }

    @Test
    void timeConjunctionWithItsOwnSubjectKeepsIt() {
        ExtractionResult r = run(TITLE + "ارتفعت أسعار الخبز في الأسواق، بعدما أعلنت وزارة التموين أن الدعم سيُرفع تدريجياً.");
        Claim c = claimContaining(r, "الدعم سيُرفع");
        assertTrue(c.attribution().source().contains("وزارة التموين"), c.attribution().toString());
    }

    // ---- 2. "بحسب ما نقلته «X» عن Y": the quoted outlet relays, Y is the source

    @Test
    void quotedOutletRelayingCreditsTheUnderlyingSource() {
        ExtractionResult r = run(TITLE + "وبحسب ما نقلته «منصة الشرق» عن مصادر نقابية، فإن الإضراب سيشمل قطاع النقل الأسبوع المقبل.");
        Claim c = claimContaining(r, "الإضراب سيشمل");
        assertType(c, SourceType.ANONYMOUS);
        assertTrue(c.attribution().source().startsWith("مصادر نقابية"), c.attribution().toString());
    }

    @Test
    void quotedOutletWithoutARelayedSourceStaysTheSource() {
        ExtractionResult r = run(TITLE + "وبحسب ما نقلته «الشرق اليوم» صباح الأحد، فإن ثلاثة عمال أصيبوا بحروق طفيفة.");
        Claim c = claimContaining(r, "ثلاثة عمال");
        assertTrue(c.attribution().source() != null && c.attribution().source().contains("الشرق اليوم"),
                c.attribution().toString());
    }

    // ---- 3. "وفقاً لأرقام الهيئة الصادرة …": a document glued to the preposition names its issuer

    @Test
    void gluedDocumentCreditsItsIssuer() {
        ExtractionResult r = run(TITLE + "ويعيش في المدينة نحو 90 ألف نازح، وفقاً لإحصاءات الهيئة الصادرة في مارس الماضي.");
        Claim c = claimContaining(r, "90 ألف نازح");
        assertType(c, SourceType.OFFICIAL);
        assertEquals("الهيئة", c.attribution().source(), c.attribution().toString());
    }

    @Test
    void gluedDocumentIssuerIsRememberedUnderTheDocument() {
        ExtractionResult r = run(TITLE + "ارتفع عدد السياح الوافدين إلى 3 ملايين خلال الصيف، وفقاً لبيانات وزارة السياحة الصادرة أمس."
                + "\nوأظهرت البيانات أن الفنادق الساحلية سجلت نسبة إشغال قياسية.");
        Claim c = claimContaining(r, "الفنادق الساحلية");
        assertTrue(c.attribution().source() != null && c.attribution().source().contains("وزارة السياحة"),
                c.attribution().toString());
    }

    @Test
    void gluedAnonymousSourceIsNoDocument() {
        ExtractionResult r = run(TITLE + "وتوقفت الحافلات عن العمل في الضاحية، وفقاً لمصادر محلية في البلدية.");
        assertType(claimContaining(r, "توقفت الحافلات"), SourceType.ANONYMOUS);
    }

    // ---- 4. the oblique plural of unnamed diplomats is an anonymous source

    @Test
    void obliquePluralDiplomatsAreAnonymous() {
        ExtractionResult r = run(TITLE + "وذكرت صحيفة «المساء» نقلاً عن دبلوماسيين عرب في الرباط أن القمة ستعقد في موعدها.");
        assertType(claimContaining(r, "القمة ستعقد"), SourceType.ANONYMOUS);
    }

    // ---- 5. an indefinite spokesman for a body named before ("متحدثة باسم الصندوق") speaks for that body

    @Test
    void indefiniteSpokeswomanForANamedBodyCitesTheBody() {
        ExtractionResult r = run(TITLE + "أعلن صندوق الإسكان الوطني عن برنامج جديد للقروض الميسرة.\n"
                + "وقالت متحدثة باسم الصندوق في عمّان إن الطلبات ستفتح مطلع الشهر المقبل.");
        Claim c = claimContaining(r, "الطلبات ستفتح");
        assertType(c, SourceType.OFFICIAL);
        assertTrue(c.attribution().source().contains("صندوق الإسكان"), c.attribution().toString());
    }

    @Test
    void indefiniteSpokesmanForAFullNameKeepsItsPhrase() {
        ExtractionResult r = run(TITLE + "وقال متحدث باسم وزارة النقل إن الطريق السريع سيغلق ليلاً لأعمال الصيانة.");
        Claim c = claimContaining(r, "الطريق السريع");
        assertTrue(c.attribution().source() != null && c.attribution().source().contains("وزارة النقل"),
                c.attribution().toString());
    }

    // ---- 6. "وفق ما عاينته «X» صباح اليوم في …": the time of day ends the observer's name

    @Test
    void timeOfDayEndsTheObserversName() {
        ExtractionResult r = run(TITLE + "ووفق ما عاينته «نبض المدينة» مساء أمس في سوق الخضار، أُغلقت معظم المحال قبل الموعد.");
        Claim c = claimContaining(r, "أُغلقت معظم المحال");
        assertEquals("نبض المدينة", c.attribution().source(), c.attribution().toString());
    }

    @Test
    void timeWordWithoutADayStaysInTheName() {
        ExtractionResult r = run(TITLE + "ووفق ما أعلنته قوات فجر الساحل، فإن الطريق الساحلي أُعيد فتحه أمام المسافرين.");
        Claim c = claimContaining(r, "الطريق الساحلي");
        assertTrue(c.attribution().source() != null && c.attribution().source().contains("فجر الساحل"),
                c.attribution().toString());
    }
}
