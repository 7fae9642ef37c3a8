package org.isnad.extraction.engine.attribution;

/** Forms of a reporting verb that, in context, report nothing. */
final class NonReportingUses {

    private NonReportingUses() {
    }

    /**
     * "فضّلت عدم ذكر اسمها": after عدم the form is a masdar. "عن ضابط لم تكشف هويته", "مسؤول لم يذكر اسمه": a
     * negated verb whose object is the speaker's identity describes the source's anonymity — the subject is the
     * outlet that withheld the name, and the identity noun is no speaker.
     */
    static boolean notAReport(ParagraphContext c, int i, int from, int to) {
        if (i > from && c.f[i - 1].equals("عدم")) {
            return true;
        }
        return i > from && (negatedAnonymityClause(c, i - 1, to) || negatedWithNoSubject(c, i, to));
    }

    private static final java.util.Set<String> NEGATIONS = ArabicLexicons.set("لم", "لا", "لن", "ولم", "ولا");
    private static final java.util.Set<String> ANY = ArabicLexicons.set("أي", "أية", "أيّ", "أيّة");

    /**
     * "ولم تعلن أي جهة مسؤوليتها", "لم يؤكد أي مسؤول الخبر": a negated verb whose subject is "any …" says that no
     * one spoke — the article's own narration, not a statement by a source.
     */
    static boolean negatedWithNoSubject(ParagraphContext c, int i, int to) {
        return i > 0 && i + 1 < to && NEGATIONS.contains(c.f[i - 1]) && ANY.contains(c.f[i + 1]);
    }

    /** At {@code k}: لم/لا + verb + (عن) + هويته/اسمه: "لم تكشف هويته", "لم يكشف عن اسمه". */
    static boolean negatedAnonymityClause(ParagraphContext c, int k, int to) {
        if (k + 2 >= to || !(c.f[k].equals("لم") || c.f[k].equals("لا") || c.f[k].equals("لن"))) {
            return false;
        }
        return SpeakerSpans.ANON_MARKERS.contains(c.f[k + 2])
                || c.f[k + 2].equals("عن") && k + 3 < to && SpeakerSpans.ANON_MARKERS.contains(c.f[k + 3]);
    }
}
