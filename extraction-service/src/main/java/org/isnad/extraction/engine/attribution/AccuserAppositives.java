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

    /** Start of the accused after "بمكان، فلان،", or -1 when b (a ب-word) is not followed by such an appositive. */
    static int accusedAfterAppositive(ParagraphContext c, int b, int to) {
        if (b + 2 >= to || !c.toks.get(b + 1).isComma()) {
            return -1;
        }
        int e = Appositives.appositiveAhead(c, b + 1, to);
        if (e <= b + 2 || e + 1 >= to || !c.toks.get(e).isComma()) {
            return -1;
        }
        Token next = c.toks.get(e + 1);
        return next.kind() == Token.Kind.WORD && !SpeakerSpans.stop(c, e + 1) ? e + 1 : -1;
    }
}
