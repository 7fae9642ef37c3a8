package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/** Small shape tests on a sentence's tokens used by the cue scanners (split out of {@link ArabicAttributor}). */
final class SentenceShapes {
    private SentenceShapes() {
    }

    /** "قناة "الحدث"" → "قناة الحدث". */
    static String withoutQuoteGlyphs(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch != '"' && ch != '“' && ch != '”' && ch != '«' && ch != '»') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static boolean hasComma(ParagraphContext c, int a, int b) {
        for (int k = a; k < b; k++) {
            if (c.toks.get(k).isComma()) {
                return true;
            }
        }
        return false;
    }

    /** Tokens between كان and the verb when قد immediately precedes the verb: the subject and its quotes. */
    private static final int PLUPERFECT_SUBJECT_REACH = 12;

    /** "وكانت عمّان قد أعلنت …": background narration (كان … قد + verb). */
    static boolean pluperfect(ParagraphContext c, int from, int i) {
        boolean qad = false;
        // قد right before the verb lets كان stand further back: a long subject ("وكانت وزارة المالية بحكومة الوحدة
        // الوطنية قد أعلنت", "وكانت صحيفة «…» قد ذكرت") sits between them
        int reach = i > from && c.f[i - 1].equals("قد") ? PLUPERFECT_SUBJECT_REACH : 6;
        for (int k = i - 1; k >= Math.max(from, i - reach); k--) {
            String f = c.f[k];
            if (f.equals("قد")) {
                qad = true;
            } else if (qad && (f.equals("كان") || f.equals("كانت") || f.equals("وكان") || f.equals("وكانت")
                    || f.equals("كانوا") || f.equals("وكانوا"))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence so far is one quotation followed by a comma: "“…”، قال X". */
    static boolean quotationBefore(ParagraphContext c, int from, int i) {
        int k = i - 1;
        if (k > from && c.toks.get(k).isComma()) {
            k--;
        }
        return k > from + 3 && c.toks.get(k).isQuote() && c.isOpeningQuote(from);
    }

    static final Set<String> SUBJECT_CONNECTORS = Set.of("كما", "و", "لكن", "ولكن", "فيما", "بينما");

    /**
     * A clause connector right before the cue: "فيما", "بينما", "لكن", and the two-word "في حين" — "…، في حين يؤكد
     * الجانب الآخر أن …": the verb with its own subject opens a new report, not reported speech of the open one.
     */
    static boolean connectorBefore(ParagraphContext c, int from, int i) {
        String p = c.f[i - 1];
        if (SUBJECT_CONNECTORS.contains(p) || ClauseRules.isClauseConnector(p)) {
            return true;
        }
        return p.equals("حين") && i - 2 >= from && (c.f[i - 2].equals("في") || c.f[i - 2].equals("وفي"));
    }

    /**
     * "أعلنت عن خطة …، على أن تُستكمل …": "، على أن" (on condition that) attaches a condition to the object; the
     * أن is not the complementiser of the reporting verb.
     */
    static boolean conditionClause(ParagraphContext c, int k, int from) {
        return k - 2 >= from && c.f[k - 1].equals("علي") && c.toks.get(k - 2).isComma() && c.f[k].equals("ان");
    }

    /**
     * The cue at {@code i} carries the conjunction و/ف ("وقال", "فأكد", "ووثّق"): the rest is still a cue form. A
     * root و ("وثّق", "وصف") is no conjunction, so the bare verb is not read as a coordinated report.
     */
    static boolean conjoined(ParagraphContext c, int i) {
        String f = c.f[i];
        return (f.startsWith("و") || f.startsWith("ف")) && f.length() > 2
                && ArabicAttributor.LEX.lookup(f.substring(1)) != null;
    }

    /** Prepositions that open a phrase, never a statement, when a quotation continues the words before it. */
    private static final java.util.Set<String> PHRASE_PREPOSITIONS = ArabicLexicons.set("من", "في", "على", "عبر",
            "إلى", "الى", "عن", "خلال", "أثناء", "حتى", "بين", "دون", "مع");

    /**
     * "من شراء أقلام التخسيس "من غير الصيدليات المرخصة …"": a quotation at {@code k} that opens with a preposition
     * after other words of the verb's phrase continues that phrase; it is no statement of its own (cutting there
     * would leave a claim without a predicate). A venue before the quotation ("في مؤتمر صحفي "في هذه المرحلة …"")
     * is no such phrase.
     */
    static boolean prepositionalQuote(ParagraphContext c, int gapFrom, int k, int to) {
        return k + 1 < to && PHRASE_PREPOSITIONS.contains(c.f[k + 1]) && gapFrom < k && !VENUE_OPENERS.contains(c.f[gapFrom]);
    }

    private static final java.util.Set<String> VENUE_OPENERS = ArabicLexicons.set("في", "خلال", "عبر", "أثناء", "عقب",
            "أمام", "لدى");
}
