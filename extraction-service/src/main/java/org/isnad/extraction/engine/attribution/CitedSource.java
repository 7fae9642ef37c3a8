package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.text.Token;

/**
 * The text of a speaker phrase as a fact-checker cites it: in the nominative, without parenthetical glosses.
 *
 * <p>A subject preposed after لكن / إن / لأن is accusative in Arabic ("لكن مصدراً أمنياً أكد"); the source is
 * cited in its dictionary (nominative) form "مصدر أمني". A parenthesis inside the phrase is a gloss or acronym
 * of the preceding name ("وزارة الدفاع الأمريكية (البنتاغون)") and is left out of the citation, except a one-word
 * acronym closing the phrase ("وكالة الأمم المتحدة لإغاثة … (أونروا)"): fact-checkers often cite the institution by
 * it, and keeping it still contains the full name.
 */
final class CitedSource {
    private CitedSource() {
    }

    /** Particles that put the following subject in the accusative (folded). */
    static final Set<String> ACCUSATIVE_GOVERNORS = ArabicLexicons.set("لكن", "ولكن", "إن", "وإن", "لأن");

    /** Source text of tokens [a, b) (trimmed by the caller), or null when nothing is left. */
    static String text(ParagraphContext c, int a, int b) {
        // ("عن مصدراً مسؤولاً": a head written with the accusative tanween is cited in the nominative whatever governs it)
        boolean accusative = a > 0 && ACCUSATIVE_GOVERNORS.contains(c.f[a - 1])
                || a < b && c.origToken(a).indexOf('\u064B') > 0;
        int open = -1;
        int close = -1;
        for (int k = a + 1; k < b; k++) {
            if (c.toks.get(k).isPunct('(')) {
                open = k;
                close = k + 1;
                while (close < b && !c.toks.get(close).isPunct(')')) {
                    close++;
                }
                break;
            }
        }
        if (!accusative && (open < 0 || close == b - 1 && SpeakerSpans.glossWord(c, open, close))) {
            return c.orig(a, b); // a closing one-word acronym is how the institution is cited: "… (أونروا)"
        }
        StringBuilder sb = new StringBuilder();
        int k = a;
        if (accusative) {
            // the head noun and its adjectives up to the first non-word or stop word
            // ("لكن سوريا أكدت": a name ending in ـيا is not an accusative; adjectives change only after a changed head)
            boolean headChanged = false;
            while (k < b && c.toks.get(k).kind() == Token.Kind.WORD && !SpeakerSpans.stop(c, k) && k != open) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                String w = c.origToken(k);
                String n = k == a || headChanged ? nominative(w, k == a) : w;
                headChanged |= k == a && !n.equals(w);
                sb.append(n);
                k++;
            }
        }
        append(sb, open < 0 ? orig(c, k, b) : orig(c, k, open));
        if (open >= 0 && close + 1 < b) {
            append(sb, orig(c, close + 1, b));
        }
        return sb.isEmpty() ? c.orig(a, b) : sb.toString();
    }

    private static String orig(ParagraphContext c, int a, int b) {
        return a < b ? c.orig(a, b) : null;
    }

    private static void append(StringBuilder sb, String s) {
        if (s == null || s.isBlank()) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        sb.append(s.strip());
    }

    /**
     * Drops the accusative ending: tanween fatha with its seat alef ("مصدراً" → "مصدر", "أمنياً" → "أمني"),
     * tanween alone on ة ("جهةً" → "جهة"); an undotted "…يا" (nisba accusative written without tanween) loses the alef.
     */
    static String nominative(String word, boolean head) {
        String w = word;
        boolean tanween = w.indexOf('\u064B') >= 0;
        if (tanween) {
            w = w.replace("\u064B", "");
            if (w.endsWith("ا") && w.length() > 3) {
                w = w.substring(0, w.length() - 1);
            }
            return w;
        }
        if (!head && w.length() > 4 && w.endsWith("يا") && !w.endsWith("ييا")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("ا")) {
            String stem = org.isnad.extraction.engine.text.Fold.fold(w.substring(0, w.length() - 1));
            if (ArabicLexicons.ANON_HEADS.contains(stem) || SpeakerResolver.OFFICIAL_PERSON_HEADS.contains(stem)
                    || SpeakerResolver.PERSON_HEADS.contains(stem)) {
                return w.substring(0, w.length() - 1); // "مصدرا", "مسؤولا" written without tanween
            }
        }
        return w;
    }
}
