package org.isnad.extraction.engine.temporal;

import org.isnad.extraction.engine.lexicon.ArabicText;
import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.lexicon.Tokens;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based recogniser of Arabic date expressions.
 *
 * <p>Covers: Levantine/Iraqi (كانون الثاني … كانون الأول), Egyptian/Gulf (يناير … ديسمبر, with إبريل/يونية/
 * يولية spellings), Algerian/Tunisian (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت) and Moroccan (يوليوز، غشت،
 * شتنبر، نونبر، دجنبر) month names, double names ("كانون الثاني/يناير", "مارس (آذار)"), Hijri months with
 * هـ and conversion to Gregorian (ICU4J Umm al-Qura); day as digits (any script) or ordinal words ("السادس
 * عشر من", "الأول من"); optional year (inferred from the article date: the candidate year closest to it);
 * "عام 2022", "في 2023", "عامي 2020 و2021"; numeric dates (25 . 01 . 2022, 25/1/2022, 2022-01-25); weekdays
 * (يوم الأحد الماضي، مساء الجمعة) and relative expressions (اليوم، أمس، أول أمس، ليل أمس، غداً، الأسبوع
 * الماضي، الشهر الماضي، العام الماضي، قبل يومين، منذ ثلاثة أشهر...) resolved against the article date.
 *
 * <p>Resolution conventions: a bare weekday ("يوم الجمعة") is the latest such day on or before the article
 * date; with الماضي it is strictly before, with المقبل strictly after. "الأسبوع الماضي" resolves to the article
 * date minus 7 days (a day inside that week), "الشهر الماضي" to yyyy-MM, "العام الماضي" to yyyy. Ambiguous
 * month words (مارس "practised", آب "father", ماي, جوان, and the Hijri صفر، رجب، شعبان، رمضان، محرم، شوال that
 * are also names) need a day, a year or the word شهر.
 *
 * <p>Linear scan over {@link Tokens}; no regular expressions; never throws.
 */
public final class DateRecognizer {

    private record MonthName(String[] toks, int month, boolean hijri, boolean ambiguous) {
    }

    private static final Map<String, List<MonthName>> MONTHS = new HashMap<>();

    private static void month(int m, boolean hijri, boolean amb, String... names) {
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

    /** True if the folded word starts a month name of any naming system (used to skip days as quantities). */
    public static boolean isMonthWord(String folded) {
        return folded != null && MONTHS.containsKey(folded);
    }

    private static Set<String> set(String words) {
        Set<String> s = new HashSet<>();
        for (String w : words.trim().split("\\s+")) {
            s.add(ArabicText.normalize(w));
        }
        return s;
    }

    private static final Map<String, Integer> ORDINAL_UNITS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

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

    private static final Set<String> SHAHR = set("شهر");
    private static final Set<String> YEAR_CUE = set("عام العام لعام سنة السنة لسنة عامي سنتي العامين");
    private static final Set<String> YEAR_PREP = set("""
            في منذ حتى خلال مطلع أواخر أوائل أواسط منتصف بداية نهاية قبل بعد عقب ربيع صيف شتاء خريف لغاية
            حلول مع طيلة
            """);
    private static final Set<String> GREG_SUFFIX = set("م ميلادي ميلادية للميلاد");
    private static final Set<String> HIJRI_SUFFIX = set("ه هـ هجري هجرية للهجرة");
    private static final Set<String> TIME_OF_DAY = set("صباح مساء فجر ليل ليلة ظهر عصر ظهيرة صبيحة منتصف ضحى");
    private static final Set<String> PAST = set("الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق السابقة المنقضي");
    private static final Set<String> FUTURE = set("المقبل المقبلة القادم القادمة");
    private static final Set<String> CURRENT = set("الجاري الجارية الحالي الحالية");
    private static final Set<String> TODAY_BLOCK = set("روسيا رأي المصري بغداد السابع الأردن");
    private static final Map<String, Integer> SMALL_NUMBERS = new HashMap<>();

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
    private static final Map<String, int[]> DURATION_WORDS = new HashMap<>();

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

    private static final Set<String> VAGUE_COUNT = set("بضعة بضع عدة");
    private static final Set<String> PERIOD_PLURAL = set("الأيام الأسابيع الأشهر الشهور الأعوام السنوات الساعات");
    private static final Set<String> PERIOD_ANCHOR = set("الماضية الأخيرة الفائتة المقبلة القادمة المنصرمة السابقة");

    // =============================================================================================

    /** Internal candidate with token range. */
    private static final class Cand {
        int ts;
        int te;
        int start;
        int end;
        String iso;
        boolean relative;
        boolean weekday;
        boolean fullDate;

        Cand(int ts, int te, int start, int end, String iso, boolean relative) {
            this.ts = ts;
            this.te = te;
            this.start = start;
            this.end = end;
            this.iso = iso;
            this.relative = relative;
        }
    }

    /**
     * Finds date mentions. {@code articleDate} (nullable) anchors relative expressions and years left out.
     * Never throws, never returns null.
     */
    public List<DateMention> find(String text, LocalDate articleDate) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return run(Tokens.of(text), articleDate);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** As {@link #find(String, LocalDate)} on an existing tokenisation. */
    public List<DateMention> find(Tokens tokens, LocalDate articleDate) {
        if (tokens == null || tokens.size == 0) {
            return List.of();
        }
        try {
            return run(tokens, articleDate);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Every word that can start a date expression (folded); other words are skipped with one look-up. */
    private static final Set<String> KEYWORDS = new HashSet<>();

    static {
        KEYWORDS.addAll(MONTHS.keySet());
        KEYWORDS.addAll(SHAHR);
        KEYWORDS.addAll(YEAR_CUE);
        KEYWORDS.addAll(YEAR_PREP);
        KEYWORDS.addAll(TIME_OF_DAY);
        KEYWORDS.addAll(WEEKDAYS.keySet());
        KEYWORDS.addAll(ORDINAL_UNITS.keySet());
        KEYWORDS.addAll(PERIOD_PLURAL);
        KEYWORDS.addAll(set("اليوم أمس الأمس البارحة أول غدا يوم يومي بعد قبل منذ الأسبوع الشهر العام السنة هذا هذه"));
    }

    private static boolean mayStartDate(String w) {
        if (KEYWORDS.contains(w)) {
            return true;
        }
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char c = w.charAt(0);
        if (c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644') {
            if (KEYWORDS.contains(w.substring(1))) {
                return true;
            }
            char c1 = w.charAt(1);
            return n > 3 && (c == '\u0648' || c == '\u0641') && (c1 == '\u0628' || c1 == '\u0644')
                    && KEYWORDS.contains(w.substring(2));
        }
        return false;
    }

    private List<DateMention> run(Tokens t, LocalDate ad) {
        String text = t.text;
        List<Cand> cands = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (!t.number[i] && !mayStartDate(t.norm[i])) {
                continue;
            }
            int before = cands.size();
            if (t.number[i]) {
                numericDate(t, i, ad, cands);
                if (cands.size() == before) {
                    dayMonth(t, i, ad, cands);
                }
                if (cands.size() == before) {
                    suffixedYear(t, i, cands);
                }
            } else {
                ordinalDayMonth(t, i, ad, cands);
                if (cands.size() == before) {
                    monthYear(t, i, ad, cands);
                }
                if (cands.size() == before) {
                    yearCue(t, i, cands);
                }
                if (cands.size() == before) {
                    relative(t, i, ad, cands);
                }
                if (cands.size() == before) {
                    weekday(t, i, ad, cands);
                }
            }
            if (cands.size() > before) {
                // continue after the longest candidate found at this token
                int maxTe = i + 1;
                for (int k = before; k < cands.size(); k++) {
                    maxTe = Math.max(maxTe, cands.get(k).te);
                }
                // "عامي 2020 و2021": a conjoined year right after a year mention
                Cand last = cands.get(cands.size() - 1);
                if (last.iso != null && last.iso.length() == 4 && maxTe + 1 < t.size && t.norm[maxTe].equals("\u0648")
                        && t.gap[maxTe] == 0 && t.gap[maxTe + 1] == 0 && t.number[maxTe + 1]) {
                    int y = yearValue(t.norm[maxTe + 1]);
                    if (y >= 1900 && y <= 2100) {
                        cands.add(new Cand(maxTe + 1, maxTe + 2, t.start[maxTe + 1], t.end[maxTe + 1],
                                String.valueOf(y), false));
                        maxTe += 2;
                    }
                }
                i = maxTe - 1;
            }
        }
        mergeWeekdayWithDate(t, cands);
        List<DateMention> out = new ArrayList<>(cands.size());
        for (Cand c : cands) {
            if (c.start >= 0 && c.end <= text.length() && c.start < c.end) {
                out.add(new DateMention(c.start, c.end, text.substring(c.start, c.end), c.iso, c.relative));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // helpers

    private static int intValue(String digits, int maxLen) {
        if (digits.isEmpty() || digits.length() > maxLen) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
        }
        return v;
    }

    private static int yearValue(String digits) {
        return digits.length() == 4 ? intValue(digits, 4) : -1;
    }

    private static String gapText(Tokens t, int k) {
        if (k <= 0 || k >= t.size) {
            return "";
        }
        return t.text.substring(t.end[k - 1], t.start[k]).strip();
    }

    private static boolean plain(Tokens t, int k) {
        return k < t.size && t.gap[k] == 0;
    }

    private static String stripConj(String w) {
        if (w.length() >= 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
            return w.substring(1);
        }
        return w;
    }

    /** Proclitic reading of token i found in the set: returns the stripped char count or -1. */
    private static int cliticIn(Tokens t, int i, Set<String> set) {
        String w = t.norm[i];
        if (set.contains(w)) {
            return 0;
        }
        if (w.length() < 3) {
            return -1;
        }
        String[] forms = new String[8];
        int[] strip = new int[8];
        int n = Gazetteer.readings(w, forms, strip);
        for (int r = 1; r < n; r++) {
            if (set.contains(forms[r])) {
                return strip[r];
            }
        }
        return -1;
    }

    private static int startAfter(Tokens t, int i, int strip) {
        return strip <= 0 ? t.start[i] : ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
    }

    /**
     * Month name at token j. Returns {endExcl, month, hijri, ambiguous, strip, shahr} or null. A leading
     * "شهر" is consumed; a second name of the same month after "/" or "(" is consumed too.
     */
    private static int[] parseMonth(Tokens t, int j, boolean allowClitic) {
        if (j >= t.size || t.number[j]) {
            return null;
        }
        int strip = 0;
        int shahr = 0;
        int k = j;
        int s = allowClitic ? cliticIn(t, j, SHAHR) : (SHAHR.contains(t.norm[j]) ? 0 : -1);
        if (s >= 0 && plain(t, j + 1)) {
            shahr = 1;
            strip = s;
            k = j + 1;
            int[] m = monthAt(t, k, false);
            if (m == null) {
                return null;
            }
            return finishMonth(t, m, strip, shahr);
        }
        int[] m = monthAt(t, k, allowClitic);
        if (m == null) {
            return null;
        }
        return finishMonth(t, m, m[4], 0);
    }

    private static int[] finishMonth(Tokens t, int[] m, int strip, int shahr) {
        int end = m[0];
        // alternative name: "كانون الثاني/يناير", "مارس (آذار)", "شباط - فبراير"
        if (end < t.size && !t.number[end]) {
            String g = gapText(t, end);
            if (g.equals("/") || g.equals("(") || g.equals("-") || g.equals("\u2013") || g.equals("\\")) {
                int[] alt = monthAt(t, end, false);
                if (alt != null && alt[1] == m[1] && alt[2] == m[2]) {
                    end = alt[0];
                }
            }
        }
        return new int[] {end, m[1], m[2], m[3], strip, shahr};
    }

    /** Bare month name at token k: {endExcl, month, hijri, ambiguous, strip}. */
    private static int[] monthAt(Tokens t, int k, boolean allowClitic) {
        String w = t.norm[k];
        int[] r = monthWith(t, k, w, 0);
        if (r != null || !allowClitic || w.length() < 3) {
            return r;
        }
        char c = w.charAt(0);
        if (c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644') {
            r = monthWith(t, k, w.substring(1), 1);
            if (r == null && (c == '\u0648' || c == '\u0641') && w.length() >= 4
                    && (w.charAt(1) == '\u0628' || w.charAt(1) == '\u0644')) {
                r = monthWith(t, k, w.substring(2), 2);
            }
        }
        return r;
    }

    private static int[] monthWith(Tokens t, int k, String first, int strip) {
        List<MonthName> l = MONTHS.get(first);
        if (l == null) {
            return null;
        }
        for (MonthName m : l) {
            int n = m.toks.length;
            if (k + n > t.size) {
                continue;
            }
            boolean ok = true;
            for (int x = 1; x < n; x++) {
                if (t.gap[k + x] != 0 || !t.norm[k + x].equals(m.toks[x])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return new int[] {k + n, m.month, m.hijri ? 1 : 0, m.ambiguous ? 1 : 0, strip};
            }
        }
        return null;
    }

    /**
     * Year after a month at token k: [من] [العام|عام|سنة] YYYY [suffix]. Returns {endExcl, year, hijriSuffix
     * (1 hijri, 2 gregorian, 0 none)} or null.
     */
    private static int[] parseYearAfter(Tokens t, int k) {
        if (k >= t.size) {
            return null;
        }
        int g = t.gap[k];
        if ((g & ~(Tokens.GAP_COMMA)) != 0 && !gapText(t, k).equals(")")) {
            return null;
        }
        int j = k;
        if (!t.number[j] && t.norm[j].equals("من") && j + 1 < t.size && plain(t, j + 1)) {
            j++;
        }
        if (!t.number[j] && YEAR_CUE.contains(t.norm[j]) && j + 1 < t.size && plain(t, j + 1)) {
            j++;
        }
        if (j >= t.size || !t.number[j]) {
            return null;
        }
        int y = yearValue(t.norm[j]);
        if (y < 0) {
            return null;
        }
        int end = j + 1;
        int suffix = 0;
        if (end < t.size && !t.number[end] && (t.gap[end] & ~Tokens.GAP_DOT) == 0) {
            String s = t.norm[end];
            if (HIJRI_SUFFIX.contains(s)) {
                suffix = 1;
                end++;
            } else if (GREG_SUFFIX.contains(s)) {
                suffix = 2;
                end++;
            }
        }
        return new int[] {end, y, suffix};
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String isoMonth(int y, int m) {
        return String.format("%04d-%02d", y, m);
    }

    /** Gregorian date for day/month/year in the given system, or null if invalid. */
    private static LocalDate date(int y, int m, int d, boolean hijri) {
        if (hijri) {
            return HijriCalendar.toGregorian(y, m, d);
        }
        if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        if (d > YearMonth.of(y, m).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** Day and month without a year: the candidate year whose date lies closest to the article date. */
    private static LocalDate inferDate(int m, int d, boolean hijri, LocalDate ad, int dir) {
        if (ad == null) {
            return null;
        }
        int base = hijri ? HijriCalendar.fromGregorian(ad)[0] : ad.getYear();
        LocalDate best = null;
        long bestDist = Long.MAX_VALUE;
        for (int y = base - 1; y <= base + 1; y++) {
            LocalDate c = date(y, m, d, hijri);
            if (c == null || (dir < 0 && !c.isBefore(ad)) || (dir > 0 && !c.isAfter(ad))) {
                continue;
            }
            long dist = Math.abs(c.toEpochDay() - ad.toEpochDay());
            if (dist < bestDist || (dist == bestDist && c.isBefore(best))) {
                best = c;
                bestDist = dist;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------------------------------
    // absolute dates

    /** 25/1/2022, 25 . 01 . 2022, 2022-01-25, 25-1-22. */
    private static void numericDate(Tokens t, int i, LocalDate ad, List<Cand> out) {
        if (i + 2 >= t.size || !t.number[i + 1] || !t.number[i + 2]) {
            return;
        }
        String g1 = gapText(t, i + 1);
        String g2 = gapText(t, i + 2);
        if (g1.length() != 1 || !g1.equals(g2) || "/.-\\".indexOf(g1.charAt(0)) < 0) {
            return;
        }
        // the three groups must be separated by the separator and spaces only
        String a = t.norm[i];
        String b = t.norm[i + 1];
        String c = t.norm[i + 2];
        if (a.length() > 4 || b.length() > 2 || c.length() > 4) {
            return;
        }
        int y;
        int m;
        int d;
        if (a.length() == 4) {
            y = intValue(a, 4);
            m = intValue(b, 2);
            d = intValue(c, 2);
            if (c.length() > 2) {
                return;
            }
        } else {
            if (a.length() > 2 || (c.length() != 4 && c.length() != 2)) {
                return;
            }
            d = intValue(a, 2);
            m = intValue(b, 2);
            y = intValue(c, 4);
            if (c.length() == 2) {
                int pivot = ad == null ? 50 : (ad.getYear() % 100) + 1;
                y += y <= pivot ? 2000 : 1900;
            }
            if (m > 12 && d <= 12) { // US order 1/25/2022
                int tmp = m;
                m = d;
                d = tmp;
            }
        }
        if (y < 1900 || y > 2100) {
            return;
        }
        LocalDate dt = date(y, m, d, false);
        if (dt == null) {
            return;
        }
        // a fourth group (time, IP address, version) means this is not a date
        if (i + 3 < t.size && t.number[i + 3] && gapText(t, i + 3).equals(g1)) {
            return;
        }
        Cand cd = new Cand(i, i + 3, t.start[i], t.end[i + 2], iso(dt), false);
        cd.fullDate = true;
        out.add(cd);
    }

    /** "25 كانون الثاني 2022", "3 من شباط", "22 رمضان 1443 هـ". */
    private static void dayMonth(Tokens t, int i, LocalDate ad, List<Cand> out) {
        String ds = t.norm[i];
        if (ds.length() > 2) {
            return;
        }
        int d = intValue(ds, 2);
        if (d < 1 || d > 31 || i + 1 >= t.size) {
            return;
        }
        if ((t.gap[i + 1] & ~Tokens.GAP_OTHER) != 0 || (t.gap[i + 1] != 0 && !gapText(t, i + 1).equals("-"))) {
            return;
        }
        int j = i + 1;
        if (!t.number[j] && t.norm[j].equals("من") && plain(t, j + 1)) {
            j++;
        }
        int[] m = parseMonth(t, j, false);
        if (m == null) {
            return;
        }
        dateFrom(t, i, t.start[i], d, m, ad, out);
    }

    /** "السادس عشر من تشرين الثاني", "الأول من أيار 2021". */
    private static void ordinalDayMonth(Tokens t, int i, LocalDate ad, List<Cand> out) {
        int strip = 0;
        String w = t.norm[i];
        Integer u = ORDINAL_UNITS.get(w);
        if (u == null && w.length() > 3 && (w.charAt(0) == '\u0641' || w.charAt(0) == '\u0648')) {
            u = ORDINAL_UNITS.get(w.substring(1));
            strip = 1;
        }
        if (u == null) {
            return;
        }
        int d = u;
        int k = i + 1;
        if (d < 10 && plain(t, k) && !t.number[k]) {
            String n = t.norm[k];
            if (n.equals("عشر")) {
                d += 10;
                k++;
            } else if (n.equals("والعشرين") || n.equals("والعشرون")) {
                d += 20;
                k++;
            } else if (n.equals("والثلاثين") || n.equals("والثلاثون")) {
                d += 30;
                k++;
            }
        }
        if (d > 31 || k >= t.size || !plain(t, k) || t.number[k] || !t.norm[k].equals("من")) {
            return;
        }
        int[] m = parseMonth(t, k + 1, false);
        if (m == null || !plain(t, k + 1)) {
            return;
        }
        dateFrom(t, i, startAfter(t, i, strip), d, m, ad, out);
    }

    private static void dateFrom(Tokens t, int i, int start, int d, int[] m, LocalDate ad, List<Cand> out) {
        boolean hijri = m[2] == 1;
        int[] y = parseYearAfter(t, m[0]);
        int end = m[0];
        LocalDate dt;
        if (y != null && (y[1] >= 1900 && y[1] <= 2100 && !hijri || hijri && y[1] >= 1300 && y[1] <= 1600)) {
            end = y[0];
            dt = date(y[1], m[1], d, hijri);
            if (dt == null) {
                return;
            }
        } else {
            int dir = anchorAfter(t, end);
            if (dir != 0) {
                end++;
            }
            dt = inferDate(m[1], d, hijri, ad, dir);
            if (ad != null && dt == null) {
                return; // invalid day for that month
            }
            if (ad == null && !validDay(m[1], d, hijri)) {
                return;
            }
            if (dir != 0) {
                Cand c = new Cand(i, end, start, t.end[end - 1], iso(dt), true);
                c.fullDate = true;
                out.add(c);
                return;
            }
        }
        Cand c = new Cand(i, end, start, t.end[end - 1], iso(dt), false);
        c.fullDate = true;
        out.add(c);
    }

    /** -1 for "الماضي/الماضية..." after token k-1, +1 for "المقبل/القادم...", else 0. */
    private static int anchorAfter(Tokens t, int k) {
        if (k >= t.size || t.gap[k] != 0 || t.number[k]) {
            return 0;
        }
        String a = t.norm[k];
        return PAST.contains(a) ? -1 : FUTURE.contains(a) ? 1 : 0;
    }

    private static boolean validDay(int m, int d, boolean hijri) {
        if (hijri) {
            return d <= 30;
        }
        return d <= YearMonth.of(2024, m).lengthOfMonth();
    }

    /** "كانون الثاني 2022", "شهر آذار", "في أيار", "رمضان 1443 هـ". */
    private static void monthYear(Tokens t, int i, LocalDate ad, List<Cand> out) {
        int[] m = parseMonth(t, i, true);
        if (m == null) {
            return;
        }
        boolean hijri = m[2] == 1;
        boolean amb = m[3] == 1;
        boolean shahr = m[5] == 1;
        int start = startAfter(t, i, m[4]);
        int[] y = parseYearAfter(t, m[0]);
        if (y != null && (!hijri && y[1] >= 1900 && y[1] <= 2100 || hijri && y[1] >= 1300 && y[1] <= 1600)) {
            if (amb && !hijri && y[2] == 1) {
                return;
            }
            String iso = hijri ? null : isoMonth(y[1], m[1]);
            out.add(new Cand(i, y[0], start, t.end[y[0] - 1], iso, false));
            return;
        }
        // ambiguous month words (مارس، آب، رمضان...) need "شهر", a day or a year; others stand alone
        if (amb && !shahr) {
            return;
        }
        int end = m[0];
        int dir = anchorAfter(t, end);
        if (dir != 0) {
            end++;
        }
        String iso = null;
        if (!hijri && ad != null) {
            YearMonth cur = YearMonth.from(ad);
            int best = ad.getYear();
            long bestDist = Long.MAX_VALUE;
            for (int yy = ad.getYear() - 1; yy <= ad.getYear() + 1; yy++) {
                YearMonth ym = YearMonth.of(yy, m[1]);
                if ((dir < 0 && !ym.isBefore(cur)) || (dir > 0 && !ym.isAfter(cur))) {
                    continue;
                }
                long dist = Math.abs(LocalDate.of(yy, m[1], 15).toEpochDay() - ad.toEpochDay());
                if (dist < bestDist) {
                    bestDist = dist;
                    best = yy;
                }
            }
            iso = isoMonth(best, m[1]);
        }
        out.add(new Cand(i, end, start, t.end[end - 1], iso, dir != 0));
    }

    /** "عام 2022", "العام 2011", "في 2023", "منذ 2011". */
    private static void yearCue(Tokens t, int i, List<Cand> out) {
        if (i + 1 >= t.size || !t.number[i + 1] || t.gap[i + 1] != 0) {
            return;
        }
        int y = yearValue(t.norm[i + 1]);
        int[] suf = parseYearAfter(t, i + 1);
        int end = suf == null ? i + 2 : suf[0];
        boolean hijriSuffix = suf != null && suf[2] == 1;
        boolean validYear = hijriSuffix ? (y >= 1300 && y <= 1600) : (y >= 1900 && y <= 2100);
        if (!validYear) {
            return;
        }
        int sc = cliticIn(t, i, YEAR_CUE);
        if (sc >= 0) {
            out.add(new Cand(i, end, startAfter(t, i, sc), t.end[end - 1], hijriSuffix ? null : String.valueOf(y),
                    false));
            return;
        }
        if (YEAR_PREP.contains(t.norm[i]) || YEAR_PREP.contains(stripConj(t.norm[i]))) {
            // a year right after a preposition; not when a unit or noun follows ("في 2000 منزل")
            if (end < t.size && end == i + 2 && t.gap[end] == 0 && !t.number[end] && looksLikeCountedNoun(t.norm[end])) {
                return;
            }
            out.add(new Cand(i + 1, end, t.start[i + 1], t.end[end - 1], hijriSuffix ? null : String.valueOf(y),
                    false));
        }
    }

    private static boolean looksLikeCountedNoun(String w) {
        // a year is followed by punctuation, a preposition, a verb... a counted noun is indefinite
        return !w.startsWith("\u0627\u0644") && !w.equals("م") && w.length() >= 3
                && !Set.of("في", "من", "على", "الى", "عن", "وفي", "حيث", "بعد", "قبل", "حين", "عندما", "كان",
                "كانت", "تم", "وقد", "قد", "لكن", "وهو", "وهي", "حتي", "بين", "اثر", "خلال", "ضد", "مع").contains(w);
    }

    /** "1443 هـ", "2022 م" without a cue word. */
    private static void suffixedYear(Tokens t, int i, List<Cand> out) {
        int[] y = parseYearAfter(t, i);
        if (y == null || y[2] == 0 || y[0] != i + 2) {
            return;
        }
        if (y[2] == 1 && y[1] >= 1300 && y[1] <= 1600) {
            out.add(new Cand(i, y[0], t.start[i], t.end[y[0] - 1], null, false));
        } else if (y[2] == 2 && y[1] >= 1900 && y[1] <= 2100) {
            out.add(new Cand(i, y[0], t.start[i], t.end[y[0] - 1], String.valueOf(y[1]), false));
        }
    }

    // ------------------------------------------------------------------------------------------
    // relative expressions

    private static void relative(Tokens t, int i, LocalDate ad, List<Cand> out) {
        String w = KEYWORDS.contains(t.norm[i]) ? t.norm[i] : stripConj(t.norm[i]);
        int conj = w.length() == t.norm[i].length() ? 0 : 1;
        int start = startAfter(t, i, conj);
        int k = i;
        boolean tod = TIME_OF_DAY.contains(w);
        if (tod && plain(t, i + 1) && !t.number[i + 1]) {
            String nx = t.norm[i + 1];
            if (nx.equals("يوم") && plain(t, i + 2) && !t.number[i + 2]) {
                // "مساء يوم أمس", "صباح يوم الجمعة" (weekday rule handles weekdays)
                String n2 = t.norm[i + 2];
                if (n2.equals("امس") || n2.equals("الامس")) {
                    out.add(rel(t, i, i + 3, start, ad, 'D', -1));
                } else if (n2.equals("غد") || n2.equals("الغد")) {
                    out.add(rel(t, i, i + 3, start, ad, 'D', 1));
                }
                return;
            }
            if (nx.equals("اليوم") || nx.equals("الليله")) {
                out.add(rel(t, i, i + 2, start, ad, 'D', 0));
                return;
            }
            if (nx.equals("امس") || nx.equals("الامس") || nx.equals("البارحه")) {
                out.add(rel(t, i, i + 2, start, ad, 'D', -1));
                return;
            }
            if (nx.equals("غد") || nx.equals("الغد")) {
                out.add(rel(t, i, i + 2, start, ad, 'D', 1));
                return;
            }
            return;
        }
        switch (w) {
            case "اليوم" -> {
                if (i > 0 && t.gap[i] == 0 && TODAY_BLOCK.contains(t.norm[i - 1])) {
                    return; // "روسيا اليوم", "رأي اليوم"
                }
                if (plain(t, i + 1) && !t.number[i + 1] && (t.norm[i + 1].equals("التالي")
                        || t.norm[i + 1].equals("السابق") || t.norm[i + 1].equals("نفسه"))) {
                    out.add(new Cand(i, i + 2, start, t.end[i + 1], null, true));
                    return;
                }
                if (plain(t, i + 1) && t.number[i + 1]) {
                    return; // "اليوم 25" – left to the day/month rule
                }
                out.add(rel(t, i, i + 1, start, ad, 'D', 0));
            }
            case "امس", "الامس", "البارحه" -> {
                if (w.equals("امس") && plain(t, i + 1) && !t.number[i + 1] && t.norm[i + 1].equals("الاول")) {
                    out.add(rel(t, i, i + 2, start, ad, 'D', -2));
                } else {
                    out.add(rel(t, i, i + 1, start, ad, 'D', -1));
                }
            }
            case "اول" -> {
                if (plain(t, i + 1) && !t.number[i + 1]) {
                    String nx = t.norm[i + 1];
                    if (nx.equals("امس")) {
                        out.add(rel(t, i, i + 2, start, ad, 'D', -2));
                    } else if (nx.equals("من") && plain(t, i + 2) && !t.number[i + 2] && t.norm[i + 2].equals("امس")) {
                        out.add(rel(t, i, i + 3, start, ad, 'D', -2));
                    }
                }
            }
            case "غدا" -> out.add(rel(t, i, i + 1, start, ad, 'D', 1));
            case "يوم" -> {
                if (plain(t, i + 1) && !t.number[i + 1]) {
                    String nx = t.norm[i + 1];
                    if (nx.equals("امس") || nx.equals("الامس")) {
                        out.add(rel(t, i, i + 2, start, ad, 'D', -1));
                    } else if (nx.equals("غد") || nx.equals("الغد")) {
                        out.add(rel(t, i, i + 2, start, ad, 'D', 1));
                    }
                }
            }
            case "بعد" -> {
                if (plain(t, i + 1) && !t.number[i + 1] && t.norm[i + 1].equals("غد")) {
                    out.add(rel(t, i, i + 2, start, ad, 'D', 2));
                } else {
                    duration(t, i, start, ad, +1, out);
                }
            }
            case "قبل", "منذ" -> duration(t, i, start, ad, -1, out);
            case "الاسبوع", "الشهر", "العام", "السنه" -> {
                if (!plain(t, i + 1) || t.number[i + 1]) {
                    return;
                }
                String nx = t.norm[i + 1];
                int dir = PAST.contains(nx) ? -1 : FUTURE.contains(nx) ? 1 : CURRENT.contains(nx) ? 0 : 9;
                if (dir == 9) {
                    return;
                }
                char unit = w.equals("الاسبوع") ? 'W' : w.equals("الشهر") ? 'M' : 'Y';
                out.add(rel(t, i, i + 2, start, ad, unit, dir));
            }
            case "هذا", "هذه" -> {
                if (!plain(t, i + 1) || t.number[i + 1]) {
                    return;
                }
                String nx = t.norm[i + 1];
                switch (nx) {
                    case "الاسبوع" -> out.add(rel(t, i, i + 2, start, ad, 'W', 0));
                    case "الشهر" -> out.add(rel(t, i, i + 2, start, ad, 'M', 0));
                    case "العام", "السنه" -> out.add(rel(t, i, i + 2, start, ad, 'Y', 0));
                    case "الصباح", "المساء" -> out.add(rel(t, i, i + 2, start, ad, 'D', 0));
                    default -> {
                    }
                }
            }
            default -> {
                if (PERIOD_PLURAL.contains(w)) {
                    int k2 = i + 1;
                    if (plain(t, k2) && !t.number[k2] && (t.norm[k2].equals("القليله") || t.norm[k2].equals("الثلاثه")
                            || t.norm[k2].equals("الاخيره") && plain(t, k2 + 1) && !t.number[k2 + 1]
                            && PERIOD_ANCHOR.contains(t.norm[k2 + 1]))) {
                        k2++;
                    }
                    if (plain(t, k2) && !t.number[k2] && PERIOD_ANCHOR.contains(t.norm[k2])) {
                        out.add(new Cand(i, k2 + 1, start, t.end[k2], null, true));
                    }
                }
            }
        }
    }

    /** قبل/منذ/بعد + duration ("قبل يومين", "منذ ثلاثة أشهر", "بعد 5 سنوات", "قبل أيام"). */
    private static void duration(Tokens t, int i, int start, LocalDate ad, int sign, List<Cand> out) {
        int k = i + 1;
        if (!plain(t, k)) {
            return;
        }
        int count;
        int[] unit;
        if (t.number[k]) {
            if (t.norm[k].length() > 3) {
                return;
            }
            count = intValue(t.norm[k], 3);
            if (!plain(t, k + 1) || t.number[k + 1]) {
                return;
            }
            unit = DURATION_WORDS.get(t.norm[k + 1]);
            if (unit == null) {
                return;
            }
            k += 2;
        } else if (SMALL_NUMBERS.containsKey(t.norm[k]) && plain(t, k + 1) && !t.number[k + 1]
                && DURATION_WORDS.containsKey(t.norm[k + 1])) {
            count = SMALL_NUMBERS.get(t.norm[k]);
            unit = DURATION_WORDS.get(t.norm[k + 1]);
            k += 2;
        } else if (VAGUE_COUNT.contains(t.norm[k]) && plain(t, k + 1) && !t.number[k + 1]
                && DURATION_WORDS.containsKey(t.norm[k + 1]) && DURATION_WORDS.get(t.norm[k + 1])[1] < 0) {
            out.add(new Cand(i, k + 2, start, t.end[k + 1], null, true));
            return;
        } else {
            unit = DURATION_WORDS.get(t.norm[k]);
            if (unit == null) {
                return;
            }
            // "قبل عام 2011" is a year, not a duration
            if (plain(t, k + 1) && t.number[k + 1]) {
                return;
            }
            count = unit[1];
            k += 1;
            if (count < 0) {
                out.add(new Cand(i, k, start, t.end[k - 1], null, true)); // "قبل أيام"
                return;
            }
            if (plain(t, k) && !t.number[k] && (t.norm[k].equals("واحد") || t.norm[k].equals("واحده"))) {
                k++;
            }
        }
        if (count <= 0 || count > 200) {
            return;
        }
        out.add(rel(t, i, k, start, ad, (char) unit[0], sign * count));
    }

    private static Cand rel(Tokens t, int ts, int te, int start, LocalDate ad, char unit, int n) {
        String iso = null;
        if (ad != null) {
            switch (unit) {
                case 'D' -> iso = ad.plusDays(n).toString();
                case 'W' -> iso = ad.plusWeeks(n).toString();
                case 'M' -> {
                    YearMonth ym = YearMonth.from(ad).plusMonths(n);
                    iso = isoMonth(ym.getYear(), ym.getMonthValue());
                }
                case 'Y' -> iso = String.format("%04d", ad.getYear() + n);
                default -> {
                }
            }
        }
        return new Cand(ts, te, start, t.end[te - 1], iso, true);
    }

    // ------------------------------------------------------------------------------------------
    // weekdays

    /** [صباح|مساء|فجر|ليلة...] [يوم] WEEKDAY [الماضي|المقبل...]. */
    private static void weekday(Tokens t, int i, LocalDate ad, List<Cand> out) {
        int k = i;
        String w = KEYWORDS.contains(t.norm[i]) ? t.norm[i] : stripConj(t.norm[i]);
        int firstStrip = w.length() == t.norm[i].length() ? 0 : 1;
        boolean cue = false;
        if (TIME_OF_DAY.contains(w) && plain(t, k + 1) && !t.number[k + 1]) {
            k++;
            cue = true;
            w = t.norm[k];
        }
        if ((w.equals("يوم") || w.equals("يومي")) && plain(t, k + 1) && !t.number[k + 1]) {
            k++;
            cue = true;
            w = t.norm[k];
        } else if (k == i && w.length() > 4 && (w.charAt(0) == '\u0628' || w.charAt(0) == '\u0644')
                && WEEKDAYS.containsKey(w.substring(1))) {
            firstStrip += 1; // "بالجمعة"
            w = w.substring(1);
        }
        DayOfWeek dow = WEEKDAYS.get(w);
        if (dow == null) {
            return;
        }
        int end = k + 1;
        int dir = 0; // 0 = latest on/before, -1 strictly before, +1 strictly after
        if (plain(t, end) && !t.number[end]) {
            String a = t.norm[end];
            if (PAST.contains(a)) {
                dir = -1;
                end++;
                cue = true;
            } else if (FUTURE.contains(a)) {
                dir = 1;
                end++;
                cue = true;
            }
        }
        if (!cue && dow == DayOfWeek.MONDAY) {
            // "الاثنين" is also "the two": only with يوم/time-of-day/anchor or a following date
            if (!(end < t.size && t.number[end] && (t.gap[end] & ~Tokens.GAP_COMMA) == 0)) {
                return;
            }
        }
        int start = startAfter(t, i, firstStrip);
        String iso = null;
        if (ad != null) {
            LocalDate d = ad;
            if (dir == 1) {
                d = ad.plusDays(1);
                while (d.getDayOfWeek() != dow) {
                    d = d.plusDays(1);
                }
            } else {
                if (dir == -1) {
                    d = ad.minusDays(1);
                }
                while (d.getDayOfWeek() != dow) {
                    d = d.minusDays(1);
                }
            }
            iso = d.toString();
        }
        Cand c = new Cand(i, end, start, t.end[end - 1], iso, true);
        c.weekday = true;
        out.add(c);
    }

    /** "الثلاثاء 25 . 01 . 2022" / "يوم الأحد 5 آذار": one mention with the explicit date. */
    private static void mergeWeekdayWithDate(Tokens t, List<Cand> cands) {
        for (int x = 0; x + 1 < cands.size(); x++) {
            Cand a = cands.get(x);
            Cand b = cands.get(x + 1);
            if (a.weekday && b.fullDate && b.ts == a.te && (t.gap[b.ts] & ~Tokens.GAP_COMMA) == 0) {
                Cand m = new Cand(a.ts, b.te, a.start, b.end, b.iso, false);
                m.fullDate = true;
                cands.set(x, m);
                cands.remove(x + 1);
            }
        }
    }
}
