package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * "الأمن العام", the General Security directorate of Lebanon, Jordan and Syria, which the gazetteer cannot take bare
 * because the same words are "public order" ("حفظ الأمن العام", "الإخلال بالأمن العام"). Personnel or units of it
 * ("عناصر من الأمن العام", "دوريات الأمن العام", "حاجز للأمن العام") name the body: public order has no members.
 * Found by substring search; only the two words before each occurrence are folded.
 */
final class GeneralSecurityMentions {
    private GeneralSecurityMentions() {
    }

    private static final String NAME = "الأمن العام";
    /** Personnel and units: what a security body has and public order does not. */
    private static final Set<String> MEMBERS = ArabicLexicons.set("عناصر", "عنصر", "دوريات", "دورية", "ضباط", "ضابط",
            "أفراد", "فرد", "رجال", "حاجز", "حواجز", "مفرزة", "مفارز", "دوريتين", "عنصرين", "عناصرها", "مدير",
            "مديرية", "مسؤول", "مسؤولو", "جهاز", "قائد", "فرع", "مركز", "مكتب", "ناطق", "متحدث", "قوة", "قوات",
            "ضابطان", "ضابطين", "عنصران", "دوريتان", "مسؤولي", "منتسبي", "منتسبو");
    private static final Set<String> LINKS = ArabicLexicons.set("من", "في", "تابعة", "تابع", "تابعين", "تابعون");

    /** The mentions with the body added where its members are named, sorted by start. */
    static List<Entity> add(String original, List<Entity> sorted) {
        List<Entity> added = null;
        for (int p = original.indexOf(NAME); p >= 0; p = original.indexOf(NAME, p + NAME.length())) {
            int end = p + NAME.length();
            if (end < original.length() && Character.isLetter(original.charAt(end))) {
                continue; // "الأمن العامة"-like forms are other words
            }
            int cs = p;
            if (p > 0 && Character.isLetter(original.charAt(p - 1))) {
                if ("وب".indexOf(original.charAt(p - 1)) < 0 || p > 1 && Character.isLetter(original.charAt(p - 2))) {
                    continue;
                }
                cs = p - 1; // "والأمن العام", "بالأمن العام"
            }
            String raw = wordBefore(original, cs);
            String prev = Fold.fold(raw);
            if (LINKS.contains(prev)) {
                prev = Fold.fold(wordBefore(original, cs - raw.length() - 1));
            }
            if (!member(prev) || overlaps(sorted, p, end)) {
                continue;
            }
            if (added == null) {
                added = new ArrayList<>(sorted);
            }
            added.add(new Entity(original.substring(p, end), EntityType.ORGANIZATION, p, end, NAME));
        }
        if (added == null) {
            return sorted;
        }
        added.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return added;
    }

    private static boolean member(String w) {
        if (MEMBERS.contains(w)) {
            return true;
        }
        return w.length() > 2 && "وبل".indexOf(w.charAt(0)) >= 0 && MEMBERS.contains(w.substring(1));
    }

    private static boolean overlaps(List<Entity> sorted, int start, int end) {
        for (Entity e : sorted) {
            if (e.start() < end && e.end() > start) {
                return true;
            }
        }
        return false;
    }

    /** The word ending just before {@code at} (after one space, or glued clitic excluded), "" if none. */
    private static String wordBefore(String s, int at) {
        int b = at;
        if (b > 0 && s.charAt(b - 1) == ' ') {
            b--;
        } else {
            return "";
        }
        int a = b;
        while (a > 0 && (Character.isLetter(s.charAt(a - 1)) || s.charAt(a - 1) >= '\u064B' && s.charAt(a - 1) <= '\u0652')) {
            a--;
        }
        return s.substring(a, b);
    }
}
