package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.text.Token;

/**
 * "واتهم الكاتب العام للنقابة الجهوية للتعليم بصفاقس، منير الحداد، الوزارة بـ«الإهمال»": a title whose chain ends
 * in a ب-place ("بصفاقس", "بالعاصمة") and then its holder's name between commas. The ب-word is not the charge
 * preposition of the accusation: the accuser runs over the appositive name, and the accused starts after its
 * closing comma (with قال the report after the appositive already shows where the speaker ends).
 */
final class AccuserAppositives {
    private AccuserAppositives() {
    }

    /** Words a ب-chain may run over before the appositive ("بصندوق التنمية وإعادة الإعمار، فلان،"). */
    private static final int MAX_CHAIN = 8;

    /**
     * Start of the accused after "بمكان، فلان،" or "بمؤسسة X Y، فلان،" (the ب-word and a few bare words of its
     * name before the comma), or -1 when b (a ب-word) is not followed by such an appositive.
     */
    static int accusedAfterAppositive(ParagraphContext c, int b, int to) {
        int comma = b + 1;
        while (comma < to && comma - b <= MAX_CHAIN && !c.toks.get(comma).isComma()) {
            Token t = c.toks.get(comma);
            if (t.kind() != Token.Kind.WORD || c.f[comma].equals("ب") // the charge itself: no appositive before it
                    || NonReportingUses.cueWord(c, comma) || ArabicAttributor.LEX.isComplementizer(c.f[comma])) {
                return -1;
            }
            comma++;
        }
        if (comma + 1 >= to || !c.toks.get(comma).isComma()) {
            return -1;
        }
        int e = Appositives.appositiveAhead(c, comma, to);
        if (e <= comma + 1 || e + 1 >= to || !c.toks.get(e).isComma()) {
            return -1;
        }
        Token next = c.toks.get(e + 1);
        return next.kind() == Token.Kind.WORD && !SpeakerSpans.stop(c, e + 1) ? e + 1 : -1;
    }
}
