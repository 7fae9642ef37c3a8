package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.text.Token;

/**
 * "ذكر وزير التربية أن …": a minister who is not named speaks for his ministry, and a fact-checker cites the
 * ministry (guideline: an unnamed official is cited by the body he speaks for, as an unnamed spokesman is). The
 * portfolio after the title names the ministry: "وزير الزراعة" → "وزارة الزراعة"; a nisba adjective agreeing with
 * the minister agrees with the ministry ("وزير الخارجية الأمريكي" → "وزارة الخارجية الأمريكية"). A deputy
 * ("نائب وزير …") or a bare "الوزير" (a back-reference) is not rewritten.
 */
final class UnnamedMinisters {
    private UnnamedMinisters() {
    }

    /** The ministry cited for the unnamed minister phrase [a, b), or {@code phrase} when it is no such phrase. */
    static String cited(ParagraphContext c, int a, int b, String phrase) {
        if (b - a < 2 || !(c.f[a].equals("وزير") || c.f[a].equals("وزيره")) || !c.f[a + 1].startsWith("ال")) {
            return phrase;
        }
        StringBuilder sb = new StringBuilder("وزارة");
        for (int q = a + 1; q < b; q++) {
            Token t = c.toks.get(q);
            String w = c.origToken(q);
            if (t.kind() != Token.Kind.WORD) {
                return phrase; // a quote or bracket inside: leave the phrase as written
            }
            boolean nisba = q > a + 1 && c.f[q].startsWith("ال") && c.f[q].endsWith("ي") && c.f[q].length() > 4
                    && !c.f[q - 1].equals("في");
            sb.append(' ').append(nisba && !w.endsWith("ة") ? w + "ة" : w);
        }
        return sb.toString();
    }
}
