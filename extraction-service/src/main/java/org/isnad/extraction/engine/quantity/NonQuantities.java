package org.isnad.extraction.engine.quantity;

import org.isnad.extraction.engine.lexicon.ArabicText;
import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.lexicon.Tokens;
import org.isnad.extraction.engine.temporal.DateRecognizer;

import java.util.Set;

/**
 * Numbers that are not quantities: dates, times and versions written with digits, a year after a year cue, a day
 * before a month name, a number that ends a listed name ("فرانس 24") or follows a Latin code ("F16"), and the
 * teen word of an ordinal ("السادسة عشرة"), a designation ("القرار 1701", "المادة 103") and a definite numeral
 * ("الساعات الـ24"). Kept apart
 * from {@link QuantityRecognizer} because these are the recogniser's precision rules: each one is a way a digit
 * string in news text names something other than an amount.
 */
final class NonQuantities {

    private static final Set<String> YEAR_CUE = ArabicText.wordSet("""
            عام العام لعام سنة السنة لسنة عامي في منذ حتى خلال مطلع أواخر أوائل منتصف بداية نهاية وفي ومنذ
            """);

    private NonQuantities() {
    }

    /**
     * If token i starts something that must not be read as a quantity (numeric date, time, version, a year
     * after a year cue, a number inside a name such as "فرانس 24", a day before a month name, a Latin code
     * such as "M4"), returns the token index to resume at; else i.
     */
    static int skip(Tokens t, int i) {
        if (!t.number[i]) {
            // the teen of an ordinal, "السادسة عشرة", "الحادي عشر": a rank (an age, a floor), not ten of anything
            boolean teen = t.norm[i].equals("عشره") || t.norm[i].equals("عشر");
            return teen && i > 0 && t.gap[i] == 0 && !t.number[i - 1] && t.norm[i - 1].startsWith("ال") ? i + 1 : i;
        }
        // a designation, not an amount: "القرار 1701", "المادة 103", "رقم 23"; and a definite numeral, "الساعات الـ24",
        // which counts the noun before it inside a longer phrase
        if (i > 0 && !t.number[i - 1] && (t.gap[i] & Tokens.GAP_BREAK) == 0
                && (NumberDesignations.names(t.norm[i - 1]) || t.norm[i - 1].equals("ال"))) {
            return i + 1;
        }
        // Latin letter code right before: "M4", "F16", "mf4"
        if (i > 0 && t.gap[i] == 0 && !t.number[i - 1] && isLatin(t.norm[i - 1])) {
            return i + 1;
        }
        // dates / times / versions: 25/1/2022, 25 . 01 . 2022, 10:30, 1.2.3
        if (i + 2 < t.size && t.number[i + 1] && t.number[i + 2]) {
            String g1 = gapText(t, i + 1);
            String g2 = gapText(t, i + 2);
            if (g1.length() == 1 && g1.equals(g2) && "/.-\\:".indexOf(g1.charAt(0)) >= 0) {
                int k = i + 3;
                while (k < t.size && t.number[k] && gapText(t, k).equals(g1)) {
                    k++;
                }
                return k;
            }
        }
        if (i + 1 < t.size && t.number[i + 1]) {
            String g = gapText(t, i + 1);
            if (g.equals(":")) {
                return i + 2; // time 10:30
            }
            if ((g.equals("/") || g.equals("-")) && t.norm[i + 1].length() == 4 && t.norm[i].length() <= 2) {
                return i + 2; // month/year 1/2022
            }
        }
        // a day before a month name: "25 كانون الثاني"
        if (t.norm[i].length() <= 2 && i + 1 < t.size && !t.number[i + 1] && (t.gap[i + 1] == 0)) {
            String nx = t.norm[i + 1];
            if (nx.equals("من") && i + 2 < t.size && !t.number[i + 2]) {
                nx = t.norm[i + 2];
            }
            if (DateRecognizer.isMonthWord(nx)) {
                return i + 1;
            }
        }
        // a year after a cue, or with a calendar suffix
        String d = t.norm[i];
        if (d.length() == 4) {
            int y = Integer.parseInt(d);
            boolean decimalOrGroup = i + 1 < t.size && t.number[i + 1] && t.gap[i + 1] != 0
                    && (gapText(t, i + 1).equals(",") || gapText(t, i + 1).equals("."));
            if (y >= 1900 && y <= 2100 && !decimalOrGroup) {
                if (i > 0 && !t.number[i - 1] && YEAR_CUE.contains(t.norm[i - 1]) && t.gap[i] == 0) {
                    return i + 1;
                }
                if (i + 1 < t.size && !t.number[i + 1] && (t.norm[i + 1].equals("م") || t.norm[i + 1].equals("ه"))) {
                    return i + 2;
                }
            }
            if (y >= 1300 && y <= 1600 && i + 1 < t.size && !t.number[i + 1] && t.norm[i + 1].equals("ه")) {
                return i + 2;
            }
        }
        // a number that ends a listed name: "فرانس 24", "القناة 12"
        if (i > 0 && t.gap[i] == 0 && !t.number[i - 1]) {
            for (Gazetteer.Hit h : Gazetteer.get().matchesAt(t, i - 1)) {
                if (h.tokEnd() == i + 1) {
                    return i + 1;
                }
            }
        }
        return i;
    }

    private static boolean isLatin(String w) {
        return !w.isEmpty() && w.charAt(0) < 0x250;
    }

    private static String gapText(Tokens t, int k) {
        if (k <= 0 || k >= t.size) {
            return "";
        }
        return t.text.substring(t.end[k - 1], t.start[k]).strip();
    }
}
