package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.lexicon.Lexicon;
import org.isnad.extraction.engine.text.Token;

/**
 * "وكانت X قد أعلنت …": the pluperfect is the article's background narration, unless it still reports speech.
 *
 * <p>It reports speech when a complementiser follows the verb (any subject), or when an institution (a ministry,
 * an authority, armed forces) announced or disclosed something: an institution's announcement is its statement and
 * a fact-checker cites it as such, even with a masdar object ("وكانت الهيئة قد أعلنت ضبط 30 قضية"). A state or a
 * capital or the government as the subject ("وكانت عمّان قد أعلنت تغيير …") is a political act narrated as
 * background, and other verbs (وزّع، أحال، صنّف) are the institution's acts, not its statements: both stay
 * narration.
 */
final class PluperfectReports {
    private PluperfectReports() {
    }

    private static final Set<String> KANA = ArabicLexicons.set("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا");

    /** Verbs whose object is information the subject gave out (cue lemmas, unfolded as CueLexicon keeps them). */
    private static final Set<String> ANNOUNCING = Set.of("أعلن", "كشف", "أكد", "أفاد", "ذكر");

    /** Institution heads beyond those that issue figures: forces and the definite forms of all of them. */
    private static final Set<String> FORCES = ArabicLexicons.set("قوات", "القوات", "الجيش", "الشرطة");

    private static final Set<String> GOVERNMENT = ArabicLexicons.set("حكومة");

    /** Index of the subject's first word (after كان), or -1 when no كان precedes within the clause. */
    static int subjectStart(ParagraphContext c, int from, int i) {
        for (int k = i - 2; k >= from; k--) {
            if (KANA.contains(c.f[k])) {
                return k + 1;
            }
        }
        return -1;
    }

    static boolean complementiserAhead(ParagraphContext c, int j, int to) {
        for (int q = j; q < Math.min(to, j + 12); q++) {
            if (ArabicAttributor.LEX.isComplementizer(c.f[q]) && !SentenceShapes.conditionClause(c, q, j)) {
                return true; // ("، على أن تُستكمل …": a condition attached to the object, not reported speech)
            }
        }
        return false;
    }

    /** "وكانت هيئة الرقابة قد أعلنت …": an institution subject with an announcing verb. */
    static boolean institutionAnnouncement(ParagraphContext c, int subject, int subjectEnd, CueLexicon.Cue cue) {
        if (subject < 0 || subjectEnd <= subject || !ANNOUNCING.contains(cue.lemma())) {
            return false;
        }
        return institutionHead(c.f[subject]) || statedPosition(c, subject, subjectEnd);
    }

    /**
     * "وكانت مصر قد أعلنت في يناير الماضي استعدادها لاستضافة …": a state announcing its own position (a masdar with
     * the pronoun of the state: استعدادها، رفضها، دعمها) speaks for itself — unlike a decision it takes ("قد أعلنت
     * تغيير …"), which stays narration. The object may follow a short time phrase.
     */
    static boolean statedPosition(ParagraphContext c, int subject, int subjectEnd) {
        if (subjectEnd - subject != 1 || !Lexicon.isCountry(c.orig(subject, subjectEnd))) {
            return false;
        }
        int verb = subjectEnd + 1;
        for (int q = verb + 1; q < Math.min(c.f.length, verb + 5); q++) {
            if (c.toks.get(q).kind() != Token.Kind.WORD) {
                return false;
            }
            String f = c.f[q];
            if (f.length() >= 6 && f.endsWith("ها") && !f.startsWith("ب") && !f.startsWith("ل") && !f.startsWith("في")) {
                return q == verb + 1 || c.f[verb + 1].equals("في"); // right after the verb or after "في + time"
            }
        }
        return false;
    }

    static boolean institutionHead(String f) {
        String bare = f.startsWith("ال") ? f.substring(2) : f;
        if (GOVERNMENT.contains(bare)) {
            return false; // the government deciding ("قد أعلنت رفع الأسعار") is the state acting, as عمّان above
        }
        return SpeakerResolver.INSTITUTION_HEADS.contains(f) || SpeakerResolver.INSTITUTION_HEADS.contains(bare)
                || FORCES.contains(f);
    }

    /**
     * The object of an announcement: "أعلنت في آب الماضي عن خطة …" → "خطة …" (the time phrase and عن are not
     * content); without a nearby عن, the object starts right after the verb.
     */
    static int objectStart(ParagraphContext c, int j, int to) {
        for (int q = j; q < Math.min(to, j + 6); q++) {
            if (c.toks.get(q).kind() != Token.Kind.WORD) {
                return j;
            }
            if (c.f[q].equals("عن") && q + 1 < to && (q == j || ArabicLexicons.SPEAKER_STOPS.contains(c.f[j]))) {
                return q + 1; // (only after a prepositional time/venue phrase: "ضبط شحنة عن طريق البحر" stays)
            }
        }
        return j;
    }
}
