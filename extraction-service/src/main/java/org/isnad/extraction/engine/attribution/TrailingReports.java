package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_NAMES;

import org.isnad.extraction.engine.text.Token;

/**
 * "…، على ما أفادت مصادر طبية وكالة فرانس برس": a trailing "as X reported", read like a trailing بحسب ما أفاد.
 * أفاد/أبلغ take the person told as a bare object, so an outlet after the source is the addressee, not part of it.
 */
final class TrailingReports {
    private TrailingReports() {
    }

    /** "على ما" + a reporting verb, after a comma: the prepositional attribution "as … reported". */
    static boolean alaMa(ParagraphContext c, int i, int to) {
        if (!c.f[i].equals("علي") || i + 2 >= to || !c.f[i + 1].equals("ما") || i == 0 || !c.toks.get(i - 1).isComma()) {
            return false;
        }
        CueLexicon.Cue cue = ArabicAttributor.LEX.lookup(c.f[i + 2]);
        return cue != null && cue.kind() == CueLexicon.Kind.VERB;
    }

    /**
     * An outlet word after the first word of a non-outlet source, not inside quotes: "مصادر محلية وكالة رويترز".
     * A source that is itself an outlet or a correspondent ("مراسل «القناة الإخبارية»") is left alone.
     */
    static boolean addresseeOutlet(ParagraphContext c, int j, int k) {
        if (k <= j + 1 || c.toks.get(k).kind() != Token.Kind.WORD || c.toks.get(k - 1).isQuote()) {
            return false;
        }
        String head = c.f[j];
        if (OUTLET_HEADS.contains(head) || OUTLET_NAMES.contains(head) || head.startsWith("مراسل")) {
            return false;
        }
        return OUTLET_HEADS.contains(c.f[k]) || OUTLET_NAMES.contains(c.f[k]);
    }
}
