package org.isnad.extraction.engine.temporal;

import static org.isnad.extraction.engine.temporal.AbsoluteDates.*;
import static org.isnad.extraction.engine.temporal.DateLexicon.*;
import static org.isnad.extraction.engine.temporal.MonthNames.*;
import static org.isnad.extraction.engine.temporal.RelativeDates.*;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.extraction.engine.lexicon.ArabicText;
import org.isnad.extraction.engine.lexicon.GazetteerProclitics;
import org.isnad.extraction.engine.lexicon.Tokens;
import org.isnad.extraction.engine.text.KeyFilter;

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
    // =============================================================================================

    /** Internal candidate with token range. */
    static final class Cand {
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

    /** True if the folded word starts a month name of any naming system (used to skip days as quantities). */
    public static boolean isMonthWord(String folded) {
        return folded != null && MONTHS.containsKey(folded);
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
    static final Set<String> KEYWORDS = new HashSet<>();

    static {
        KEYWORDS.addAll(MONTHS.keySet());
        KEYWORDS.addAll(SHAHR);
        KEYWORDS.addAll(YEAR_CUE);
        KEYWORDS.addAll(YEAR_PREP);
        KEYWORDS.addAll(TIME_OF_DAY);
        KEYWORDS.addAll(WEEKDAYS.keySet());
        KEYWORDS.addAll(ORDINAL_UNITS.keySet());
        KEYWORDS.addAll(PERIOD_PLURAL);
        KEYWORDS.addAll(ArabicText.wordSet("اليوم أمس الأمس البارحة أول غدا يوم يومي بعد قبل منذ الأسبوع الشهر العام السنة هذا هذه هاد هادا هادي هاذا"));
    }

    /** {@link #KEYWORDS} as a bit filter: asked of every token, and of its clitic-stripped rest, mostly in vain. */
    private static final KeyFilter KEYWORD_KEYS = KeyFilter.of(KEYWORDS);

    static boolean mayStartDate(String w) {
        if (KEYWORD_KEYS.mightContain(w) && KEYWORDS.contains(w)) {
            return true;
        }
        int n = w.length();
        if (n < 3) {
            return false;
        }
        char c = w.charAt(0);
        if (c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0644') {
            if (KEYWORD_KEYS.mightContainFrom(w, 1) && KEYWORDS.contains(w.substring(1))) {
                return true;
            }
            char c1 = w.charAt(1);
            return n > 3 && (c == '\u0648' || c == '\u0641') && (c1 == '\u0628' || c1 == '\u0644')
                    && KEYWORD_KEYS.mightContainFrom(w, 2) && KEYWORDS.contains(w.substring(2));
        }
        return false;
    }

    static List<DateMention> run(Tokens t, LocalDate ad) {
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

    static int intValue(String digits, int maxLen) {
        if (digits.isEmpty() || digits.length() > maxLen) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < digits.length(); i++) {
            v = v * 10 + (digits.charAt(i) - '0');
        }
        return v;
    }

    static int yearValue(String digits) {
        return digits.length() == 4 ? intValue(digits, 4) : -1;
    }

    static String gapText(Tokens t, int k) {
        if (k <= 0 || k >= t.size) {
            return "";
        }
        return t.text.substring(t.end[k - 1], t.start[k]).strip();
    }

    static boolean plain(Tokens t, int k) {
        return k < t.size && t.gap[k] == 0;
    }

    static String stripConj(String w) {
        if (w.length() >= 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
            return w.substring(1);
        }
        return w;
    }

    /** Proclitic reading of token i found in the set: returns the stripped char count or -1. */
    static int cliticIn(Tokens t, int i, Set<String> set) {
        String w = t.norm[i];
        if (set.contains(w)) {
            return 0;
        }
        if (w.length() < 3) {
            return -1;
        }
        String[] forms = new String[8];
        int[] strip = new int[8];
        int n = GazetteerProclitics.readings(w, forms, strip);
        for (int r = 1; r < n; r++) {
            if (set.contains(forms[r])) {
                return strip[r];
            }
        }
        return -1;
    }

    static int startAfter(Tokens t, int i, int strip) {
        return strip <= 0 ? t.start[i] : ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String isoMonth(int y, int m) {
        if (y >= 0 && y <= 9999 && m >= 0 && m <= 99) {
            // the common case without String.format (its parser and Formatter cost more than the date rule itself);
            // ASCII digits, as the format writes them in the root and English locales the engine runs under
            char[] c = {(char) ('0' + y / 1000), (char) ('0' + y / 100 % 10), (char) ('0' + y / 10 % 10),
                    (char) ('0' + y % 10), '-', (char) ('0' + m / 10), (char) ('0' + m % 10)};
            return new String(c);
        }
        return String.format("%04d-%02d", y, m);
    }

    /** Gregorian date for day/month/year in the given system, or null if invalid. */
    static LocalDate date(int y, int m, int d, boolean hijri) {
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
    static LocalDate inferDate(int m, int d, boolean hijri, LocalDate ad, int dir) {
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

    static boolean validDay(int m, int d, boolean hijri) {
        if (hijri) {
            return d <= 30;
        }
        return d <= YearMonth.of(2024, m).lengthOfMonth();
    }

    /** -1 for "الماضي/الماضية..." after token k-1, +1 for "المقبل/القادم...", else 0. */
    static int anchorAfter(Tokens t, int k) {
        if (k >= t.size || t.gap[k] != 0 || t.number[k]) {
            return 0;
        }
        String a = t.norm[k];
        return PAST.contains(a) ? -1 : FUTURE.contains(a) ? 1 : 0;
    }

    /** "الثلاثاء 25 . 01 . 2022" / "يوم الأحد 5 آذار": one mention with the explicit date. */
    static void mergeWeekdayWithDate(Tokens t, List<Cand> cands) {
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
