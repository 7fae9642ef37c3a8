package org.isnad.extraction.engine.temporal;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Hijri ↔ Gregorian conversion with ICU4J's Umm al-Qura calendar (civil fallback outside its table). */
public final class HijriCalendar {
    private HijriCalendar() {
    }

    private static IslamicCalendar newCalendar() {
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, com.ibm.icu.util.ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.setLenient(false);
        return cal;
    }

    /** Gregorian date of a Hijri date (month 1-12), or null if invalid. */
    public static LocalDate toGregorian(int year, int month, int day) {
        if (year < 1 || year > 3000 || month < 1 || month > 12 || day < 1 || day > 30) {
            return null;
        }
        try {
            IslamicCalendar cal = newCalendar();
            cal.clear();
            cal.set(IslamicCalendar.EXTENDED_YEAR, year);
            cal.set(IslamicCalendar.MONTH, month - 1);
            cal.set(IslamicCalendar.DAY_OF_MONTH, day);
            cal.set(IslamicCalendar.HOUR_OF_DAY, 12);
            long ms = cal.getTimeInMillis();
            return Instant.ofEpochMilli(ms).atZone(ZoneOffset.UTC).toLocalDate();
        } catch (RuntimeException e) {
            return null; // e.g. day 30 of a 29-day month
        }
    }

    /** Hijri {year, month(1-12), day} of a Gregorian date. */
    public static int[] fromGregorian(LocalDate d) {
        IslamicCalendar cal = newCalendar();
        cal.setTimeInMillis(d.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
        return new int[] {cal.get(IslamicCalendar.EXTENDED_YEAR), cal.get(IslamicCalendar.MONTH) + 1,
                cal.get(IslamicCalendar.DAY_OF_MONTH)};
    }
}
