package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * Place mentions reviewed once on the merged mentions (every finder takes a trigger noun + a definite word), one
 * fold per place:
 * <ul>
 *   <li>a feature or area noun whose complement only points back at the region already named or gives a
 *   direction names no place: "حقول شمال المحافظة", "حقول الإقليم", "مناطق شرق البلاد" are dropped;</li>
 *   <li>the countryside or desert of a place is that place: "ريف دير الزور الشرقي", "بادية حمص" → the city (a
 *   definite region with its own name, "البادية السورية", is left whole).</li>
 * </ul>
 */
final class GenericPlaceMentions {
    private GenericPlaceMentions() {
    }

    /** Feature and area nouns (folded, without the article) that the finders take as place heads. */
    private static final Set<String> HEADS = ArabicLexicons.set("حقول", "حقل", "مناطق", "منطقة", "أحياء", "قرى",
            "بلدات", "مدن", "ريف", "أرياف");

    /** Directions and back-references: "شمال المحافظة", "الجنوب", "الإقليم". */
    private static final Set<String> POINTERS = ArabicLexicons.set("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
            "شرقي", "غربي", "وسط", "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط", "المحافظة", "الإقليم", "المنطقة",
            "البلاد", "المدينة", "الولاية", "البلدة", "القرية", "المملكة", "القطاع", "الدولة");

    private static final Set<String> NORTH_SOUTH = ArabicLexicons.set("شمال", "جنوب", "شمالي", "جنوبي");
    private static final Set<String> EAST_WEST = ArabicLexicons.set("شرق", "غرب", "شرقي", "غربي");

    /** Outskirts nouns: "ريف X", "بادية X" is the land around the place X. */
    private static final Set<String> OUTSKIRTS = ArabicLexicons.set("ريف", "بادية", "أرياف", "ضواحي");
    private static final Set<String> DIRECTION_ADJECTIVES = ArabicLexicons.set("الشرقي", "الغربي", "الشمالي",
            "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية", "الأوسط", "الأوسطة");

    /** The mentions without the places that name nothing, outskirts reduced to their place. */
    static List<Entity> review(List<Entity> in) {
        List<Entity> out = null;
        for (int k = 0; k < in.size(); k++) {
            Entity e = in.get(k);
            Entity r = e.type() != EntityType.LOCATION ? e : reviewOne(e);
            if (r != e && out == null) {
                out = new ArrayList<>(in.subList(0, k));
            }
            if (out != null && r != null) {
                out.add(r);
            }
        }
        return out == null ? in : out;
    }

    /**
     * One place, folded once: null when it only points back at a region, its place when it is an outskirts
     * phrase, else itself. The folded words stand for the written words when they are as many (folding maps
     * letters one by one and never joins or splits words that are single-spaced); otherwise each word is
     * folded on its own, as before.
     */
    private static Entity reviewOne(Entity e) {
        String t = e.text();
        int sp = t.indexOf(' ');
        if (sp < 0) {
            return e;
        }
        String[] w = Fold.fold(t).split(" ");
        String[] written = t.split(" ", -1);
        boolean aligned = w.length == written.length;
        if (pointsOnly(w)) {
            return null;
        }
        String first = aligned ? w[0] : Fold.fold(t.substring(0, sp));
        if (aligned && w.length >= 3 && NORTH_SOUTH.contains(first) && EAST_WEST.contains(w[1])) {
            int a = sp + 1 + written[1].length() + 1;
            String place = t.substring(a);
            if (w.length == 3 && POINTERS.contains(w[2])) {
                return null; // "جنوب غربي البلاد": a part of the region already named
            }
            return new Entity(place, e.type(), e.start() + a, e.end(), place);
        }
        if (!OUTSKIRTS.contains(first)) {
            return e;
        }
        int a = sp + 1;
        int b = t.length();
        int last = t.lastIndexOf(' ');
        int nameWords = written.length - 1;
        if (last > a && DIRECTION_ADJECTIVES.contains(aligned ? w[w.length - 1] : Fold.fold(t.substring(last + 1)))) {
            b = last;
            nameWords--;
        }
        String name = t.substring(a, b);
        if (name.isBlank()) {
            return e;
        }
        String foldedName = aligned ? String.join(" ", java.util.Arrays.copyOfRange(w, 1, 1 + nameWords))
                : Fold.fold(name);
        if (POINTERS.contains(foldedName)) {
            return e;
        }
        return new Entity(name, EntityType.LOCATION, e.start() + a, e.start() + b, name);
    }

    private static boolean pointsOnly(String[] w) {
        if (!HEADS.contains(DescriptiveOrgMentions.bare(w[0]))) {
            return false;
        }
        for (int k = 1; k < w.length; k++) {
            if (!POINTERS.contains(w[k])) {
                return false;
            }
        }
        return true;
    }
}
