package org.isnad.extraction.engine.attribution;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/** A paragraph's tokens with folded forms, quote depths and access to the original text. */
public final class ParagraphContext {
    final NormalizedText text;
    final List<Token> toks;
    final String[] f;
    /** quote nesting depth before token i (opening quotes counted at their own index as outside). */
    final int[] depth;
    final boolean[] opening;

    public ParagraphContext(NormalizedText text, List<Token> toks) {
        this.text = text;
        this.toks = toks;
        int n = toks.size();
        f = new String[n];
        depth = new int[n];
        opening = new boolean[n];
        for (int i = 0; i < n; i++) {
            f[i] = toks.get(i).folded();
        }
        int d = 0;
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            depth[i] = d;
            if (t.isQuote() && t.text().equals("\"")) {
                boolean open = isOpening(i);
                opening[i] = open;
                if (open) {
                    d++;
                } else if (d > 0) {
                    d--;
                }
            }
        }
    }

    /** True if token i is the preposition "على" (original spelling ends in ى), not the name "علي". */
    boolean alaPreposition(int i) {
        Token t = toks.get(i);
        var sp = text.toOriginal(t.start(), t.end());
        String o = text.original();
        return sp.end() > sp.start() && o.charAt(sp.end() - 1) == 'ى';
    }

    public NormalizedText text() {
        return text;
    }

    public boolean isQuoteOpening(int i) {
        return isOpeningQuote(i);
    }

    public List<Token> tokens() {
        return toks;
    }

    public String folded(int i) {
        return f[i];
    }

    /** Opening quote: glued to the next token, and separated from the previous one (or glued to a ل/و/ب clitic). */
    boolean isOpening(int i) {
        Token t = toks.get(i);
        boolean gluedNext = i + 1 < toks.size() && toks.get(i + 1).start() == t.end()
                && !toks.get(i + 1).isQuote() && toks.get(i + 1).kind() != Token.Kind.PUNCT;
        if (!gluedNext) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token p = toks.get(i - 1);
        if (p.end() < t.start()) {
            return true;
        }
        String pf = f[i - 1];
        return pf.equals("ل") || pf.equals("و") || pf.equals("ب") || pf.equals("ف") || pf.equals("لل")
                || pf.equals("(") || pf.equals("ال") || p.isQuote();
    }

    boolean isOpeningQuote(int i) {
        return toks.get(i).isQuote() && opening[i];
    }

    boolean isClosingQuote(int i) {
        return toks.get(i).isQuote() && !opening[i];
    }

    public boolean insideQuote(int i) {
        return depth[i] > 0;
    }

    /** Original text covered by tokens [a, b), with quote glyphs at both ends removed. */
    String orig(int a, int b) {
        while (a < b && (toks.get(a).isQuote() || toks.get(a).isPunct('(') || toks.get(a).isComma())) {
            a++;
        }
        boolean openParen = false;
        for (int k = a; k < b; k++) {
            if (toks.get(k).isPunct('(')) {
                openParen = true;
            }
        }
        while (b > a && (toks.get(b - 1).isQuote() || toks.get(b - 1).isPunct(')') && !openParen
                || toks.get(b - 1).isComma())) {
            b--;
        }
        if (a >= b) {
            return null;
        }
        var sp = text.toOriginal(toks.get(a).start(), toks.get(b - 1).end());
        return text.original().substring(sp.start(), sp.end());
    }

    /** The original text of one token (with its diacritics). */
    String origToken(int i) {
        var sp = text.toOriginal(toks.get(i).start(), toks.get(i).end());
        return text.original().substring(sp.start(), sp.end());
    }

    /** Folded text of tokens [a, b) joined by spaces, quotes and punctuation dropped. */
    String foldedJoin(int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int i = a; i < b; i++) {
            Token t = toks.get(i);
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(f[i]);
            }
        }
        return sb.toString();
    }
}
