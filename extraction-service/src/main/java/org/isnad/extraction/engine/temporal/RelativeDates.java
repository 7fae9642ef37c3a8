package org.isnad.extraction.engine.temporal;

import static org.isnad.extraction.engine.temporal.AbsoluteDates.*;
import static org.isnad.extraction.engine.temporal.DateLexicon.*;
import static org.isnad.extraction.engine.temporal.MonthNames.*;
import static org.isnad.extraction.engine.temporal.DateRecognizer.*;
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
import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.lexicon.Tokens;

/** Relative dates for {@link DateRecognizer}: اليوم/أمس/الأسبوع الماضي, durations (قبل يومين، منذ ثلاثة أشهر) and weekdays, resolved against the article date. */
final class RelativeDates {
    private RelativeDates() {
    }

    // ------------------------------------------------------------------------------------------
    // relative expressions

    static void relative(Tokens t, int i, LocalDate ad, List<Cand> out) {
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
                } else if (futureBefore(t, i)) {
                    duration(t, i, start, ad, +1, out);
                }
            }
            case "قبل", "منذ" -> duration(t, i, start, ad, -1, out);
            case "الاسبوع", "الشهر", "العام", "السنه" -> {
                if (!plain(t, i + 1) || t.number[i + 1]) {
                    return;
                }
                if (w.equals("العام") && conj == 0 && publicAdjective(t, i)) {
                    return; // "قانون الدين العام السابق": العام is "public", السابق belongs to قانون
                }
                String nx = t.norm[i + 1];
                int dir = PAST.contains(nx) ? -1 : FUTURE.contains(nx) ? 1 : CURRENT.contains(nx) ? 0 : 9;
                if (dir == 9) {
                    return;
                }
                char unit = w.equals("الاسبوع") ? 'W' : w.equals("الشهر") ? 'M' : 'Y';
                out.add(rel(t, i, i + 2, start, ad, unit, dir));
            }
            case "هذا", "هذه", "هاد", "هادا", "هادي", "هاذا" -> { // the spoken demonstratives, "هاد الصباح"
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

    /** Nouns that "العام" follows as the adjective "public / general" (الدين العام، الأمين العام، الرأي العام...). */
    static final java.util.Set<String> PUBLIC_NOUNS = ArabicText.wordSet("الدين الأمين المدعي النائب الرأي القطاع "
            + "المال الإضراب المؤتمر المدير الأمن النفع الشأن الصالح العفو التعليم الإنفاق المرشد المفتش الحق "
            + "النظام الاتحاد");

    /**
     * True when "العام" at i directly follows a noun it qualifies as "public / general" ("قانون الدين العام
     * السابق": السابق belongs to قانون, no year is meant). "ارتفعت الأسعار العام الماضي" stays a date.
     */
    static boolean publicAdjective(Tokens t, int i) {
        return i > 0 && t.gap[i] == 0 && !t.number[i - 1] && PUBLIC_NOUNS.contains(t.norm[i - 1]);
    }

    /**
     * "بعد يومين" counts from the event the clause narrates ("تراجعت عنه الحكومة بعد يومين": two days after the
     * decision), which is no calendar date; only in a clause about the future ("ستنطلق الأشغال بعد يومين") does it
     * count from the article's day. Looks back over the clause (up to punctuation, eight words) for a future verb
     * (سـ + a present prefix) or "سوف".
     */
    static boolean futureBefore(Tokens t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 8 && t.gap[k + 1] == 0; k--) {
            String w = DateRecognizer.stripConj(t.norm[k]);
            if (w.equals("سوف") || w.length() >= 4 && w.charAt(0) == 'س' && "يتنا".indexOf(w.charAt(1)) >= 0
                    && !w.startsWith("سنو")) {
                return true;
            }
        }
        return false;
    }

    /** قبل/منذ/بعد + duration ("قبل يومين", "منذ ثلاثة أشهر", "بعد 5 سنوات", "قبل أيام"). */
    static void duration(Tokens t, int i, int start, LocalDate ad, int sign, List<Cand> out) {
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

    static Cand rel(Tokens t, int ts, int te, int start, LocalDate ad, char unit, int n) {
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
    static void weekday(Tokens t, int i, LocalDate ad, List<Cand> out) {
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
}
