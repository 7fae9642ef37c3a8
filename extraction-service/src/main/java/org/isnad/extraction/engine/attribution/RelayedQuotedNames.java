package org.isnad.extraction.engine.attribution;

/**
 * "بحسب ما نقلته «بوابة X» عن مصادر برلمانية": a quoted name right after a verb of relaying (نقل) and followed by
 * "عن" only passes on what the source after "عن" said; that source is the one a fact-checker cites.
 */
final class RelayedQuotedNames {

    /** Longest quoted name looked at, in tokens. */
    private static final int MAX_NAME = 6;

    private RelayedQuotedNames() {
    }

    /**
     * @param q first token inside the opening quote
     * @return the index after "عن" when the quote closes within a few words and "عن" follows at once, else -1
     */
    static int afterClosingQuote(ParagraphContext c, int q, int b) {
        for (int k = q; k < Math.min(b - 2, q + MAX_NAME); k++) {
            if (c.toks.get(k).isQuote()) {
                return c.f[k + 1].equals("عن") ? k + 2 : -1;
            }
        }
        return -1;
    }
}
