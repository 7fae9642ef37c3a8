package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.text.Token;

/**
 * Where a verb-first clause's subject ends and its object begins: "وأبقى بنك الجزائر سعر الفائدة …", "وخفّضت
 * الحكومة أسعار الوقود …", "وأصدرت الجمعية تقريراً …". An adjective after a definite noun is itself definite, so a
 * bare noun right after a definite word opens a new noun phrase — the object — when it is visibly a noun: in
 * construct state before a definite genitive (سعر الفائدة، صباح اليوم) or marked accusative by tanwin (تقريراً); a
 * number there opens a counted object (40 حافلة).
 * Titles are left alone ("الوزير فلان …": a bare word there is a name).
 */
final class VerbObjects {
    private VerbObjects() {
    }

    /** The end of the subject in [a, e): the first object noun after a definite word, or e. */
    static int subjectEnd(ParagraphContext c, int a, int e) {
        if (ArabicLexicons.TITLES.contains(c.f[a]) || PersonNames.findName(c, a, e) != null) {
            return e;
        }
        for (int q = a + 1; q < e; q++) {
            if (definite(c.f[q - 1]) && c.toks.get(q - 1).kind() == Token.Kind.WORD
                    && (objectNoun(c, q, e) || c.toks.get(q).kind() == Token.Kind.NUMBER)) {
                return q; // (a number opens a counted object: "تسلمت البلدية 40 حافلة")
            }
        }
        return e;
    }

    private static boolean definite(String f) {
        return f.startsWith("ال") || f.startsWith("لل");
    }

    /** A bare noun at q: construct state before a definite genitive, or with accusative tanwin. */
    private static boolean objectNoun(ParagraphContext c, int q, int e) {
        String f = c.f[q];
        if (c.toks.get(q).kind() != Token.Kind.WORD || f.length() < 3 || definite(f) || f.startsWith("ل")
                || f.startsWith("ب") || f.startsWith("و") || ArabicAttributor.LEX.lookup(f) != null
                || ArabicLexicons.SPEAKER_STOPS.contains(f)) {
            return false;
        }
        String orig = c.origToken(q);
        if (accusativeTanwin(orig)) {
            return true; // "تقريراً", "بياناً"
        }
        if (possessedFeminine(orig)) {
            return true; // "جلسته", "خطتها": a noun in ة with a possessive pronoun is no part of a body's name
        }
        if (f.length() == 5 && f.charAt(0) == 'ت' && f.charAt(3) == 'ي') {
            return true; // "تمويل رواتب …", "تسليم": a تفعيل masdar after a definite word heads the object
        }
        return q + 1 < e && c.toks.get(q + 1).kind() == Token.Kind.WORD && c.f[q + 1].startsWith("ال");
    }

    /** ت + possessive pronoun at the end of the written word (the ة of a noun before a suffix). */
    private static boolean possessedFeminine(String orig) {
        return orig.length() >= 5 && (orig.endsWith("ته") || orig.endsWith("تها") || orig.endsWith("تهم"));
    }

    /** Ends in fathatan (اً / ًا / ةً): an indefinite accusative. */
    private static boolean accusativeTanwin(String orig) {
        return orig.indexOf('\u064B') >= 0;
    }
}
