package org.isnad.extraction.engine.attribution;

import java.util.Set;

/**
 * "أعاد تقرير الهيئة الجدل إلى الواجهة، بعدما كشف أن …": a reporting verb right after a time conjunction, with no
 * subject between them, shares the subject of the main clause the time clause hangs on (like "لكنه").
 */
final class TimeClauseSubjects {

    /** Time conjunctions that open a subordinate clause ("after", "when", "as soon as", "while"). */
    private static final Set<String> TIME_CONJUNCTIONS = ArabicLexicons.set("بعدما", "عندما", "حينما", "لما",
            "وبعدما", "وعندما", "وحينما", "كلما", "فور");

    private TimeClauseSubjects() {
    }

    /** The whole span before the verb is one time conjunction, after a comma that closes the main clause. */
    static boolean subjectlessTimeClause(ParagraphContext c, int from, int a, int b) {
        return b - a == 1 && TIME_CONJUNCTIONS.contains(c.f[a]) && a - 1 > from && c.toks.get(a - 1).isComma();
    }

    /**
     * The main clause's subject for a time clause at {@code a}: the usual main subject, or — when the sentence's
     * first word is a short past verb the verb heuristic misses ("أعاد تقرير الهيئة …") — a body or a document of
     * one right after that first word, up to its object. Null when neither is there.
     */
    static int[] mainSubject(ParagraphContext c, int from, int a, CueLexicon.Cue scan) {
        int[] main = ClauseSubjects.mainSubject(c, from, a, scan);
        if (main != null || from + 2 >= a || c.toks.get(from + 1).kind() != org.isnad.extraction.engine.text.Token.Kind.WORD) {
            return main;
        }
        String head = c.f[from + 1];
        if (!StatementIssuer.DOCUMENT_NOUNS.contains(head) && !ClauseSubjects.institutionHead(head)) {
            return null;
        }
        int comma = a - 1;
        int e = VerbObjects.subjectEnd(c, from + 1, SpeakerSpans.speakerEnd(c, from + 1, comma, scan));
        return e > from + 1 && e - from <= 8 ? new int[]{from + 1, e} : null;
    }
}
