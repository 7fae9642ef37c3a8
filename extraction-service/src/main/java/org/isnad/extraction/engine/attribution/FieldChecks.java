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
}
