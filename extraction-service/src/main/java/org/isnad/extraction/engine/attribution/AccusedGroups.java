package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.text.Token;

/**
 * "…، واتهم شبكات من المهربين بـ…", "واتهم جهات خارجية بـ…": a masculine accusation verb cannot take a non-human
 * plural in ـات as its subject (VSO agreement wants the feminine "اتهمت جهات …"), so such a plural right after it
 * is the accused and the verb's pronoun (the running speaker) accuses. Only an indefinite plural followed by
 * "من" or a feminine adjective, so that a bare name in ـات ("بركات") is left to the name rules.
 */
final class AccusedGroups {
    private AccusedGroups() {
    }

    static boolean accusedPluralAfterMasculineVerb(ParagraphContext c, int i, int j, int to) {
        if (j + 1 >= to || CueGender.of(c.origToken(i)) != CueGender.Gender.MASCULINE) {
            return false;
        }
        String f = c.f[j];
        if (c.toks.get(j).kind() != Token.Kind.WORD || f.length() < 5 || !f.endsWith("ات") || f.startsWith("ال")
                || ArabicLexicons.FIRST_NAMES.contains(f)) {
            return false;
        }
        String g = c.f[j + 1];
        return g.equals("من") || !g.startsWith("ال") && g.length() >= 4 && g.endsWith("يه");
    }
}
