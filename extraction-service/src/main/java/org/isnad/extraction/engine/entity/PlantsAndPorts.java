package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;

/**
 * Plants, refineries and ports named by their site, as places (the guideline's "named facilities"), on the merged
 * mentions. The finders know the towns of the gazetteer but not the facility around them, nor small sites that are
 * known mostly by their plant:
 * <ul>
 *   <li>"معمل / مصفاة" + a name: a compound place name ("دير X"), a found place, or one definite word that is no
 *   product or activity ("معمل الإسمنت" is a kind of factory, not a named one) → the whole facility;</li>
 *   <li>the dual construct "معملي / مصفاتي A وB" names two facilities by two sites: A and B are places (the
 *   conjunction stays outside B);</li>
 *   <li>"سايلو / صومعة / مطحنة" + a name as for a plant, or one bare word that is no grain, kind or function word
 *   ("سايلو بادوش"): grain silos and mills are named after the small town they serve, which the gazetteer rarely
 *   knows, and the bare town name alone is not tagged;</li>
 *   <li>"الميناء / المرفأ" + a cardinal adjective ("الميناء الجنوبي"): a city's ports are told apart by their side,
 *   and that side is the port's name.</li>
 * </ul>
 */
final class PlantsAndPorts {
    private PlantsAndPorts() {
    }

    private static final String[] PLANT_HEADS = {"معمل", "مصفاة"};
    private static final String[] STORE_HEADS = {"سايلو", "صومعة", "مطحنة"};
    private static final String[] PLANT_DUALS = {"معملي", "مصفاتي"};
    private static final String[] PORT_HEADS = {"الميناء", "المرفأ"};

    /** What a plant makes or does: "معمل الإسمنت" is a kind of plant, not one named by its site. */
    private static final Set<String> PRODUCTS = ArabicLexicons.set("الإسمنت", "الاسمنت", "السكر", "الأدوية",
            "الحديد", "الصلب", "الزجاج", "الورق", "النسيج", "الغزل", "الألبان", "الأسمدة", "الكهرباء", "الطاقة",
            "التكرير", "الطوب", "الخزف", "البلاستيك", "الزيوت", "الزيت", "الغاز", "النفط", "الألمنيوم", "الكيماويات",
            "الذخيرة", "الذخائر", "المتفجرات", "الأعلاف", "الخبز", "الدقيق", "الطحين", "الحبوب", "القمح", "الحنطة",
            "الشعير", "الغلال", "التعبئة", "الإنتاج", "التوليد", "التحاليل",
            "الجنائي", "الجنائية", "الوحيد", "الرئيسي", "الجديد", "القديم", "الأول", "الثاني", "الذي", "التي",
            "المذكور", "نفسه", "ذاته");
    /** Bare words after a silo or mill that say what it holds, what it is like, or start a phrase: no name. */
    private static final Set<String> STORE_NOT_NAMES = ArabicLexicons.set("قمح", "حنطة", "حبوب", "شعير", "ذرة",
            "أرز", "رز", "دقيق", "طحين", "علف", "أعلاف", "غلال", "حكومي", "حكومية", "أهلي", "أهلية", "خاص", "خاصة",
            "كبير", "كبيرة", "صغير", "صغيرة", "جديد", "جديدة", "قديم", "قديمة", "ضخم", "ضخمة", "رئيسي", "رئيسية",
            "تابع", "تابعة", "واحد", "واحدة", "آخر", "أخرى", "مهجور", "مهجورة", "متضرر", "متضررة", "مدمر", "مدمرة",
            "غير", "من", "في", "على", "إلى", "الى", "عن", "مع", "قرب", "بين", "منذ", "خلال", "بعد", "قبل", "لم", "لا",
            "كان", "كانت", "هو", "هي", "تم", "يضم", "تضم", "يتسع", "تتسع");
    /** The sides a port is named by. */
    private static final Set<String> SIDES = ArabicLexicons.set("الشمالي", "الجنوبي", "الشرقي", "الغربي");

    /** The mentions with these facilities and sites in them, sorted by start. */
    static List<Entity> extend(String original, List<Entity> sorted) {
        List<Entity> found = null;
        for (String head : PLANT_HEADS) {
            found = plants(original, head, sorted, found);
        }
        for (String head : STORE_HEADS) {
            found = stores(original, head, sorted, found);
        }
        for (String head : PLANT_DUALS) {
            found = dualPlants(original, head, sorted, found);
        }
        for (String head : PORT_HEADS) {
            found = ports(original, head, sorted, found);
        }
        if (found == null) {
            return sorted;
        }
        List<Entity> out = new ArrayList<>(sorted.size() + found.size());
        for (Entity e : sorted) {
            boolean inside = false;
            for (Entity f : found) {
                inside |= e.start() >= f.start() && e.end() <= f.end();
            }
            if (!inside) {
                out.add(e);
            }
        }
        out.addAll(found);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "معمل الزهراني", "مصفاة بانياس" (a found place), "معمل دير عمار". */
    private static List<Entity> plants(String s, String head, List<Entity> sorted, List<Entity> acc) {
        for (int p = s.indexOf(head); p >= 0; p = s.indexOf(head, p + head.length())) {
            int headEnd = p + head.length();
            if (headEnd >= s.length() || s.charAt(headEnd) != ' ' || !bareOrClitic(s, p)) {
                continue; // "المعمل" is the one already named; "معملي" is the dual
            }
            List<int[]> words = NamedFacilities.wordsAfter(s, headEnd, 2);
            int end = nameEnd(s, words, 0, sorted);
            if (end > 0 && !NamedFacilities.crossesMention(sorted, p, end)) {
                acc = add(acc, s, p, end);
            }
        }
        return acc;
    }

    /** "سايلو بادوش", "صومعة الشماسية", "مطحنة عين شمس": a plant's name, or one bare word that is no common noun. */
    private static List<Entity> stores(String s, String head, List<Entity> sorted, List<Entity> acc) {
        for (int p = s.indexOf(head); p >= 0; p = s.indexOf(head, p + head.length())) {
            int headEnd = p + head.length();
            if (headEnd >= s.length() || s.charAt(headEnd) != ' ' || !bareOrClitic(s, p)) {
                continue;
            }
            List<int[]> words = NamedFacilities.wordsAfter(s, headEnd, 2);
            int end = nameEnd(s, words, 0, sorted);
            if (end < 0 && !words.isEmpty() && words.get(0)[0] == headEnd + 1
                    && NamedFacilities.mentionStartingAt(sorted, words.get(0)[0]) == null) {
                int[] w = words.get(0);
                String f = NamedFacilities.fold(s, w);
                if (f.length() >= 3 && !f.startsWith("ال") && !f.endsWith("ا") && !STORE_NOT_NAMES.contains(f)) {
                    end = w[1]; // "ا" ends the accusative of a common noun: "صومعة ضخمةً" is folded so
                }
            }
            if (end > 0 && !NamedFacilities.crossesMention(sorted, p, end)) {
                acc = add(acc, s, p, end);
            }
        }
        return acc;
    }

    /** "معملي دير عمار والزهراني": the two sites are places. */
    private static List<Entity> dualPlants(String s, String head, List<Entity> sorted, List<Entity> acc) {
        for (int p = s.indexOf(head); p >= 0; p = s.indexOf(head, p + head.length())) {
            int headEnd = p + head.length();
            if (headEnd >= s.length() || s.charAt(headEnd) != ' ' || !bareOrClitic(s, p)) {
                continue;
            }
            List<int[]> words = NamedFacilities.wordsAfter(s, headEnd, 4);
            int firstEnd = nameEnd(s, words, 0, sorted);
            if (firstEnd < 0) {
                continue;
            }
            int next = 0;
            while (next < words.size() && words.get(next)[1] <= firstEnd) {
                next++;
            }
            if (next >= words.size() || s.charAt(words.get(next)[0]) != 'و') {
                continue;
            }
            int secondStart = words.get(next)[0] + 1; // the conjunction stays outside the second site
            List<int[]> rest = new ArrayList<>(words.subList(next, words.size()));
            rest.set(0, new int[]{secondStart, rest.get(0)[1]});
            int secondEnd = nameEnd(s, rest, 0, sorted);
            if (secondEnd < 0 || NamedFacilities.crossesMention(sorted, words.get(0)[0], firstEnd)
                    || NamedFacilities.crossesMention(sorted, secondStart, secondEnd)) {
                continue;
            }
            acc = add(acc, s, words.get(0)[0], firstEnd);
            acc = add(acc, s, secondStart, secondEnd);
        }
        return acc;
    }

    /** "الميناء الجنوبي", "بالمرفأ الشمالي". */
    private static List<Entity> ports(String s, String head, List<Entity> sorted, List<Entity> acc) {
        for (int p = s.indexOf(head); p >= 0; p = s.indexOf(head, p + head.length())) {
            int headEnd = p + head.length();
            if (headEnd >= s.length() || s.charAt(headEnd) != ' ' || !bareOrClitic(s, p)) {
                continue;
            }
            List<int[]> words = NamedFacilities.wordsAfter(s, headEnd, 1);
            if (words.isEmpty() || !SIDES.contains(NamedFacilities.fold(s, words.get(0)))) {
                continue;
            }
            int end = words.get(0)[1];
            if (!NamedFacilities.crossesMention(sorted, p, end)) {
                acc = add(acc, s, p, end);
            }
        }
        return acc;
    }

    /**
     * End of the site name starting at {@code words[from]}: a found place or a compound place name (two words),
     * or one definite word that is no product; -1 if none.
     */
    private static int nameEnd(String s, List<int[]> words, int from, List<Entity> sorted) {
        if (from >= words.size()) {
            return -1;
        }
        int[] w = words.get(from);
        Entity m = NamedFacilities.mentionStartingAt(sorted, w[0]);
        if (m != null) {
            return m.type() == EntityType.LOCATION ? m.end() : -1;
        }
        String f = NamedFacilities.fold(s, w);
        if (NamedFacilities.COMPOUND_FIRST.contains(f) && from + 1 < words.size()) {
            return words.get(from + 1)[1];
        }
        return f.startsWith("ال") && f.length() >= 4 && !PRODUCTS.contains(f) ? w[1] : -1;
    }

    /** The head is a word of its own, or carries one proclitic (و ب ل ف). */
    private static boolean bareOrClitic(String s, int p) {
        String prefix = s.substring(NamedFacilities.wordStart(s, p), p);
        return prefix.isEmpty() || prefix.length() == 1 && "وبلف".indexOf(prefix.charAt(0)) >= 0;
    }

    private static List<Entity> add(List<Entity> acc, String s, int start, int end) {
        List<Entity> out = acc == null ? new ArrayList<>() : acc;
        String text = s.substring(start, end);
        out.add(new Entity(text, EntityType.LOCATION, start, end, text));
        return out;
    }
}
