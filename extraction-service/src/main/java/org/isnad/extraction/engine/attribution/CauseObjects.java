package org.isnad.extraction.engine.attribution;

import java.util.Set;

/**
 * "، مرجعاً ذلك إلى "نفاد المخزون"": a cause-giving participle, a back-referring object (ذلك / هذا / الأمر / السبب)
 * and إلى; the claim is the cause after إلى (the object only points back at the previous claim, which keeps its own
 * span). Another object ("مرجعاً ارتفاع الأسعار إلى …") is part of the content and is left to the general rule.
 */
final class CauseObjects {
    private CauseObjects() {
    }

    private static final Set<String> BACK_REFERENCES = ArabicLexicons.set("ذلك", "هذا", "الأمر", "السبب");

    /** The token after the participle at {@code i} where its content search starts. */
    static int skip(ParagraphContext c, int i, int to, CueLexicon.Cue cue) {
        int j = i + 1;
        if (!cue.lemma().equals(CueLexicon.CAUSE_LEMMA)) {
            return j;
        }
        return j + 2 < to && BACK_REFERENCES.contains(c.f[j]) && c.f[j + 1].equals("الي") ? j + 2 : j;
    }
}
