package org.isnad.review.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The shipped classifier: product sanity (near-copies across outlets match, classic contradictions
 * don't, unrelated claims don't), the sign constraints that guarantee it, and the model file.
 * Hand-written pairs, none from ANS.
 */
class PairModelTest {

    private static final String CLAIM = "وزارة الصحة السورية تعلن تسجيل إصابات جديدة بالكوليرا في مدينة حلب";

    private final ClaimMatcher matcher = new ClaimMatcher();

    private void assertMatches(String a, String b) {
        Match m = matcher.match(a, b);
        assertTrue(m.sameClaim(), a + " | " + b + " → " + m);
    }

    private void assertNoMatch(String a, String b) {
        Match m = matcher.match(a, b);
        assertFalse(m.sameClaim(), a + " | " + b + " → " + m);
    }

    @Test
    void shippedModelIsLoadedOnceAndUsedByDefault() throws Exception {
        assertTrue(matcher.trained());
        assertFalse(new ClaimMatcher(ClaimMatcher.Config.DEFAULT).trained());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PairModel>> loads = new ArrayList<>();
            for (int i = 0; i < 8; i++) loads.add(pool.submit(PairModel::shipped));
            for (Future<PairModel> f : loads) assertSame(PairModel.shipped(), f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void weightsRespectTheSignConstraints() {
        float[] w = PairModel.shipped().weights;
        int overlap = 0, difference = 0;
        for (int i = 0; i < w.length; i++) {
            int sign = PairFeatures.sign(i);
            assertTrue(sign == 0 || w[i] * sign >= 0, PairFeatures.name(i) + " = " + w[i]);
            if (sign > 0 && w[i] > 0) overlap++;
            if (sign < 0 && w[i] < 0) difference++;
        }
        assertTrue(overlap > 5 && difference > 100, "model learned both kinds: " + overlap + " / " + difference);
        double t = PairModel.shipped().threshold;
        assertTrue(t > 0.05 && t < 0.95, "threshold " + t);
    }

    @Test
    void nearCopiesAcrossOutletsMatch() {
        assertMatches(CLAIM, CLAIM);
        assertMatches(CLAIM, CLAIM.replace("السورية", "السوريا"));
        assertMatches("انفجار يهز العاصمة السورية دمشق", "انفجار يهز العاصمه السوريه دمشق");
        assertMatches("الأمم المتحدة: إغاثة عاجلة لسوريا", "الامم المتحدة: اغاثة عاجلة لسورية");
        assertMatches("إطلاق سراح الصحفي المعتقل في القاهرة", "اطلاق سراح الصحفي المعتقل في القاهره");
        assertMatches(CLAIM, "وزارة الصحة السورية تعلن تسجيل إصابات جديدة بالكوليرا");
        assertMatches("«وزارةُ الصحةِ» السورية تُعلِن: تسجيل إصابات جديدة بالكوليرا في مدينة حلب!!", CLAIM);
        assertMatches("الحكومة المصرية ترفع أسعار الوقود بنسبة 10 بالمئة",
                "الحكومة المصرية ترفع أسعار الوقود بنسبة 10 بالمئة اعتبارا من الغد");
    }

    @Test
    void classicContradictionsDoNotMatch() {
        assertNoMatch(CLAIM, CLAIM.replace("تعلن", "تنفي"));
        assertNoMatch("الجيش يسيطر على مدينة الرقة", "الجيش لم يسيطر على مدينة الرقة");
        assertNoMatch("مقتل 17 شخصا في انفجار بمدينة حلب", "مقتل 3 أشخاص في انفجار بمدينة حلب");
        assertNoMatch("أسعار النفط ترتفع بعد قرار أوبك", "أسعار النفط تنخفض بعد قرار أوبك");
        assertNoMatch("البورصة المصرية تسجل أعلى مستوى في عامين", "البورصة المصرية تسجل أدنى مستوى في عامين");
        assertNoMatch("زلزال بقوة 6 درجات يضرب جنوب تركيا", "زلزال بقوة 6 درجات يضرب جنوب إيران");
    }

    @Test
    void unrelatedClaimsDoNotMatch() {
        assertNoMatch("فوز ريال مدريد على برشلونة في الدوري الإسباني", "البنك المركزي المصري يثبت أسعار الفائدة");
        assertNoMatch("افتتاح معرض الكتاب في الرياض", "ارتفاع درجات الحرارة في الكويت");
    }

    @Test
    void reasonsNameTheLearnedDifferenceAndTheDecision() {
        Match m = matcher.match(CLAIM, CLAIM.replace("تعلن", "تنفي"));
        assertTrue(m.reasons().stream().anyMatch(r -> r.startsWith("negation differs")), m.reasons().toString());
        String verdict = m.reasons().get(m.reasons().size() - 1);
        assertTrue(verdict.startsWith("model p ") && verdict.contains(" < threshold "), verdict);
        assertTrue(m.similarity() > 0.5, "similarity stays lexical: " + m.similarity());
    }

    @Test
    void contradictionGuardsVetoNearCopiesWhateverTheModelSays() {
        float[] w = new float[PairFeatures.SIZE];
        w[PairFeatures.BIAS] = 10; // a model that would match anything
        ClaimMatcher credulous = new ClaimMatcher(ClaimMatcher.Config.DEFAULT, new PairModel(w, 0.5));
        assertTrue(credulous.match("افتتاح معرض الكتاب في الرياض", "ارتفاع درجات الحرارة في الكويت").sameClaim());
        Match m = credulous.match("الجيش يسيطر على مدينة الرقة", "الجيش لم يسيطر على مدينة الرقة");
        assertFalse(m.sameClaim(), m.toString());
        assertTrue(m.reasons().contains("near-copy with a contradiction: not the same claim"), m.reasons().toString());
        assertFalse(credulous.match("", "الجيش يسيطر على مدينة الرقة").sameClaim(), "empty claims never match");
    }

    @Test
    void modelFileRoundTrips() throws Exception {
        PairModel shipped = PairModel.shipped();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        shipped.write(out, "test");
        PairModel back = PairModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(shipped.threshold, back.threshold, 1e-4);
        for (int i = 0; i < back.weights.length; i++) {
            assertEquals(shipped.weights[i], back.weights[i], Math.abs(shipped.weights[i]) * 1e-4, PairFeatures.name(i));
        }
    }

    @Test
    void trainingIsDeterministicAndRespectsSigns() {
        List<MatcherEvaluation.Pair> pairs = new ArrayList<>();
        String[][] data = {
            {CLAIM, "تسجيل إصابات جديدة بالكوليرا في حلب", "agree"},
            {CLAIM, CLAIM.replace("تعلن", "تنفي"), "disagree"},
            {"الليرة التركية ترتفع أمام الدولار", "ارتفاع الليرة التركية أمام الدولار", "agree"},
            {"الليرة التركية ترتفع أمام الدولار", "الليرة التركية تنهار أمام الدولار", "disagree"},
            {"افتتاح معرض الكتاب في الرياض", "ارتفاع درجات الحرارة في الكويت", "other"},
        };
        for (String[] d : data) pairs.add(new MatcherEvaluation.Pair(PreparedClaim.of(d[0]), PreparedClaim.of(d[1]), d[2]));
        List<PairModelTraining.Example> ex = PairModelTraining.featurize(pairs, true, true);
        float[] w1 = PairModelTraining.fit(ex, 0.2, 1e-3, 20), w2 = PairModelTraining.fit(ex, 0.2, 1e-3, 20);
        assertArrayEquals(w1, w2);
        for (int i = 0; i < w1.length; i++) assertTrue(PairFeatures.sign(i) * w1[i] >= 0, PairFeatures.name(i));
        PairModel tiny = new PairModel(w1, 0.5);
        Match m = new ClaimMatcher(ClaimMatcher.Config.DEFAULT, tiny).match(CLAIM, CLAIM.replace("تعلن", "تنفي"));
        assertNotNull(m);
        assertFalse(m.sameClaim(), m.toString());
    }
}
