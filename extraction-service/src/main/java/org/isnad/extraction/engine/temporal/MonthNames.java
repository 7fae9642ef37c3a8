package org.isnad.extraction.engine.temporal;

import static org.isnad.extraction.engine.temporal.DateLexicon.*;
import static org.isnad.extraction.engine.temporal.DateRecognizer.*;
import static org.isnad.extraction.engine.temporal.RelativeDates.*;
import java.util.List;
import org.isnad.extraction.engine.lexicon.ArabicText;
import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.lexicon.Tokens;

/**
 * Month names as they appear in dates: Levantine, Egyptian/Maghrebi and Hijri names with clitics, "شهر" before
 * them, a second name of the same month ("تموز/يوليو", "أيار (مايو)"), and the year that may follow. Shared by the
 * absolute and relative date rules.
 */
final class MonthNames {
    private MonthNames() {
    }

    /**
     * Month name at token j. Returns {endExcl, month, hijri, ambiguous, strip, shahr} or null. A leading
     * "شهر" is consumed; a second name of the same month after "/" or "(" is consumed too.
     */
    static int[] parseMonth(Tokens t, int j, boolean allowClitic) {
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

    static int[] finishMonth(Tokens t, int[] m, int strip, int shahr) {
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
    static int[] monthAt(Tokens t, int k, boolean allowClitic) {
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

    static int[] monthWith(Tokens t, int k, String first, int strip) {
        List<MonthName> l = MONTHS.get(first);
        if (l == null) {
            return null;
        }
        for (MonthName m : l) {
            int n = m.toks().length;
            if (k + n > t.size) {
                continue;
            }
            boolean ok = true;
            for (int x = 1; x < n; x++) {
                if (t.gap[k + x] != 0 || !t.norm[k + x].equals(m.toks()[x])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return new int[] {k + n, m.month(), m.hijri() ? 1 : 0, m.ambiguous() ? 1 : 0, strip};
            }
        }
        return null;
    }

    /**
     * Year after a month at token k: [من] [العام|عام|سنة] YYYY [suffix]. Returns {endExcl, year, hijriSuffix
     * (1 hijri, 2 gregorian, 0 none)} or null.
     */
    static int[] parseYearAfter(Tokens t, int k) {
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
}
