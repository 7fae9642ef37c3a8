package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * Place mentions that name no place: a feature or area noun whose complement only points back at the region
 * already named or gives a direction, "حقول شمال المحافظة", "حقول الإقليم", "حقول الجنوب", "مناطق شرق البلاد".
 * Reviewed once on the merged mentions (every finder takes a trigger noun + a definite word), one fold per place.
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

    /** The mentions without the places that name nothing. */
    static List<Entity> review(List<Entity> in) {
        List<Entity> out = null;
        for (int k = 0; k < in.size(); k++) {
            Entity e = in.get(k);
            boolean drop = e.type() == EntityType.LOCATION && pointsOnly(e.text());
            if (drop && out == null) {
                out = new ArrayList<>(in.subList(0, k));
            } else if (!drop && out != null) {
                out.add(e);
            }
        }
        return out == null ? in : out;
    }

    private static boolean pointsOnly(String text) {
        if (text.indexOf(' ') < 0) {
            return false;
        }
        String[] w = Fold.fold(text).split(" ");
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
