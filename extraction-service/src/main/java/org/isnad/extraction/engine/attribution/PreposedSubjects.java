package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.LEX;
import static org.isnad.extraction.engine.attribution.OutletPhrases.isTerminator;
import static org.isnad.extraction.engine.attribution.SentenceShapes.SUBJECT_CONNECTORS;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/**
 * The subject of a reporting verb that has no speaker after it: a preposed noun phrase in SVO order ("لكن مصدراً
 * أمنياً أكد أن"), the main clause's subject for "لكنه", the topic of "أما … ف", or nothing (a continuation of
 * the last speaker). The phrase is read backwards from the verb up to a comma, a verb or another cue.
 */
final class PreposedSubjects {
    private PreposedSubjects() {
    }

    /** Longest plain preposed subject, in words. */
    private static final int MAX_WORDS = 7;

    /**
     * Longest preposed subject that ends in a personal name: "الأكاديمي في جامعة البصرة الدكتور فلان الفلاني
     * اعتبر أن" — a post, its affiliation and an honorific before a three-word name. Only a name closing the phrase
     * right before the verb makes so long a phrase a subject; anything else that long is narration.
     */
    private static final int MAX_TITLED_WORDS = 12;

    /**
     * @param start       first token of the subject ({@code start == end}: none, a continuation)
     * @param pronounAt   where the claim region starts when it is not the subject (a pronoun connector, أما), or -1
     * @param topic       the أما topic span, or null
     * @param anonymous   an anonymity aside stands between the subject and the verb ("، فضّل عدم الكشف عن اسمه،")
     */
    record Subject(int start, int end, int pronounAt, int[] topic, boolean anonymous) {
    }

    /** The subject before the verb at {@code i}, or null when the phrase before it is too long to be one. */
    static Subject before(ParagraphContext c, int from, int i, CueLexicon.Cue cue) {
        int k = i - 1;
        int words = 0;
        int asideAt = -1;
        boolean anonymous = false;
        while (k >= from && words <= MAX_TITLED_WORDS && i - k <= 24) {
            Token t = c.toks.get(k);
            if (t.isComma() && k == i - 1 && asideAt < 0) {
                int open = anonymityAsideBefore(c, from, k);
                anonymous = open > from;
                // (a ف-verb answers أما: "أما سلوى، وهي معلمة، فتقول" is the topic's, read by TopicSpeakers)
                open = anonymous || c.f[i].startsWith("ف") ? open : descriptionBefore(c, from, k);
                if (open > from) {
                    // "مصدراً عسكرياً، طلب عدم ذكر اسمه، أكد", "«مكتب …»، وهو جهة محلية مستقلة، قال": the subject is
                    // before the aside
                    asideAt = open;
                    k = open - 1;
                    continue;
                }
            }
            if (t.isComma() || isTerminator(t) || t.isPunct(':')) {
                break;
            }
            String fk = c.f[k];
            if (fk.equals("قد") || k == i - 1 && TopicSpeakers.ammaFaqad(c, from, k)) {
                k--;
                continue;
            }
            if (fk.equals("كان") || fk.equals("وكان") || fk.equals("كانت") || fk.equals("وكانت")) {
                break;
            }
            if (t.kind() == Token.Kind.WORD && (ClauseRules.looksLikeVerb(fk) && words > 0 && !nounPosition(c, from, k)
                    || LEX.lookup(fk) != null)) {
                break;
            }
            if (t.kind() == Token.Kind.WORD) {
                words++;
            }
            k--;
        }
        int spStart = k + 1;
        int spEnd = asideAt > spStart ? asideAt : i;
        int pronounAt = -1;
        while (spEnd > spStart && (c.f[spEnd - 1].equals("قد") || spEnd == i && TopicSpeakers.ammaFaqad(c, from, i - 1))) {
            spEnd--;
        }
        // a clause connector before the subject is not part of it: "لكن مصدراً أمنياً أكد", "فيما قال الجيش"
        while (spStart < spEnd && SUBJECT_CONNECTORS.contains(c.f[spStart])) {
            spStart++;
        }
        int beforeAdversative = spStart;
        spStart = ClauseSubjects.afterAdversative(c, spStart, spEnd);
        // "غير أن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أوضح": the adversative is no part of the subject's length
        words -= spStart - beforeAdversative;
        int[] antecedent = ClauseSubjects.pronounConnector(c, spStart, spEnd)
                ? ClauseSubjects.mainSubject(c, from, spStart, cue)
                : TimeClauseSubjects.subjectlessTimeClause(c, from, spStart, spEnd)
                ? TimeClauseSubjects.mainSubject(c, from, spStart, cue) : null;
        if (antecedent != null) {
            pronounAt = spStart; // the region still starts at the pronoun; the text before it is its own claim
            spStart = antecedent[0]; // "ولم يعلّق الجيش، لكنه أعلن أن …": the pronoun is the main subject
            spEnd = antecedent[1];
        }
        if (words > MAX_WORDS && (words > MAX_TITLED_WORDS || antecedent != null || !nameClosesPhrase(c, spStart, spEnd))) {
            return null;
        }
        int[] topic = spEnd <= spStart ? TopicSpeakers.ammaTopic(c, from, i) : null;
        if (topic != null) {
            pronounAt = from; // "أما سلوى، وهي …، فتقول إن": the topic speaks; its description is no claim
            spStart = topic[0];
            spEnd = topic[1];
        }
        return new Subject(spStart, spEnd, pronounAt, topic, anonymous && asideAt > spStart && asideAt == spEnd);
    }

    /** Prepositions whose object is a noun phrase (not على: it folds like the given name علي). */
    private static final java.util.Set<String> NOUN_PREPOSITIONS = ArabicLexicons.set("من", "في", "عن", "مع", "لدى");

    /**
     * Whether word {@code k} stands where only a noun can, even when it looks like an imperfect verb (تجمع، تحالف):
     * right after an adversative "غير أن / إلا أن / لكن" comes the subject's head noun ("غير أن تجمع قوات … نفى"),
     * and a preposition governs a noun, never a verb ("مصدراً من تجمع X نفى", "مسؤول في تحالف Y قال").
     */
    private static boolean nounPosition(ParagraphContext c, int from, int k) {
        if (k - 1 < from) {
            return false;
        }
        String p = c.f[k - 1];
        if (NOUN_PREPOSITIONS.contains(p)) {
            return true;
        }
        if (CitedSource.ACCUSATIVE_GOVERNORS.contains(p) && !p.equals("ان") && !p.equals("وان") && !p.equals("لان")) {
            return true; // لكن / ولكن
        }
        return k - 2 >= from && LEX.isComplementizer(p) && ClauseSubjects.adversativeHead(c.f[k - 2]);
    }

    /** Opening comma of an anonymity aside that closes at the comma {@code close}, or -1. */
    private static int anonymityAsideBefore(ParagraphContext c, int from, int close) {
        for (int q = close - 1; q > from && close - q <= 16; q--) {
            if (c.toks.get(q).isComma()) {
                return AnonymityMarkers.anonymityAside(c, q, close + 1) == close ? q : -1;
            }
        }
        return -1;
    }

    /** Pronouns that open a description set off by commas ("، وهو جهة محلية مستقلة،"). */
    private static final java.util.Set<String> DESCRIPTION_PRONOUNS = ArabicLexicons.set("وهو", "وهي", "وهم");

    /** Opening comma of a "، وهو …،" description that closes at the comma {@code close}, or -1. */
    private static int descriptionBefore(ParagraphContext c, int from, int close) {
        for (int q = close - 1; q > from && close - q <= 16; q--) {
            Token t = c.toks.get(q);
            if (t.isComma()) {
                return q + 2 < close && DESCRIPTION_PRONOUNS.contains(c.f[q + 1]) ? q : -1;
            }
            if (isTerminator(t) || t.isPunct(':') || LEX.isComplementizer(c.f[q])) {
                return -1;
            }
        }
        return -1;
    }

    /** A personal name found in [a, b) ends right before the verb ("… الدكتور حيدر جبار الموسوي اعتبر"). */
    private static boolean nameClosesPhrase(ParagraphContext c, int a, int b) {
        int[] name = PersonNames.findName(c, a, b);
        return name != null && name[1] == b && name[0] > a;
    }
}
