package org.isnad.review.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-written pairs (not from ANS) covering each guard and the never-throw contract. */
class ClaimMatcherTest {

    private final ClaimMatcher matcher = new ClaimMatcher();

    private static boolean hasReason(Match m, String prefix) {
        return m.reasons().stream().anyMatch(r -> r.startsWith(prefix));
    }

    @Test
    void paraphraseIsMatched() {
        Match m = matcher.match("وزارة الصحة السورية تعلن تسجيل إصابات جديدة بالكوليرا في حلب",
                "تسجيل إصابات جديدة بالكوليرا في حلب بحسب وزارة الصحة");
        assertTrue(m.sameClaim(), m.toString());
    }

    @Test
    void paraphraseWithSpellingVariantsIsMatched() {
        Match m = matcher.match("الرئيسُ يُعلِنُ إطلاق سراح ١٢ معتقلاً",
                "الرئيس يعلن اطلاق سراح 12 معتقلا");
        assertTrue(m.sameClaim(), m.toString());
        assertEquals(1.0, m.similarity(), 1e-9);
    }

    @Test
    void numberChangeIsRejected() {
        Match m = matcher.match("مقتل 17 شخصا في انفجار بمدينة حلب", "مقتل ٢ شخصا في انفجار بمدينة حلب");
        assertFalse(m.sameClaim());
        assertTrue(m.reasons().contains("numbers differ: 17 vs 2"), m.reasons().toString());
    }

    @Test
    void magnitudeChangeIsRejected() {
        Match m = matcher.match("العقوبات قد تكلف كندا 176 ألف وظيفة", "العقوبات قد تكلف كندا 176 مليون وظيفة");
        assertFalse(m.sameClaim());
        assertTrue(hasReason(m, "numbers differ"), m.reasons().toString());
    }

    @Test
    void droppedNumberIsNotAContradiction() {
        Match m = matcher.match("مقتل 17 شخصا في انفجار بمدينة حلب", "مقتل أشخاص في انفجار بمدينة حلب");
        assertFalse(hasReason(m, "numbers differ"), m.reasons().toString());
    }

    @Test
    void negationIsRejected() {
        Match m = matcher.match("الحكومة تؤكد رفع أسعار الوقود الشهر المقبل",
                "الحكومة تنفي رفع أسعار الوقود الشهر المقبل");
        assertFalse(m.sameClaim());
        assertTrue(hasReason(m, "negation differs"), m.reasons().toString());

        Match m2 = matcher.match("الجيش يسيطر على المدينة", "الجيش لم يسيطر على المدينة");
        assertFalse(m2.sameClaim());
        assertTrue(hasReason(m2, "negation differs"), m2.reasons().toString());
    }

    @Test
    void negationIdiomIsNotNegation() {
        Match m = matcher.match("السلطات لا تزال تحتجز الصحفي في دمشق", "السلطات تحتجز الصحفي في دمشق");
        assertFalse(hasReason(m, "negation differs"), m.reasons().toString());
    }

    @Test
    void oppositePolarityIsRejected() {
        Match m = matcher.match("الليرة التركية ترتفع أمام الدولار", "الليرة التركية تنخفض أمام الدولار");
        assertFalse(m.sameClaim());
        assertTrue(hasReason(m, "opposite polarity"), m.reasons().toString());
    }

    @Test
    void differentEntityIsRejected() {
        Match m = matcher.match("زلزال قوي يضرب جنوب تركيا", "زلزال قوي يضرب جنوب إيران");
        assertFalse(m.sameClaim());
        assertTrue(hasReason(m, "entity only in one"), m.reasons().toString());
    }

    @Test
    void unrelatedIsRejected() {
        Match m = matcher.match("فوز ريال مدريد على برشلونة في الدوري الإسباني",
                "البنك المركزي المصري يثبت أسعار الفائدة");
        assertFalse(m.sameClaim());
        assertTrue(m.similarity() < 0.15, m.toString());
    }

    @Test
    void neverThrowsAndStaysInRange() {
        String[] odd = {null, "", "   ", "!!!؟؟،،", "ـــــ", "١٢٣", "a".repeat(20_000), "\uD83D\uDE00 \u0000 \uFFFF", "و ال ب"};
        for (String x : odd) {
            for (String y : odd) {
                Match m = matcher.match(x, y);
                assertNotNull(m);
                assertTrue(m.similarity() >= 0 && m.similarity() <= 1, m.toString());
                assertFalse(m.reasons().isEmpty());
            }
        }
        assertFalse(matcher.match((String) null, (String) null).sameClaim(), "empty claims never match");
        assertFalse(matcher.match(PreparedClaim.of("نص"), null).sameClaim());
    }

    @Test
    void normalisationHandlesDiacriticsTatweelDigitsAndLetters() {
        assertEquals("اعلن الرييس 2018 مدرسه", ArabicText.normalize("أعلـــنَ الرئيس ٢٠١٨ مدرسة"));
        assertEquals("2018 م", ArabicText.normalize("2018م"));
        assertEquals("رئيس", ArabicText.stem("والرئيس"));
        assertEquals("ليره", ArabicText.stripClitics("بالليره"));
    }
}
