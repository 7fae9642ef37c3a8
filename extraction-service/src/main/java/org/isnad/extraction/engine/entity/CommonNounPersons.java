package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * Person mentions that open with a common noun, a preposition or a title with a glued preposition — "جهاز تنمية",
 * "دولة", "طلب عدم الكشف", "عقب اجتماع", "لقائد", "كرة": the statistical tagger, filling gaps, reads a capitalised-
 * looking stretch of prose as a name. An Arabic personal name never opens with these words (a title opens a
 * titled name, but then the finders' person rules took it, without the glued لـ), so such mentions are dropped.
 * One fold of the first word per person mention.
 */
final class CommonNounPersons {
    private CommonNounPersons() {
    }

    /** Words that open prose, not names, beyond {@link ArabicLexicons#NOT_NAME}. */
    private static final Set<String> NOT_FIRST = ArabicLexicons.set("عقب", "إثر", "اثر", "خلال", "سابق", "سابقة",
            "كرة", "لقائد", "لرئيس", "لوزير", "لمدير", "لنائب", "لأمين", "لمحافظ", "لقاء", "اجتماع", "جلسة",
            "عملية", "حملة", "قرار", "مشروع", "برنامج", "خطة", "تقرير");

    /** Folded words of {@link ArabicLexicons#NOT_NAME} that are also names: على folds to علي, أم opens "أم محمد". */
    private static final Set<String> NAMES_TOO = ArabicLexicons.set("علي", "أم");

    /** The mentions without persons that open with a common word. */
    static List<Entity> review(List<Entity> in) {
        List<Entity> out = null;
        for (int k = 0; k < in.size(); k++) {
            Entity e = in.get(k);
            boolean drop = e.type() == EntityType.PERSON && opensWithCommonWord(e.text());
            if (drop && out == null) {
                out = new ArrayList<>(in.subList(0, k));
            }
            if (out != null && !drop) {
                out.add(e);
            }
        }
        return out == null ? in : out;
    }

    static boolean opensWithCommonWord(String text) {
        int sp = text.indexOf(' ');
        String first = Fold.fold(sp < 0 ? text : text.substring(0, sp));
        return ArabicLexicons.NOT_NAME.contains(first) && !NAMES_TOO.contains(first) || NOT_FIRST.contains(first);
    }
}
