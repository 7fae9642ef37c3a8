package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.ArabicNameRules.*;
import static org.isnad.extraction.engine.entity.ArabicPlaceRules.*;
import static org.isnad.extraction.engine.entity.EnglishEntityRules.*;
import static org.isnad.extraction.engine.entity.RuleEntityFinder.*;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Arabic dates (day names, parts of day, month names, numeric and relative dates) for {@link RuleEntityFinder},
 * and the number vocabulary (number words, scales, approximators) that the dates share with
 * {@link ArabicQuantityRules}.
 */
final class ArabicDateQuantityRules {
    private ArabicDateQuantityRules() {
    }

    static final Set<String> DAYS = s("الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
            "الجمعة", "السبت");

    static final Set<String> DAY_PARTS = s("فجر", "صباح", "ظهر", "مساء", "ليل", "ليلة", "عصر", "ظهيرة",
            "منتصف", "صبيحة", "فجرا", "مساءا", "فجر", "غداة");

    static final Set<String> REL_DAYS = s("اليوم", "أمس", "غدا", "غداً", "البارحة", "أمس");

    static final Set<String> PERIODS = s("الأسبوع", "الشهر", "العام", "السنة", "الأشهر", "الأسابيع");

    static final Set<String> PERIOD_MODS = s("الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم",
            "الماضية", "المقبلة", "الجارية", "الحالية", "القادمة");

    static final Map<String, Integer> MONTHS = new HashMap<>();

    static final Set<String> YEAR_HEADS = s("عام", "العام", "سنة", "صيف", "شتاء", "ربيع", "خريف", "مطلع",
            "منتصف", "نهاية", "أواخر", "أوائل", "بداية", "مطلع");

    static final Set<String> APPROX = s("نحو", "حوالي", "قرابة", "زهاء", "بنحو", "لنحو", "قرابه", "بحوالي");

    static final Set<String> SCALES = s("ألف", "آلاف", "الف", "مليون", "ملايين", "مليار", "مليارات",
            "مئة", "مائة", "الاف");

    static final Map<String, Double> NUM_WORDS = new HashMap<>();

    static final Set<String> UNIT_STOP = s("من", "في", "على", "إلى", "عن", "مع", "منذ", "خلال", "بين",
            "و", "أو", "أن", "إن", "التي", "الذي", "الذين", "قد", "لا", "لم", "ما", "كما", "حتى", "بعد", "قبل");

    static {
        String[][] months = {{"يناير", "1"}, {"كانون الثاني", "1"}, {"فبراير", "2"}, {"شباط", "2"}, {"مارس", "3"},
                {"آذار", "3"}, {"أبريل", "4"}, {"إبريل", "4"}, {"نيسان", "4"}, {"مايو", "5"}, {"أيار", "5"},
                {"يونيو", "6"}, {"حزيران", "6"}, {"يوليو", "7"}, {"تموز", "7"}, {"أغسطس", "8"}, {"آب", "8"},
                {"سبتمبر", "9"}, {"أيلول", "9"}, {"أكتوبر", "10"}, {"تشرين الأول", "10"}, {"نوفمبر", "11"},
                {"تشرين الثاني", "11"}, {"ديسمبر", "12"}, {"كانون الأول", "12"}};
        for (String[] m : months) {
            MONTHS.put(Fold.fold(m[0]), Integer.parseInt(m[1]));
        }
        Object[][] nums = {{"واحد", 1}, {"اثنان", 2}, {"اثنين", 2}, {"ثلاث", 3}, {"ثلاثة", 3}, {"أربع", 4},
                {"أربعة", 4}, {"خمس", 5}, {"خمسة", 5}, {"ست", 6}, {"ستة", 6}, {"سبع", 7}, {"سبعة", 7}, {"ثماني", 8},
                {"ثمانية", 8}, {"تسع", 9}, {"تسعة", 9}, {"عشر", 10}, {"عشرة", 10}, {"عشرات", -1}, {"مئات", -1},
                {"آلاف", -1}, {"ملايين", -1}, {"عشرين", 20}, {"ثلاثين", 30}, {"أربعين", 40}, {"خمسين", 50},
                {"مئة", 100}, {"مائة", 100}, {"ألف", 1000}, {"مليون", 1e6}, {"مليار", 1e9}, {"نصف", 0.5},
                // ent24: the spoken (Levantine, Egyptian) forms in quoted speech, "تلات أيام", "تمانية شهور"
                {"تلات", 3}, {"تلاتة", 3}, {"تمانية", 8}, {"تلاتين", 30}, {"تمانين", 80}};
        for (Object[] n : nums) {
            NUM_WORDS.put(Fold.fold((String) n[0]), ((Number) n[1]).doubleValue());
        }
    }

    static final Set<String> MONTH_FIRST = new HashSet<>();

    static {
        for (String m : MONTHS.keySet()) {
            int sp = m.indexOf(' ');
            if (sp > 0) {
                MONTH_FIRST.add(m.substring(0, sp));
            }
        }
    }

    /**
     * Every folded word with which {@link #date} can start a date: the bare trigger words of its branches
     * (day parts, relative days, day names, periods, year heads, month names and the first words of two-word
     * month names, the ordinals) and each clitic form "و/ب/ف/ل + word" longer than three letters that
     * {@code date} strips. A word outside this set that is not a number takes no branch of {@code date}, so
     * the one look-up replaces the ten or so that reject an ordinary word.
     */
    static final Set<String> DATE_TRIGGERS = new HashSet<>();

    static {
        Set<String> strippable = new HashSet<>(DAY_PARTS);
        strippable.addAll(DAYS);
        strippable.addAll(REL_DAYS);
        strippable.addAll(MONTHS.keySet());
        strippable.addAll(YEAR_HEADS);
        DATE_TRIGGERS.addAll(strippable);
        DATE_TRIGGERS.addAll(PERIODS);
        DATE_TRIGGERS.addAll(MONTH_FIRST);
        DATE_TRIGGERS.addAll(List.of("الاول", "الثاني", "الثالث", "العاشر", "الخامس"));
        for (String r : strippable) {
            for (char c : "وبفل".toCharArray()) {
                if (r.length() + 1 > 3) {
                    DATE_TRIGGERS.add(c + r);
                }
            }
        }
    }

    static int date(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        if (toks.get(i).kind() != Token.Kind.NUMBER && !DATE_TRIGGERS.contains(f[i])) {
            return 0; // see DATE_TRIGGERS
        }
        int n = toks.size();
        int k = i;
        String w = f[i];
        int strip = 0;
        String bare = w;
        if (w.length() > 3 && "وبفل".indexOf(w.charAt(0)) >= 0) {
            String r = w.substring(1);
            if (DAY_PARTS.contains(r) || DAYS.contains(r) || REL_DAYS.contains(r) || MONTHS.containsKey(r)
                    || YEAR_HEADS.contains(r)) {
                strip = 1;
                bare = r;
            }
        }
        boolean part = DAY_PARTS.contains(bare);
        if (part) {
            k++;
            if (k < n && f[k].equals("يوم")) {
                k++;
            }
            if (k < n && (DAYS.contains(f[k]) || REL_DAYS.contains(f[k]))) {
                k++;
                if (k < n && DAYS.contains(f[k])) {
                    k++;
                }
                return emitDate(text, toks, i, strip, k, out);
            }
            return 0;
        }
        if (REL_DAYS.contains(bare)) {
            k++;
            if (k < n && DAYS.contains(f[k])) {
                k++;
            }
            // "روسيا اليوم" / "المصري اليوم": an outlet, not a date
            if (i > 0 && (f[i - 1].equals("روسيا") || f[i - 1].equals("المصري"))) {
                return 0;
            }
            return emitDate(text, toks, i, strip, k, out);
        }
        if (DAYS.contains(bare)) {
            k++;
            // "الثلاثاء 25 . 01 . 2022" / "الأربعاء 10 يوليو 2024"
            int e = numericDate(toks, f, k);
            if (e > k) {
                k = e;
            } else if (k + 1 < n && isDayNumber(toks.get(k)) && MONTHS.containsKey(f[k + 1])) {
                k = Math.max(k + 2, monthExpr(toks, f, k + 1));
            } else {
                int m = monthExpr(toks, f, k);
                if (m > k) {
                    k = m;
                }
            }
            return emitDate(text, toks, i, strip, k, out);
        }
        if (PERIODS.contains(bare) && i + 1 < n && PERIOD_MODS.contains(f[i + 1])) {
            if (bare.equals("الاشهر") || bare.equals("الاسابيع")) {
                return 0;
            }
            return emitDate(text, toks, i, strip, i + 2, out);
        }
        int edge = RelativePeriodDates.edgeOfPeriod(f, i, bare);
        if (edge > i) {
            return emitDate(text, toks, i, strip, edge, out); // "مطلع العام", "نهاية الشهر الجاري"
        }
        if (YEAR_HEADS.contains(bare) && i + 1 < n && isYear(toks.get(i + 1))) {
            return emitDate(text, toks, i, strip, i + 2, out);
        }
        if (toks.get(i).kind() == Token.Kind.NUMBER) {
            int e = numericDate(toks, f, i);
            if (e > i) {
                return emitDate(text, toks, i, 0, e, out);
            }
            // "18 يوليو" / "10 يوليو 2024"
            if (i + 1 < n && MONTHS.containsKey(f[i + 1]) && isDayNumber(toks.get(i))) {
                int m = monthExpr(toks, f, i + 1);
                return emitDate(text, toks, i, 0, Math.max(m, i + 2), out);
            }
            return 0;
        }
        // ordinal day "الثاني من حزيران/يونيو"
        if (i + 2 < n && (f[i].equals("الاول") || f[i].equals("الثاني") || f[i].equals("الثالث")
                || f[i].equals("العاشر") || f[i].equals("الخامس")) && f[i + 1].equals("من")
                && MONTHS.containsKey(f[i + 2])) {
            int m = monthExpr(toks, f, i + 2);
            return emitDate(text, toks, i, 0, m, out);
        }
        String mk = MONTHS.containsKey(bare) ? bare : null;
        if (mk == null && i + 1 < n && MONTH_FIRST.contains(bare) && MONTHS.containsKey(bare + " " + f[i + 1])) {
            mk = bare + " " + f[i + 1];
        }
        if (mk != null) {
            // (آب is also "father": a month only with a year, a second name or a modifier: "آب الماضي")
            if (bare.equals("اب") && !(i + 1 < n && (isYear(toks.get(i + 1)) || toks.get(i + 1).isPunct('/')
                    || PERIOD_MODS.contains(f[i + 1])))) {
                return 0;
            }
            if (bare.equals("مارس") || bare.equals("مايو")) {
                // ok: month; "مارس" is also a verb ("مارس الضغط") — require a neighbour month/number/modifier
                boolean ok = i + 1 < n && (MONTHS.containsKey(f[i + 1]) || isYear(toks.get(i + 1))
                        || PERIOD_MODS.contains(f[i + 1]) || toks.get(i + 1).isPunct('/'))
                        || i > 0 && toks.get(i - 1).kind() == Token.Kind.NUMBER;
                if (!ok) {
                    return 0;
                }
            }
            int m = monthExpr(toks, f, i);
            if (strip > 0) {
                return emitDate(text, toks, i, strip, m, out);
            }
            return emitDate(text, toks, i, 0, m, out);
        }
        return 0;
    }

    /** A month expression from {@code i}: month [month2 | / month2] [year] [modifier]. Returns its end. */
    static int monthExpr(List<Token> toks, String[] f, int i) {
        int n = toks.size();
        int k = i;
        if (k < n && MONTHS.containsKey(f[k])) {
            k++;
        } else if (k + 1 < n && MONTHS.containsKey(f[k] + " " + f[k + 1])) {
            k += 2;
        } else {
            return i;
        }
        if (k + 1 < n && toks.get(k).isPunct('/')) {
            if (MONTHS.containsKey(f[k + 1])) {
                k += 2;
            } else if (k + 2 < n && MONTHS.containsKey(f[k + 1] + " " + f[k + 2])) {
                k += 3;
            }
        } else if (k < n && MONTHS.containsKey(f[k])) {
            k++;
        } else if (k + 1 < n && MONTHS.containsKey(f[k] + " " + f[k + 1])) {
            k += 2;
        }
        if (k < n && isYear(toks.get(k))) {
            k++;
        }
        if (k < n && PERIOD_MODS.contains(f[k])) {
            k++;
        }
        return RelativePeriodDates.ofTheYear(f, k);
    }

    static int numericDate(List<Token> toks, String[] f, int i) {
        int n = toks.size();
        if (i + 4 < n && toks.get(i).kind() == Token.Kind.NUMBER && (toks.get(i + 1).isPunct('.')
                || toks.get(i + 1).isPunct('/') || toks.get(i + 1).isPunct('-'))
                && toks.get(i + 2).kind() == Token.Kind.NUMBER && toks.get(i + 3).text().equals(toks.get(i + 1).text())
                && isYear(toks.get(i + 4)) && isDayNumber(toks.get(i)) && isDayNumber(toks.get(i + 2))) {
            return i + 5;
        }
        return i;
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    static boolean isYear(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4 || !allDigits(t.text())) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100;
    }

    static boolean isDayNumber(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.text().length() > 2 || !allDigits(t.text())) {
            return false;
        }
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31;
    }

    static int emitDate(NormalizedText text, List<Token> toks, int i, int strip, int end, List<Entity> out) {
        if (end <= i) {
            return 0;
        }
        add(text, out, toks.get(i).start() + strip, toks.get(end - 1).end(), EntityType.DATE, null);
        return end - i;
    }
}
