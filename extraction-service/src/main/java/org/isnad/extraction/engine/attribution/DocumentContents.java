package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.text.Token;

/**
 * "وجاء في التقرير، الذي نُشر أمس …، أن …", "وجاء في البيان أن …": "it came in the document that" reports the
 * document's content, and the document speaks for its issuer, remembered when the document was cited or issued
 * before ({@link StatementIssuer#asDocument}, {@link IssuedDocuments}). Without a remembered issuer the sentence
 * stays narration (a document alone is not a source a fact-checker can cite).
 */
final class DocumentContents {
    private DocumentContents() {
    }

    /** Tokens scanned for the complementiser after the document (a relative aside between commas fits). */
    private static final int MAX_GAP = 24;

    /** A hit for "(و)جاء في الـDOC …، أن" at {@code i}, or null. */
    static CueHit hit(ParagraphContext c, int i, int to, SpeakerMemory mem) {
        String f = c.f[i];
        if (!(f.equals("وجاء") || f.equals("جاء")) || i + 3 >= to || !c.f[i + 1].equals("في")) {
            return null;
        }
        String doc = c.f[i + 2];
        if (!doc.startsWith("ال") || !StatementIssuer.DOCUMENT_NOUNS.contains(doc.substring(2))) {
            return null;
        }
        int cs = -1;
        for (int q = i + 3; q < Math.min(to, i + 3 + MAX_GAP); q++) {
            Token t = c.toks.get(q);
            if (OutletPhrases.isTerminator(t) || t.isQuote() || t.isPunct(':')) {
                return null;
            }
            if (ArabicAttributor.LEX.isComplementizer(c.f[q])) {
                cs = q == i + 3 || c.toks.get(q - 1).isComma() ? q + 1 : -1; // right after the document or its aside
                break;
            }
        }
        SpeakerMemory.Speaker issuer = cs > 0 && cs < to ? mem.byHead(doc, null) : null;
        if (issuer == null) {
            return null;
        }
        Attribution a = issuer.attribution();
        CueHit h = new CueHit();
        h.kind = CueLexicon.Kind.VERB;
        h.cue = c.origToken(i);
        h.regionStart = i;
        h.contentStart = cs;
        h.attr = new Attribution(a.sourceType(), a.source(), null, h.cue);
        return h;
    }
}
