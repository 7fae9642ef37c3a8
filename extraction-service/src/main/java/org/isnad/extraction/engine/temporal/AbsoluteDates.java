package org.isnad.extraction.engine.temporal;

import static org.isnad.extraction.engine.temporal.DateLexicon.*;
import static org.isnad.extraction.engine.temporal.DateRecognizer.*;
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
import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.lexicon.Tokens;

/** Absolute dates for {@link DateRecognizer}: month names with day and year, numeric dates, ordinal days, «عام 2022», suffixed years. */
final class AbsoluteDates {
    private AbsoluteDates() {
    }

    // ------------------------------------------------------------------------------------------
    // absolute dates

    /** 25/1/2022, 25 . 01 . 2022, 2022-01-25, 25-1-22. */
    static void numericDate(Tokens t, int i, LocalDate ad, List<Cand> out) {
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
    static void dayMonth(Tokens t, int i, LocalDate ad, List<Cand> out) {
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
    static void ordinalDayMonth(Tokens t, int i, LocalDate ad, List<Cand> out) {
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

    static void dateFrom(Tokens t, int i, int start, int d, int[] m, LocalDate ad, List<Cand> out) {
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

    /** "كانون الثاني 2022", "شهر آذار", "في أيار", "رمضان 1443 هـ". */
    static void monthYear(Tokens t, int i, LocalDate ad, List<Cand> out) {
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
        // ambiguous month words (مارس، آب، رمضان...) need "شهر", a day or a year; others stand alone. A Hijri month
        // (رمضان، شعبان، رجب) may also stand with a past/next modifier, "رمضان الماضي" like "تموز الماضي": the given
        // name رجب or the word صفر ("zero") is not followed by الماضي / المقبل
        if (amb && !shahr && !(hijri && anchorAfter(t, m[0]) != 0)) {
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
    static void yearCue(Tokens t, int i, List<Cand> out) {
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

    static boolean looksLikeCountedNoun(String w) {
        // a year is followed by punctuation, a preposition, a verb... a counted noun is indefinite
        return !w.startsWith("\u0627\u0644") && !w.equals("م") && w.length() >= 3
                && !Set.of("في", "من", "على", "الى", "عن", "وفي", "حيث", "بعد", "قبل", "حين", "عندما", "كان",
                "كانت", "تم", "وقد", "قد", "لكن", "وهو", "وهي", "حتي", "بين", "اثر", "خلال", "ضد", "مع").contains(w);
    }

    /** "1443 هـ", "2022 م" without a cue word. */
    static void suffixedYear(Tokens t, int i, List<Cand> out) {
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
}
