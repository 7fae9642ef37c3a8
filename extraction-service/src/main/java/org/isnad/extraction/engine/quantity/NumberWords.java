package org.isnad.extraction.engine.quantity;

import org.isnad.extraction.engine.lexicon.ArabicText;

import java.util.HashMap;
import java.util.Map;

/**
 * Arabic cardinal number words (folded forms) with their values and roles. Covers masculine/feminine and
 * case variants (ثلاث/ثلاثة، ثلاثون/ثلاثين، اثنان/اثنين/اثنتان/اثنتين، مئة/مائة، مئتان/مئتين...), the
 * compound hundreds (ثلاثمئة … تسعمائة) and the multipliers ألف/آلاف/ألفان، مليون/ملايين، مليار/مليارات.
 */
final class NumberWords {
    private NumberWords() {
    }

    enum Kind { UNIT, TEN_SUFFIX, TENS, HUNDRED, HUNDREDS, MULT }

    record Word(Kind kind, double value, boolean standalone) {
    }

    static final Map<String, Word> WORDS = new HashMap<>();

    private static void put(Kind k, double v, boolean standalone, String... forms) {
        for (String f : forms) {
            WORDS.put(ArabicText.normalize(f), new Word(k, v, standalone));
        }
    }

    static {
        // units: "أحد/إحدى" and "واحد" only count inside compounds (أحد عشر، واحد وعشرون)
        put(Kind.UNIT, 1, false, "أحد", "إحدى", "واحد", "واحدة");
        put(Kind.UNIT, 2, true, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي", "إثنان", "إثنين");
        put(Kind.UNIT, 3, true, "ثلاث", "ثلاثة");
        put(Kind.UNIT, 4, true, "أربع", "أربعة");
        put(Kind.UNIT, 5, true, "خمس", "خمسة");
        put(Kind.UNIT, 6, true, "ست", "ستة");
        put(Kind.UNIT, 7, true, "سبع", "سبعة");
        put(Kind.UNIT, 8, true, "ثمان", "ثماني", "ثمانية");
        put(Kind.UNIT, 9, true, "تسع", "تسعة");
        put(Kind.UNIT, 10, true, "عشر", "عشرة");
        // "عشر/عشرة" after a unit make a teen: handled by TEN_SUFFIX logic in the parser
        put(Kind.TENS, 20, true, "عشرون", "عشرين");
        put(Kind.TENS, 30, true, "ثلاثون", "ثلاثين");
        put(Kind.TENS, 40, true, "أربعون", "أربعين");
        put(Kind.TENS, 50, true, "خمسون", "خمسين");
        put(Kind.TENS, 60, true, "ستون", "ستين");
        put(Kind.TENS, 70, true, "سبعون", "سبعين");
        put(Kind.TENS, 80, true, "ثمانون", "ثمانين");
        put(Kind.TENS, 90, true, "تسعون", "تسعين");
        put(Kind.HUNDRED, 100, true, "مئة", "مائة", "مية");
        put(Kind.HUNDREDS, 200, true, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مائتا", "مئتي", "مائتي");
        String[] pre = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
        for (int i = 0; i < pre.length; i++) {
            put(Kind.HUNDREDS, (i + 3) * 100.0, true, pre[i] + "مئة", pre[i] + "مائة");
        }
        put(Kind.HUNDREDS, 800, true, "ثمانمئة", "ثمانمائة", "ثمانيمئة", "ثمانيمائة");
        put(Kind.MULT, 1e3, true, "ألف", "ألفا", "آلاف", "الف", "ألوف");
        put(Kind.MULT, 2e3, true, "ألفان", "ألفين");
        put(Kind.MULT, 1e6, true, "مليون", "مليونا", "ملايين");
        put(Kind.MULT, 2e6, true, "مليونان", "مليوني", "مليونين");
        put(Kind.MULT, 1e9, true, "مليار", "مليارا", "مليارات", "بليون", "بلايين");
        put(Kind.MULT, 2e9, true, "ملياران", "مليارين", "ملياري");
        put(Kind.MULT, 1e12, true, "تريليون", "ترليون", "تريليونات");
    }

    /** Multiplier value of a word that may follow digits ("3 آلاف", "2.5 مليون"), or 0. */
    static double multiplier(String folded) {
        Word w = WORDS.get(folded);
        if (w == null) {
            return 0;
        }
        if (w.kind == Kind.MULT) {
            double v = w.value;
            return v == 2e3 ? 1e3 : v == 2e6 ? 1e6 : v == 2e9 ? 1e9 : v;
        }
        if (w.kind == Kind.HUNDRED) {
            return 100;
        }
        return 0;
    }

    /** Vague plural amounts: value is null, approximate is true. */
    static final Map<String, Double> VAGUE = new HashMap<>();

    static {
        // the number is a documented lower bound of the vague amount, kept for callers that want one
        String[][] v = {{"عشرات", "10"}, {"العشرات", "10"}, {"مئات", "100"}, {"المئات", "100"},
                {"آلاف", "1000"}, {"الآلاف", "1000"}, {"ألوف", "1000"}, {"الألوف", "1000"}, {"ملايين", "1000000"},
                {"الملايين", "1000000"}, {"مليارات", "1000000000"}, {"المليارات", "1000000000"},
                {"بضعة", "2"}, {"بضع", "2"}, {"عدة", "2"}};
        for (String[] x : v) {
            VAGUE.put(ArabicText.normalize(x[0]), Double.valueOf(x[1]));
        }
    }
}
