package org.isnad.extraction.engine.entity;

import java.util.Set;
import org.isnad.extraction.engine.attribution.ArabicLexicons;

/**
 * Dates anchored on the current period without a number: "مطلع العام", "نهاية الشهر", "بداية السنة الجارية",
 * and a month placed in a year named only by reference ("أكتوبر من العام ذاته", "آذار من العام الماضي").
 */
final class RelativePeriodDates {
    private RelativePeriodDates() {
    }

    /** Edges of a period (the heads of "مطلع العام"); عام/شهر alone after them is the current one. */
    static final Set<String> EDGES = ArabicLexicons.set("مطلع", "نهاية", "بداية", "منتصف", "أواخر", "أوائل");
    static final Set<String> PERIODS = ArabicLexicons.set("العام", "الشهر", "الأسبوع", "السنة");
    static final Set<String> YEAR_WORDS = ArabicLexicons.set("العام", "السنة", "عام");
    /** "ذاته / نفسه" name the year just mentioned; the usual modifiers name one relative to now. */
    static final Set<String> YEAR_REFERENCES = ArabicLexicons.set("ذاته", "نفسه", "ذاتها", "نفسها", "الماضي",
            "الجاري", "الحالي", "المقبل", "القادم", "السابق", "المنصرم", "الماضية", "الجارية", "الحالية",
            "المقبلة", "السابقة");

    /**
     * An edge word (optionally with a glued و/ب/ل, {@code strip} letters) + a definite period at token i:
     * returns the end of the date ("مطلع العام" + an optional modifier), or i when there is none.
     */
    static int edgeOfPeriod(String[] f, int i, String bare) {
        if (!EDGES.contains(bare) || i + 1 >= f.length || !PERIODS.contains(f[i + 1])) {
            return i;
        }
        int k = i + 2;
        if (k < f.length && YEAR_REFERENCES.contains(f[k])) {
            k++;
        } else if (k < f.length && f[k].startsWith("ال")) {
            return i; // "بداية السنة المالية / الدراسية": a qualified period, not the current one
        }
        return k;
    }

    /** After a month expression ending at k: "من العام ذاته", "من العام الماضي" extend it; returns the new end. */
    static int ofTheYear(String[] f, int k) {
        if (k + 2 < f.length && f[k].equals("من") && YEAR_WORDS.contains(f[k + 1])
                && YEAR_REFERENCES.contains(f[k + 2])) {
            return k + 3;
        }
        return k;
    }
}
