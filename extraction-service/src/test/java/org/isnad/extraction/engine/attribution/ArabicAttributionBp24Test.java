package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.anyClaimContains;
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
 * Round bp24 (heldout19's claim misses and merges): cause-giving and "claiming" participles, the passive "is
 * estimated" before a measure noun, the vocalised passive of Form II after "، و", الوكيل as a personal title, and
 * one of a group named by a construct plural as anonymous.
 * All sentences invented.
 */
class ArabicAttributionBp24Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static void assertType(Claim c, SourceType t) {
        assertEquals(t, c.attribution().sourceType(), c.attribution().toString());
    }

    // ---- 1. "، مرجعاً ذلك إلى …" / "، مدّعياً أن …": a participial cue of the same speaker

    @Test
    void causeParticipleOpensAClaimAfterIla() {
        ExtractionResult r = run(TITLE + "وأكد التاجر سمير الخوري أن سعر الطماطم \"تضاعف خلال أسبوع واحد\"، مرجعاً ذلك إلى \"موجة البرد التي أتلفت البيوت البلاستيكية\".");
        Claim cause = claimContaining(r, "موجة البرد");
        assertFalse(cause.text().contains("تضاعف"), cause.text());
        assertFalse(cause.text().contains("ذلك إلى"), cause.text());
        assertFalse(claimContaining(r, "تضاعف").text().contains("موجة البرد"));
        assertType(cause, SourceType.NAMED_PERSON);
    }

    @Test
    void claimingParticipleOpensAClaim() {
        ExtractionResult r = run(TITLE + "وزعمت الشرطة أن عناصرها \"ضبطوا مخزناً للأسلحة\" في الحي، مدّعيةً أن الحريق اندلع بفعل \"قنبلة يدوية ألقاها مجهولون\".");
        Claim c = claimContaining(r, "الحريق اندلع");
        assertFalse(c.text().contains("ضبطوا"), c.text());
        assertType(c, SourceType.OFFICIAL);
    }

    @Test
    void articleOwnExplanationWithTheFiniteVerbStaysNarration() {
        ExtractionResult r = run(TITLE + "وارتفعت أسعار الطماطم في الأسواق المركزية خلال الأسبوع الماضي. ويرجع ذلك إلى موجة البرد التي أتلفت المحاصيل.");
        assertTrue(r.claims().stream().filter(c -> c.text().contains("موجة البرد"))
                .allMatch(c -> c.attribution().sourceType() == SourceType.UNATTRIBUTED), r.claims().toString());
    }

    // ---- 2. "وتُقدَّر نسبة …": the passive before a measure noun is narration

    @Test
    void passiveEstimateBeforeAMeasureNounIsNarration() {
        ExtractionResult r = run(TITLE + "وتعرضت البلدة لفيضانات متكررة خلال العقد الماضي.\nوتُقدّر نسبة المنازل المتضررة في البلدة بنحو أربعين في المئة، بحسب تقديرات محلية.");
        Claim c = claimContaining(r, "نسبة المنازل المتضررة");
        assertTrue(c.text().startsWith("وتُقدّر"), c.text());
        assertFalse(c.attribution().source() != null && c.attribution().source().contains("نسبة"), c.attribution().toString());
    }

    @Test
    void passiveEstimateWithoutAccordingToStaysAClaim() {
        ExtractionResult r = run(TITLE + "وتعرضت البلدة لفيضانات متكررة خلال العقد الماضي.\nويُقدّر عدد المتضررين بنحو ثلاثة آلاف شخص، بحسب الهلال الأحمر.");
        assertTrue(anyClaimContains(r, "عدد المتضررين"), r.claims().toString());
    }

    @Test
    void activeEstimateWithAnAgentStaysAReport() {
        ExtractionResult r = run(TITLE + "وتقدّر وزارة الصحة أن عدد المتضررين يبلغ نحو ثلاثة آلاف شخص.");
        Claim c = claimContaining(r, "عدد المتضررين");
        assertType(c, SourceType.OFFICIAL);
        assertTrue(c.attribution().source().contains("وزارة الصحة"), c.attribution().toString());
    }

    // ---- 3. "، ودُمِّر …": the vocalised passive of Form II opens a clause

    @Test
    void vocalisedPassiveFormTwoAfterCommaOpensAClaim() {
        ExtractionResult r = run(TITLE + "وشهدت القرية اشتباكات عنيفة استمرت ثلاثة أيام، ودُمّرت خلالها عشرات المحال التجارية، بحسب المجلس المحلي.");
        Claim c = claimContaining(r, "عشرات المحال");
        assertFalse(c.text().contains("اشتباكات"), c.text());
    }

    @Test
    void nounWithDammaAndShaddaDoesNotSplit() {
        ExtractionResult r = run(TITLE + "وانتشرت وحدات الشرطة في الشوارع الرئيسية، وقُوّة من الجيش عند مدخل المدينة الشمالي.");
        Claim c = claimContaining(r, "وحدات الشرطة");
        assertTrue(c.text().contains("مدخل المدينة"), c.text());
    }

    // ---- 4. "الوكيل التجاري فلان": a personal title

    @Test
    void agentTitleBeforeANameIsANamedPerson() {
        ExtractionResult r = run(TITLE + "وفي سوق الخضار المركزي، أكد الوكيل التجاري جميل حداد لـ«موقع الخبر» أن سعر الثوم \"ارتفع بنحو النصف\".");
        Claim c = claimContaining(r, "سعر الثوم");
        assertType(c, SourceType.NAMED_PERSON);
        assertEquals("جميل حداد", c.attribution().source());
    }

    // ---- 5. "أحد شاغلي المنازل": one of a group named by a construct plural is anonymous

    @Test
    void oneOfAConstructPluralGroupIsAnonymous() {
        ExtractionResult r = run(TITLE + "ونفى أحد سائقي الشاحنات، وهو من سكان البلدة، أن يكون قد \"دفع أي رشوة\" على الحاجز.");
        assertType(claimContaining(r, "دفع أي رشوة"), SourceType.ANONYMOUS);
    }

    @Test
    void oneOfTheGovernmentsRepresentativesStaysOfficial() {
        ExtractionResult r = run(TITLE + "وقال أحد ممثلي الحكومة إن المعبر الحدودي سيفتح غداً أمام المسافرين.");
        assertType(claimContaining(r, "المعبر الحدودي"), SourceType.OFFICIAL);
    }
}
