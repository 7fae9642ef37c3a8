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
 *
 * <p>The finders cut a long name at a coordinated part ("وكالة حرس الحدود" of "وكالة حرس الحدود والسواحل الأوروبية
 * (فرونتكس)"); up to three definite words ("الX", "والX") between the mention and the bracket are the rest of that
 * name, since an article puts the short name right after the whole name: the mention is extended over them.
 */
final class BracketedAcronyms {
    private BracketedAcronyms() {
    }

    private static final int MAX_CHARS = 24;
    private static final int MAX_WORDS = 2;

    /** Status words an article puts in brackets after a body's name: "جبهة النصرة (سابقاً)", "(المنحلة)". */
    private static final Set<String> NOT_NAMES = ArabicLexicons.set("سابقا", "سابقاً", "حاليا", "حالياً", "المنحلة",
            "المنحل", "المحظورة", "المحظور", "المعارضة", "المعارض", "الحكومية", "الرسمية", "الرسمي", "المصنفة",
            "الإرهابية", "إرهابية", "لاحقا", "لاحقاً", "مثلا", "مثلاً", "أيضا", "أيضاً",
            // the day of a statement: "وقالت الوزارة (الأحد)"
            "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم", "أمس");

    private static final int MAX_TAIL_WORDS = 3;

    /** {@code sorted} (by start) with the bracketed short names of its organisations added, still sorted. */
    static List<Entity> add(String original, List<Entity> sorted) {
        List<Entity> out = null;
        for (int k = 0; k < sorted.size(); k++) {
            Entity e = sorted.get(k);
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            int nameEnd = e.end();
            int[] span = bracketAfter(original, nameEnd);
            if (span == null) {
                nameEnd = definiteTailEnd(original, e.end());
                span = nameEnd > e.end() ? bracketAfter(original, nameEnd) : null;
            }
            if (span == null) {
                continue;
            }
            Entity next = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
            boolean sameSpan = next != null && next.start() == span[0] && next.end() == span[1];
            if (next != null && next.start() < span[1] + 1 && !sameSpan) {
                continue; // another mention inside or across the bracket: leave it to the finders
            }
            if (sameSpan && (next.type() == EntityType.ORGANIZATION || nameEnd > e.end()
                    && (next.type() == EntityType.DATE || next.type() == EntityType.QUANTITY))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(sorted);
            }
            String text = original.substring(span[0], span[1]);
            Entity acronym = new Entity(text, EntityType.ORGANIZATION, span[0], span[1], text);
            int at = out.indexOf(e) + 1;
            if (nameEnd > e.end()) {
                String whole = original.substring(e.start(), nameEnd);
                out.set(at - 1, new Entity(whole, e.type(), e.start(), nameEnd, whole));
            }
            if (sameSpan) {
                out.set(at, acronym); // the place or person reading of the short name yields
            } else {
                out.add(at, acronym);
            }
        }
        return out == null ? sorted : out;
    }

    /** End of up to three definite words ("الأوروبية", "والسواحل") right after {@code end}, or {@code end}. */
    static int definiteTailEnd(String s, int end) {
        int tail = end;
        int i = end;
        for (int words = 0; words < MAX_TAIL_WORDS && i < s.length() && s.charAt(i) == ' '; words++) {
            int a = i + 1;
            int b = a;
            while (b < s.length() && (Character.isLetter(s.charAt(b)) || isMark(s.charAt(b)))) {
                b++;
            }
            boolean definite = s.startsWith("ال", a) || s.startsWith("وال", a);
            if (b - a < 4 || !definite || b < s.length() && s.charAt(b) != ' ') {
                break;
            }
            tail = b;
            i = b;
        }
        return tail;
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
