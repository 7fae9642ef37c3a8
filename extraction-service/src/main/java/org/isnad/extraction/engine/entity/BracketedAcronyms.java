package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * The short name an article gives a body in brackets right after its full name: "وكالة الأنباء الأردنية (بترا)",
 * "شركة تسويق النفط الوطنية (سومو)", "هيئة عمليات التجارة البحرية البريطانية (UKMTO)". Arabic news introduces
 * acronyms and agency short names this way, and no list can hold them all (every ministry, company and mission has
 * one); the bracket after a found organisation is what says the word is its name. The bracket must hold one or two
 * words of letters only, directly after the organisation mention: "(المحظور في روسيا)", "(19 عاماً)" and a
 * bracket after a non-organisation stay out. A place or person reading of the same word ("البترا" is also Petra)
 * yields to the organisation reading there.
 */
final class BracketedAcronyms {
    private BracketedAcronyms() {
    }

    private static final int MAX_CHARS = 24;
    private static final int MAX_WORDS = 2;

    /** Status words an article puts in brackets after a body's name: "جبهة النصرة (سابقاً)", "(المنحلة)". */
    private static final Set<String> NOT_NAMES = ArabicLexicons.set("سابقا", "سابقاً", "حاليا", "حالياً", "المنحلة",
            "المنحل", "المحظورة", "المحظور", "المعارضة", "المعارض", "الحكومية", "الرسمية", "الرسمي", "المصنفة",
            "الإرهابية", "إرهابية", "لاحقا", "لاحقاً", "مثلا", "مثلاً", "أيضا", "أيضاً");

    /** {@code sorted} (by start) with the bracketed short names of its organisations added, still sorted. */
    static List<Entity> add(String original, List<Entity> sorted) {
        List<Entity> out = null;
        for (int k = 0; k < sorted.size(); k++) {
            Entity e = sorted.get(k);
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int[] span = bracketAfter(original, e.end());
            if (span == null) {
                continue;
            }
            Entity next = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
            boolean sameSpan = next != null && next.start() == span[0] && next.end() == span[1];
            if (next != null && next.start() < span[1] + 1 && !sameSpan) {
                continue; // another mention inside or across the bracket: leave it to the finders
            }
            if (sameSpan && next.type() == EntityType.ORGANIZATION) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(sorted);
            }
            String text = original.substring(span[0], span[1]);
            Entity acronym = new Entity(text, EntityType.ORGANIZATION, span[0], span[1], text);
            int at = out.indexOf(e) + 1;
            if (sameSpan) {
                out.set(at, acronym); // the place or person reading of the short name yields
            } else {
                out.add(at, acronym);
            }
        }
        return out == null ? sorted : out;
    }

    /** [start, end) of the bracket content right after {@code end} (spaces only between), or null. */
    static int[] bracketAfter(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '(') {
            return null;
        }
        int close = s.indexOf(')', i + 1);
        if (close < 0 || close - i - 1 > MAX_CHARS) {
            return null;
        }
        int a = i + 1;
        int b = close;
        while (a < b && s.charAt(a) == ' ') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == ' ') {
            b--;
        }
        if (b - a < 2) {
            return null;
        }
        int words = 1;
        for (int j = a; j < b; j++) {
            char c = s.charAt(j);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c) && !isMark(c)) {
                return null;
            }
        }
        if (words > MAX_WORDS || NOT_NAMES.contains(Fold.fold(s.substring(a, b)))) {
            return null;
        }
        return new int[]{a, b};
    }

    /** Arabic diacritics and tatweel, written inside names. */
    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u0652' || c == '\u0640' || c == '\u0670';
    }
}
