package org.isnad.extraction.engine.boilerplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.TextNormalizer;
import org.junit.jupiter.api.Test;

/** Feature extraction of the furniture-model experiment (not integrated) and its weight file round trip. */
class LineFurnitureModelTest {

    private static final String TITLE = "وزارة الزراعة تعد بصرف مستحقات المزارعين قبل نهاية الشهر";
    private static final String PROSE_1 = "قال وزير الزراعة محمد الأمين في مؤتمر صحفي عقده أمس في العاصمة إن الحكومة "
            + "ستصرف مستحقات المزارعين المتأخرة منذ الموسم الماضي قبل نهاية الشهر المقبل، مؤكداً أن الأموال متوفرة.";
    private static final String PROSE_2 = "وأضاف الوزير أن اللجنة المكلفة بتدقيق الكشوف أنهت عملها في ثلاث محافظات، "
            + "وأن الدفعة الأولى ستشمل نحو أربعة آلاف مزارع من صغار المنتجين.";

    @Test
    void featuresAreSparseBoundedAndDeterministic() {
        NormalizedText nt = TextNormalizer.normalize(TITLE + "\n" + PROSE_1 + "\n🔗 نسخ الرابط | 📤 مشاركة\n");
        List<int[]> lines = nt.lines();
        String[] low = new String[lines.size()];
        for (int k = 0; k < low.length; k++) {
            low[k] = Fold.lower(nt.norm().substring(lines.get(k)[0], lines.get(k)[1]));
        }
        LineFeatures f = new LineFeatures(low, LineFurnitureModel.tokensOf(nt, lines), new boolean[low.length]);
        int[] idx1 = new int[LineFeatures.MAX_NNZ];
        float[] val1 = new float[LineFeatures.MAX_NNZ];
        int[] idx2 = new int[LineFeatures.MAX_NNZ];
        float[] val2 = new float[LineFeatures.MAX_NNZ];
        for (int k = 0; k < low.length; k++) {
            int n1 = f.extract(k, idx1, val1);
            int n2 = f.extract(k, idx2, val2);
            assertEquals(n1, n2);
            assertArrayEquals(Arrays.copyOf(idx1, n1), Arrays.copyOf(idx2, n2));
            assertArrayEquals(Arrays.copyOf(val1, n1), Arrays.copyOf(val2, n2));
            assertTrue(n1 > 10 && n1 < LineFeatures.MAX_NNZ);
            for (int i = 0; i < n1; i++) {
                assertTrue(idx1[i] >= 0 && idx1[i] < LineFeatures.DIM);
            }
        }
    }

    @Test
    void neighbourMarkedByTheRulesChangesTheFeatures() {
        NormalizedText nt = TextNormalizer.normalize(TITLE + "\n" + PROSE_1 + "\n" + PROSE_2 + "\n");
        List<int[]> lines = nt.lines();
        String[] low = new String[lines.size()];
        for (int k = 0; k < low.length; k++) {
            low[k] = Fold.lower(nt.norm().substring(lines.get(k)[0], lines.get(k)[1]));
        }
        int[] idx = new int[LineFeatures.MAX_NNZ];
        float[] val = new float[LineFeatures.MAX_NNZ];
        int plain = new LineFeatures(low, LineFurnitureModel.tokensOf(nt, lines), new boolean[3]).extract(1, idx, val);
        int[] before = Arrays.copyOf(idx, plain);
        int ruled = new LineFeatures(low, LineFurnitureModel.tokensOf(nt, lines), new boolean[]{false, false, true})
                .extract(1, idx, val);
        assertFalse(Arrays.equals(before, Arrays.copyOf(idx, ruled)));
    }

    @Test
    void weightFileRoundTripKeepsThresholdAndWeights() throws java.io.IOException {
        float[] w = new float[LineFeatures.DIM];
        w[0] = 0.5f;
        w[LineFeatures.DIM - 1] = -1.25f;
        java.io.StringWriter out = new java.io.StringWriter();
        new LineFurnitureModel(w, 0.98).write(out, "test");
        LineFurnitureModel back = LineFurnitureModel.read(new java.io.BufferedReader(new java.io.StringReader(
                out.toString())));
        assertEquals(0.98, back.threshold(), 1e-9);
        java.io.StringWriter again = new java.io.StringWriter();
        back.write(again, "test");
        assertEquals(out.toString(), again.toString());
    }

    @Test
    void digitsHashAlike() {
        assertEquals(LineFeatures.hash("2024"), LineFeatures.hash("1999"));
        assertNotEquals(LineFeatures.hash("اشتراك"), LineFeatures.hash("اشتراكات"));
    }
}
