package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.Appositives.nameLikeSegment;
import static org.isnad.extraction.engine.attribution.Appositives.segmentEnd;
import static org.isnad.extraction.engine.attribution.ArabicAttributor.LEX;
import static org.isnad.extraction.engine.attribution.OutletPhrases.isTerminator;

/**
 * "وبحسب ما أفادت مفوضة حقوق الطفل، فلانة الفلانية، عبر قناتها …، فإن …": after a prepositional cue the speaker
 * phrase normally ends at the first comma, but a title closed by a comma and followed by a name appositive is
 * one speaker, the named person; the content then starts after the فإن that answers the fronted بحسب phrase.
 */
final class PrepositionalNamedSources {
    private PrepositionalNamedSources() {
    }

    /**
     * "المكلف بالإعلام بالمديرية …، الملازم فلان،": a participle naming whom a task is entrusted to is a function,
     * like a title, and its appositive name is the speaker.
     */
    private static final java.util.Set<String> IN_CHARGE = ArabicLexicons.set("المكلف", "المكلفة", "المنسق",
            "المنسقة", "المشرف", "المشرفة");

    /** How far a circumstantial segment ("عبر قناتها على تلغرام") may run before the answering فإن. */
    private static final int MAX_GAP = 12;

    /**
     * The end of a name appositive starting after the comma at {@code comma} when the phrase [j, comma) opens with
     * a title; else -1.
     */
    static int nameAppositiveEnd(ParagraphContext c, int j, int comma, int to) {
        if (comma >= to || !c.toks.get(comma).isComma() || comma - j < 2
                || !ArabicLexicons.TITLES.contains(c.f[j]) && !IN_CHARGE.contains(c.f[j])) {
            return -1;
        }
        int e = segmentEnd(c, comma + 1, to);
        if (e <= comma + 1 || !nameLikeSegment(c, comma + 1, e)) {
            return -1;
        }
        return e;
    }

    /** Index after the answering "فإن" within a short distance of {@code from} (same sentence), or -1. */
    static int afterAnsweringFa(ParagraphContext c, int from, int to) {
        for (int q = from; q < Math.min(to, from + MAX_GAP); q++) {
            if (isTerminator(c.toks.get(q))) {
                return -1;
            }
            if (c.f[q].equals("فان") && q > from && c.toks.get(q - 1).isComma()) {
                return q + 1;
            }
            if (LEX.isComplementizer(c.f[q]) || LEX.lookup(c.f[q]) != null) {
                return -1;
            }
        }
        return -1;
    }
}
