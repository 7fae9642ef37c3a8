package org.isnad.extraction.engine.attribution;

import java.util.Set;

/**
 * "وتُقدَّر نسبة الدمار بنحو ستين في المئة", "وقُدّرت الخسائر بمليوني دولار": قدّر followed directly by a measure
 * noun is the passive "is estimated at": the measure is its subject, nobody speaks, and the sentence is narration
 * (a trailing "بحسب X" still attributes it). The active report puts its agent first ("وتقدّر الأمم المتحدة عدد
 * النازحين بـ…"), and an agent is never a measure noun.
 */
final class EstimatedMeasures {
    private EstimatedMeasures() {
    }

    /** Folded forms of قدّر (without و/ف) that the unvocalised passive shares. */
    private static final Set<String> ESTIMATE_FORMS = ArabicLexicons.set("قدر", "قدرت", "يقدر", "تقدر", "يقدرون");
    private static final Set<String> MEASURE_NOUNS = ArabicLexicons.set("نسبة", "عدد", "أعداد", "حجم", "قيمة",
            "كلفة", "تكلفة", "كمية", "مساحة", "إجمالي", "حصيلة", "مجموع", "متوسط", "معدل", "الخسائر", "خسائر",
            "الأضرار", "أضرار", "النسبة", "العدد", "الكلفة", "التكلفة", "القيمة", "الحصيلة");

    /** Whether the cue form at {@code i} is the passive "is estimated" with a measure noun as its subject. */
    static boolean passive(ParagraphContext c, int i, int to) {
        if (i + 1 >= to) {
            return false;
        }
        String f = c.f[i];
        char first = f.isEmpty() ? 0 : f.charAt(0);
        if (first == 'و' || first == 'ف') {
            f = f.substring(1);
        }
        return ESTIMATE_FORMS.contains(f) && MEASURE_NOUNS.contains(c.f[i + 1]);
    }
}
