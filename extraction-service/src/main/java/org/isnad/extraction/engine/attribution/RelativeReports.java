package org.isnad.extraction.engine.attribution;

import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Attribution;

/**
 * "…، بحسب ما أفاد مراسل القناة، الذي أشار إلى أن …": a reporting verb in a relative clause set off by a comma
 * describes the source cited just before it, so its content keeps that source.
 */
final class RelativeReports {
    private RelativeReports() {
    }

    private static final Set<String> RELATIVE_PRONOUNS = ArabicLexicons.set("الذي", "التي", "الذين");

    /** @param j first token after the verb; the caller has checked that a complementiser or إلى أن follows */
    static CueHit hit(ParagraphContext c, int i, int j, int from, int to, List<CueHit> hits, String cueText) {
        if (hits.isEmpty() || i - 2 < from || !RELATIVE_PRONOUNS.contains(c.f[i - 1]) || !c.toks.get(i - 2).isComma()) {
            return null;
        }
        Attribution antecedent = hits.get(hits.size() - 1).attr;
        if (antecedent == null) {
            return null;
        }
        int q = j < to && c.f[j].equals("الي") ? j + 1 : j;
        if (q >= to || !ArabicAttributor.LEX.isComplementizer(c.f[q])) {
            return null;
        }
        CueHit h = new CueHit();
        h.kind = CueLexicon.Kind.VERB;
        h.regionStart = i - 1;
        h.contentStart = CueLexicon.carriesPronoun(c.f[q]) ? q : q + 1;
        h.cue = cueText;
        h.attr = new Attribution(antecedent.sourceType(), antecedent.source(), antecedent.outlet(), cueText);
        return h;
    }

    /**
     * A reporting verb with no speaker after it inside a running report: "…، ونفى أن تكون …" / "…، وأكد لـ«X» أن …" /
     * "…، ونفى وجود …" (a coordinated report of the same speaker opens a new claim) and "في خطوة قالت إنها …" (a
     * relative clause of the current speaker) continue the speaker; "…، الذي أشار إلى أن …" describes the source
     * just cited; anything else is a nested report inside reported speech (null).
     *
     * @param objectFirst a masdar object follows the verb directly ({@link ReportObjects#objectRightAfterVerb})
     */
    static CueHit withinReport(ParagraphContext c, int i, int j, int from, int to, List<CueHit> hits, String cueText,
                               boolean objectFirst) {
        CueLexicon lex = ArabicAttributor.LEX;
        boolean relative = i > from && c.toks.get(i - 1).kind() == org.isnad.extraction.engine.text.Token.Kind.WORD
                && !c.f[i - 1].startsWith("ال") && !org.isnad.extraction.engine.segment.ClauseRules.looksLikeVerb(c.f[i - 1])
                && j < to && lex.isComplementizer(c.f[j]);
        int comp = PrepositionalGaps.complementiserAfterOutlet(c, j, to); // "، وأكد لـ«X» أن …"
        boolean coordinated = i > from && c.toks.get(i - 1).isComma() && SentenceShapes.conjoined(c, i)
                && (comp >= 0 || objectFirst) && !c.insideQuote(i);
        if (!relative && !coordinated) {
            return hit(c, i, j, from, to, hits, cueText);
        }
        CueHit h = new CueHit();
        h.kind = CueLexicon.Kind.PARTICIPLE;
        h.regionStart = i;
        h.contentStart = objectFirst ? j : relative ? (CueLexicon.carriesPronoun(c.f[j]) ? j : j + 1)
                : CueLexicon.carriesPronoun(c.f[comp]) ? comp : comp + 1;
        h.cue = cueText;
        return h;
    }
}
