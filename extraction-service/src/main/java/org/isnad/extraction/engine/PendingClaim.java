package org.isnad.extraction.engine;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extraction.engine.attribution.Drafts;
import org.isnad.extraction.engine.attribution.ParagraphContext;
import org.isnad.extraction.engine.text.Token;

/**
 * A claim drafted by the attributor, trimmed to the content a reviewer checks: original-text offsets, its
 * attribution, and its tokens (with their folded forms, for check-worthiness). The trimming rules live here, apart
 * from the pipeline, because they define what a claim's span is: no separators, enclosing quotes, dangling
 * connectors or final punctuation.
 */
record PendingClaim(int start, int end, Attribution attribution, List<Token> tokens, List<String> folded) {

    /** Trims a draft to the claimed content: no surrounding quotes, separators or final punctuation. */
    static PendingClaim trimmed(ParagraphContext ctx, Drafts d) {
        List<Token> toks = ctx.tokens();
        int a = d.tokStart();
        int b = d.tokEnd();
        boolean changed = true;
        while (changed && a < b) {
            changed = false;
            Token ta = toks.get(a);
            if (ta.isComma() || ta.isPunct(':') || ta.isPunct('-') || ta.isPunct('.') || ta.isPunct('؛')) {
                a++;
                changed = true;
                continue;
            }
            Token tb = toks.get(b - 1);
            if (tb.isComma() || tb.isPunct(':') || tb.isPunct('-') || tb.isPunct('.') || tb.isPunct('!')
                    || tb.isPunct('?') || tb.isPunct('؟') || tb.isPunct('؛')) {
                b--;
                changed = true;
            }
        }
        if (a < b && toks.get(a).isQuote()) {
            a++;
        }
        // leading / trailing connectors: "لكن،" … "، فيما"
        if (b - a > 2 && isConnector(ctx.folded(a))) {
            a++;
            while (a < b && toks.get(a).isComma()) {
                a++;
            }
        }
        while (b - a > 2 && (isConnector(ctx.folded(b - 1)) || toks.get(b - 1).isComma())) {
            b--;
        }
        int quotes = 0;
        for (int k = a; k < b; k++) {
            if (toks.get(k).isQuote()) {
                quotes++;
            }
        }
        while (b > a && toks.get(b - 1).isQuote() && quotes % 2 == 1) {
            b--;
            quotes--;
            while (b > a && (toks.get(b - 1).isPunct('.') || toks.get(b - 1).isComma())) {
                b--;
            }
        }
        // ". ”" endings
        while (b > a && (toks.get(b - 1).isPunct('.') || toks.get(b - 1).isComma())) {
            b--;
        }
        if (b <= a) {
            return null;
        }
        Span sp = ctx.tokens().isEmpty() ? null : ctx.text().toOriginal(toks.get(a).start(), toks.get(b - 1).end());
        if (sp == null || sp.length() == 0) {
            return null;
        }
        List<String> folded = new ArrayList<>(b - a);
        for (int k = a; k < b; k++) {
            folded.add(ctx.folded(k));
        }
        return new PendingClaim(sp.start(), sp.end(), d.attribution(), toks.subList(a, b), folded);
    }

    private static boolean isConnector(String f) {
        return f.equals("فيما") || f.equals("بينما") || f.equals("لكن") || f.equals("ولكن") || f.equals("و")
                || f.equals("كما") || f.equals("but") || f.equals("and") || f.equals("while");
    }
}
