package org.isnad.extraction.engine.entity;

import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * "حركة" is a movement (a political body: "حركة حماس", "حركة النهضة") and also plain motion or traffic: "حركة
 * الملاحة", "حركة السير", "حركة النزوح", "حركة الأسواق". The finders take both as organisation heads; an
 * organisation mention "حركة + a noun of traffic, trade or flow" (and nothing after it) names no body and is dropped.
 */
final class MovementMentions {
    private MovementMentions() {
    }

    private static final String HEAD = Fold.fold("حركة");

    /** Complements of "حركة" that make it motion, traffic or trade. */
    private static final Set<String> FLOWS = ArabicLexicons.set("الملاحة", "السير", "المرور", "النقل", "الطيران",
            "السفن", "الشحن", "العبور", "التنقل", "المسافرين", "الركاب", "البضائع", "التجارة", "الأسواق", "السوق",
            "البيع", "الشراء", "الأموال", "الأسعار", "النزوح", "الهجرة", "اللجوء", "الطائرات", "القطارات",
            "السيارات", "الشاحنات", "المشاة", "الزوار", "السياحة", "الإعمار", "البناء", "التداول", "الصادرات",
            "الواردات", "الاستيراد", "التصدير", "الإنتاج", "الرحلات");

    static List<Entity> review(List<Entity> in) {
        return EntityLists.without(in, MovementMentions::namesAMovement);
    }

    /** "حركة الملاحة", "حركة السير": an organisation mention that is motion, traffic or trade. */
    private static boolean namesAMovement(Entity e) {
        if (e.type() != EntityType.ORGANIZATION || e.text().length() >= 40) {
            return false;
        }
        String[] w = Fold.fold(e.text()).split(" ");
        return w.length == 2 && w[0].equals(HEAD) && FLOWS.contains(w[1]);
    }
}
