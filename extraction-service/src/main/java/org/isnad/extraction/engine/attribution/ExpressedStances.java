package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.LEX;
import static org.isnad.extraction.engine.attribution.OutletPhrases.isTerminator;

/**
 * "أعربت الوزارة عن شكرها لـ…", "، معرباً عن قلقه من …": expressing a feeling (concern, thanks, regret, welcome)
 * states nothing about the world that could be checked, so the clause is no claim (guideline: a claim is a
 * statement about the world). With a complementiser ("أعرب عن اعتقاده بأن …") the content after it is a claim,
 * and the ordinary cue rules apply.
 */
final class ExpressedStances {
    private ExpressedStances() {
    }

    private static final String LEMMA = "أعرب";

    /** How far to look for a complementiser in the clause ("أعرب … عن ثقته بأن …"). */
    private static final int MAX_CLAUSE = 25;

    /** A dropped (CALL-like) hit for an expressive cue at {@code i} without a complementiser, else null. */
    static CueHit hit(ParagraphContext c, int i, int from, int to, CueLexicon.Cue cue) {
        if (!cue.lemma().equals(LEMMA)) {
            return null;
        }
        boolean afterComma = i > from && c.toks.get(i - 1).isComma();
        boolean atStart = i - from <= 1;
        if (!afterComma && !atStart) {
            return null;
        }
        for (int k = i + 1; k < Math.min(to, i + MAX_CLAUSE); k++) {
            if (isTerminator(c.toks.get(k)) || c.toks.get(k - 1).isComma() && LEX.lookup(c.f[k]) != null) {
                break; // (the sentence or the clause ends: "…، مؤكدةً أن" is the next report)
            }
            if (LEX.isComplementizer(c.f[k])) {
                return null; // "أعرب عن اعتقاده بأن …": a report after all
            }
        }
        CueHit h = new CueHit();
        h.regionStart = afterComma ? i - 1 : from;
        h.kind = CueLexicon.Kind.CALL;
        h.contentStart = i + 1;
        h.cue = c.origToken(i);
        return h;
    }
}
