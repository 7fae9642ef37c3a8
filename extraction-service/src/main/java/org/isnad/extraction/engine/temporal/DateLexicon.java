package org.isnad.extraction.engine.temporal;

import static org.isnad.extraction.engine.temporal.AbsoluteDates.*;
import static org.isnad.extraction.engine.temporal.MonthNames.*;
import static org.isnad.extraction.engine.temporal.DateRecognizer.*;
import static org.isnad.extraction.engine.temporal.RelativeDates.*;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.extraction.engine.lexicon.ArabicText;
import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.lexicon.Tokens;

/** Word tables of {@link DateRecognizer}: month names (Levantine, Egyptian/Gulf, Maghrebi, Hijri), weekdays, relative and duration words. */
final class DateLexicon {
    private DateLexicon() {
    }

    static record MonthName(String[] toks, int month, boolean hijri, boolean ambiguous) {
    }

    static final Map<String, List<MonthName>> MONTHS = new HashMap<>();

    static void month(int m, boolean hijri, boolean amb, String... names) {
        for (String n : names) {
            String[] toks = ArabicText.normalize(n).split(" ");
            MONTHS.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(new MonthName(toks, m, hijri, amb));
        }
    }

    static {
        // Levantine / Iraqi (Syriac)
        month(1, false, false, "كانون الثاني", "كانون ثاني");
        month(2, false, false, "شباط");
        month(3, false, false, "آذار");
        month(4, false, false, "نيسان");
        month(5, false, false, "أيار");
        month(6, false, false, "حزيران");
        month(7, false, false, "تموز");
        month(8, false, true, "آب");
        month(9, false, false, "أيلول");
        month(10, false, false, "تشرين الأول", "تشرين أول");
        month(11, false, false, "تشرين الثاني", "تشرين ثاني");
        month(12, false, false, "كانون الأول", "كانون أول");
        // Egyptian / Gulf / Moroccan transliterations
        month(1, false, false, "يناير");
        month(2, false, false, "فبراير", "فبرير");
        month(3, false, true, "مارس");
        month(4, false, false, "أبريل", "إبريل", "ابريل", "أبربل");
        month(5, false, false, "مايو");
        month(6, false, false, "يونيو", "يونية", "يونيه");
        month(7, false, false, "يوليو", "يولية", "يوليه", "يوليوز");
        month(8, false, false, "أغسطس", "أغسطوس", "اغسطس", "غشت");
        month(9, false, false, "سبتمبر", "شتنبر");
        month(10, false, false, "أكتوبر", "اكتوبر");
        month(11, false, false, "نوفمبر", "نونبر");
        month(12, false, false, "ديسمبر", "دجنبر");
        // Algerian / Tunisian (French)
        month(1, false, false, "جانفي");
        month(2, false, false, "فيفري");
        month(4, false, false, "أفريل");
        month(5, false, true, "ماي");
        month(6, false, true, "جوان");
        month(7, false, false, "جويلية", "جويليه");
        month(8, false, false, "أوت");
        // Hijri
        month(1, true, true, "محرم", "المحرم");
        month(2, true, true, "صفر");
        month(3, true, false, "ربيع الأول", "ربيع أول", "ربيع الاول");
        month(4, true, false, "ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع آخر");
        month(5, true, false, "جمادى الأولى", "جمادى الأول", "جمادى أولى");
        month(6, true, false, "جمادى الآخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الثاني");
        month(7, true, true, "رجب");
        month(8, true, true, "شعبان");
        month(9, true, true, "رمضان");
        month(10, true, true, "شوال");
        month(11, true, false, "ذو القعدة", "ذي القعدة", "ذو القعده");
        month(12, true, false, "ذو الحجة", "ذي الحجة");
        for (List<MonthName> l : MONTHS.values()) {
            l.sort((a, b) -> Integer.compare(b.toks.length, a.toks.length));
        }
    }

    static final Map<String, Integer> ORDINAL_UNITS = new HashMap<>();

    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        String[][] ord = {
                {"الأول", "1"}, {"الحادي", "1"}, {"الواحد", "1"}, {"الثاني", "2"}, {"الثالث", "3"}, {"الرابع", "4"},
                {"الخامس", "5"}, {"السادس", "6"}, {"السابع", "7"}, {"الثامن", "8"}, {"التاسع", "9"},
                {"العاشر", "10"}, {"العشرين", "20"}, {"العشرون", "20"}, {"الثلاثين", "30"}, {"الثلاثون", "30"}};
        for (String[] o : ord) {
            ORDINAL_UNITS.put(ArabicText.normalize(o[0]), Integer.parseInt(o[1]));
        }
        String[][] wd = {{"الأحد", "SUNDAY"}, {"الاثنين", "MONDAY"}, {"الإثنين", "MONDAY"}, {"الثلاثاء", "TUESDAY"},
                {"الأربعاء", "WEDNESDAY"}, {"الخميس", "THURSDAY"}, {"الجمعة", "FRIDAY"}, {"السبت", "SATURDAY"}};
        for (String[] w : wd) {
            WEEKDAYS.put(ArabicText.normalize(w[0]), DayOfWeek.valueOf(w[1]));
        }
    }

    static final Set<String> SHAHR = ArabicText.wordSet("شهر");

    // "لعام 2026" is read through its clitic (cliticIn): the date is "عام 2026", never the preposition with it
    static final Set<String> YEAR_CUE = ArabicText.wordSet("عام العام سنة السنة عامي سنتي العامين");

    static final Set<String> YEAR_PREP = ArabicText.wordSet("""
            في منذ حتى خلال مطلع أواخر أوائل أواسط منتصف بداية نهاية قبل بعد عقب ربيع صيف شتاء خريف لغاية
            حلول مع طيلة
            """);

    static final Set<String> GREG_SUFFIX = ArabicText.wordSet("م ميلادي ميلادية للميلاد");

    static final Set<String> HIJRI_SUFFIX = ArabicText.wordSet("ه هـ هجري هجرية للهجرة");

    static final Set<String> TIME_OF_DAY = ArabicText.wordSet("صباح مساء فجر ليل ليلة ظهر عصر ظهيرة صبيحة منتصف ضحى");

    static final Set<String> PAST = ArabicText.wordSet("الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق السابقة المنقضي");

    static final Set<String> FUTURE = ArabicText.wordSet("المقبل المقبلة القادم القادمة");

    static final Set<String> CURRENT = ArabicText.wordSet("الجاري الجارية الحالي الحالية");

    static final Set<String> TODAY_BLOCK = ArabicText.wordSet("روسيا رأي المصري بغداد السابع الأردن");

    static final Map<String, Integer> SMALL_NUMBERS = new HashMap<>();

    static {
        String[] w = {"", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
        for (int i = 1; i < w.length; i++) {
            SMALL_NUMBERS.put(ArabicText.normalize(w[i]), i);
        }
        String[] f = {"", "واحدة", "اثنتين", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"};
        for (int i = 1; i < f.length; i++) {
            SMALL_NUMBERS.put(ArabicText.normalize(f[i]), i);
        }
        SMALL_NUMBERS.put(ArabicText.normalize("ثمان"), 8);
    }

    /** Unit of a duration: 'D' day, 'W' week, 'M' month, 'Y' year; count for duals/singulars. */
    static final Map<String, int[]> DURATION_WORDS = new HashMap<>();

    static {
        Object[][] d = {
                {"يوم", 'D', 1}, {"يوما", 'D', 1}, {"يومين", 'D', 2}, {"يومان", 'D', 2}, {"أيام", 'D', -1},
                {"أسبوع", 'W', 1}, {"اسبوع", 'W', 1}, {"أسبوعين", 'W', 2}, {"أسابيع", 'W', -1},
                {"شهر", 'M', 1}, {"شهرا", 'M', 1}, {"شهرين", 'M', 2}, {"أشهر", 'M', -1}, {"شهور", 'M', -1},
                {"عام", 'Y', 1}, {"عاما", 'Y', 1}, {"عامين", 'Y', 2}, {"أعوام", 'Y', -1}, {"سنة", 'Y', 1},
                {"سنتين", 'Y', 2}, {"سنوات", 'Y', -1}, {"سنين", 'Y', -1}};
        for (Object[] o : d) {
            DURATION_WORDS.put(ArabicText.normalize((String) o[0]), new int[] {(Character) o[1], (Integer) o[2]});
        }
    }

    static final Set<String> VAGUE_COUNT = ArabicText.wordSet("بضعة بضع عدة");

    static final Set<String> PERIOD_PLURAL = ArabicText.wordSet("الأيام الأسابيع الأشهر الشهور الأعوام السنوات الساعات");

    static final Set<String> PERIOD_ANCHOR = ArabicText.wordSet("الماضية الأخيرة الفائتة المقبلة القادمة المنصرمة السابقة");
}
