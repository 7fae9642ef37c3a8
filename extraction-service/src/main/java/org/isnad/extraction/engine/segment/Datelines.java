package org.isnad.extraction.engine.segment;

import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.attribution.CueLexicon;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.Token;

/**
 * Headline and dateline detection.
 * <ul>
 *   <li>Headline: the first line of a multi-line article when it equals the request title, or when it is
 *       short (at most 25 words) and does not end with a period.</li>
 *   <li>Dateline: at the start of one of the first body paragraphs, a prefix of at most 8 words ending with a
 *       dash run ({@code دمشق - سانا -}, {@code موسكو (رويترز) -}, {@code السيمر / فيينا / الثلاثاء 25 . 01 . 2022 ——-},
 *       {@code LONDON (Reuters) -}) that holds no reporting cue and no comma-clause; or a whole short line of
 *       the form {@code X - Y}; or a dateline followed by a pipe-separated web byline
 *       ({@code الكويت - «القبس» | الأربعاء 12 رجب 1445 هـ - الموافق 24/01/2024}). Datelines are never claims (their place names still are entities).</li>
 * </ul>
 */
public final class Datelines {
    private Datelines() {
    }

    private static final Set<String> EN_VERBS = Set.of("said", "says", "told", "was", "is", "were", "are", "has",
            "have", "had", "will", "would");

    public static boolean isHeadline(String folded, int words, boolean multiLine, String requestTitleFolded) {
        if (requestTitleFolded != null && !requestTitleFolded.isEmpty()
                && (folded.equals(requestTitleFolded) || folded.startsWith(requestTitleFolded))) {
            return true;
        }
        if (!multiLine || words == 0 || words > 25) {
            return false;
        }
        char last = folded.charAt(folded.length() - 1);
        return last != '.' || folded.endsWith("..");
    }

    /** Returns the token index where the body starts after a dateline prefix, or {@code from} if none. */
    public static int datelineEnd(List<Token> toks, int from, int to) {
        int words = 0;
        int best = from;
        boolean paren = false;
        boolean slash = false;
        int limit = Math.min(to, from + 16);
        for (int i = from; i < limit; i++) {
            Token t = toks.get(i);
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                String f = Fold.lower(t.text());
                if (CueLexicon.get().lookup(f) != null || EN_VERBS.contains(f)) {
                    break;
                }
                words++;
                if (words > 8) {
                    break;
                }
                continue;
            }
            if (t.isPunct('(')) {
                paren = true;
                continue;
            }
            if (t.isPunct('/')) {
                slash = true;
                continue;
            }
            if (t.isPunct('-') && words > 0) {
                int j = i;
                while (j < to && (toks.get(j).isPunct('-') || toks.get(j).isPunct('—'))) {
                    j++;
                }
                boolean numericRange = i > from && toks.get(i - 1).kind() == Token.Kind.NUMBER && j < to
                        && toks.get(j).kind() == Token.Kind.NUMBER;
                if (!numericRange && (words <= 3 || paren || slash || isUpperWord(toks.get(from)))) {
                    best = j;
                }
                i = j - 1;
                continue;
            }
            if (t.isPunct(')') || t.isPunct(',') || t.isPunct('.')) {
                if (t.isPunct('.') && !(i > from && toks.get(i - 1).kind() == Token.Kind.NUMBER)) {
                    break;
                }
                continue;
            }
            if (t.isComma() || t.isPunct(':')) {
                if (t.isPunct(',') && i > from && isUpperWord(toks.get(from))) {
                    continue; // "KHARTOUM, Sudan (AP) —"
                }
                break;
            }
        }
        if (best > from && pipeBylineRest(toks, best, to)) {
            return to; // "الكويت - «القبس» | الأربعاء 12 رجب 1445 هـ - الموافق 24/01/2024"
        }
        // whole short line "دمشق - سانا"
        if (best == from && to - from <= 7) {
            boolean dash = false;
            int w = 0;
            for (int i = from; i < to; i++) {
                Token t = toks.get(i);
                if (t.isPunct('-')) {
                    dash = true;
                } else if (t.kind() == Token.Kind.WORD) {
                    w++;
                    if (CueLexicon.get().lookup(Fold.lower(t.text())) != null) {
                        return from;
                    }
                } else if (Sentences.isTerminator(t)) {
                    return from;
                }
            }
            if (dash && w >= 2 && w <= 5) {
                return to;
            }
        }
        return best;
    }

    /** Most words after a dateline that a pipe-separated publication date may take ("| الأربعاء 12 رجب 1445 هـ"). */
    private static final int MAX_BYLINE_REST_WORDS = 14;

    /**
     * The rest of a dateline paragraph is a web byline when it holds a pipe separator, no reporting cue and no
     * sentence end: site templates write "PLACE - OUTLET | DATE" on one line, and running prose never uses '|'.
     */
    static boolean pipeBylineRest(List<Token> toks, int from, int to) {
        boolean pipe = false;
        int words = 0;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.isPunct('|') || t.text().equals("|")) {
                pipe = true;
            } else if (t.kind() == Token.Kind.WORD) {
                if (++words > MAX_BYLINE_REST_WORDS || CueLexicon.get().lookup(Fold.lower(t.text())) != null
                        || CueLexicon.get().isComplementizer(Fold.lower(t.text()))) {
                    return false;
                }
            } else if (t.isComma() || Sentences.isTerminator(t) && !(t.isPunct('.') && i > from
                    && toks.get(i - 1).kind() == Token.Kind.NUMBER)) {
                return false;
            }
        }
        return pipe;
    }

    private static boolean isUpperWord(Token t) {
        String s = t.text();
        if (t.kind() != Token.Kind.WORD || s.length() < 2) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return Character.isUpperCase(s.charAt(0));
    }
}
