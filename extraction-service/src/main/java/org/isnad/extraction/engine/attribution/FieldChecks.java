package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;

/**
 * "بحسب ما رصدته «الديرة» في جولة", "وفق ما عاينته «المنصة»": what a quoted name observed on the ground (رصد،
 * عاين، وثّق) is a news site's own field check — the outlet, not an official body. A quoted name alone carries no
 * institution head, so without this it falls through to OFFICIAL.
 */
final class FieldChecks {
    private FieldChecks() {
    }

    /** The attribution, retyped OUTLET when the relative verb at {@code verb} is a field check by a quoted name. */
    static Attribution retype(ParagraphContext c, int verb, int j, int spEnd, Attribution a) {
        if (verb < 0 || a.sourceType() != SourceType.OFFICIAL || !fieldCheck(c.f[verb]) || spEnd - j < 3
                || !c.toks.get(j).isQuote() || !c.toks.get(spEnd - 1).isQuote()) {
            return a;
        }
        for (int q = j + 1; q < spEnd - 1; q++) {
            if (c.toks.get(q).isQuote()) {
                return a; // two quoted spans: not one name
            }
        }
        return new Attribution(SourceType.OUTLET, a.source(), a.outlet(), a.cue());
    }

    private static boolean fieldCheck(String folded) {
        String f = folded.startsWith("و") ? folded.substring(1) : folded;
        return f.startsWith("رصد") || f.startsWith("عاين") || f.startsWith("وثق");
    }

    private static final java.util.Set<String> TIMES_OF_DAY = ArabicLexicons.set("صباح", "مساء", "ظهر", "ظهيرة",
            "فجر", "ليلة");

    private static final java.util.Set<String> DAYS = ArabicLexicons.set("اليوم", "أمس", "الأحد", "الاثنين",
            "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت");

    /**
     * "وفق ما عاينته «X» صباح اليوم في …": a time of day followed by its day ends the observer's name; the time
     * word alone ("قوات فجر …", a person "صباح") does not.
     */
    static boolean timeOfDay(ParagraphContext c, int q, int end) {
        return q + 1 < end && TIMES_OF_DAY.contains(c.f[q]) && DAYS.contains(c.f[q + 1]);
    }
}
