package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/**
 * The subject of a sentence's main verb, for cues that have none of their own: a participle after the main
 * clause ("وحذّرت الجمعية في بيان من …، مؤكدة أن …") and a connector carrying a pronoun ("ولم يعلّق الجيش، لكنه
 * أعلن أن …"). News sentences open "[fronted adverbial،] [negation] verb subject …"; the subject is read there.
 */
final class ClauseSubjects {
    private ClauseSubjects() {
    }

    /** Fronted "on its part" adverbials ending in a comma: "من جهتها،", "بدوره،", "من جانبه،". */
    private static final Set<String> FRONTED_SIDE = ArabicLexicons.set("جهته", "جهتها", "جانبه", "جانبها",
            "بدوره", "بدورها", "ناحيته", "ناحيتها");

    private static final Set<String> NEGATIONS = ArabicLexicons.set("لم", "ولم", "لا", "ولا", "لن", "ولن");

    /** "لكنه", "غير أنها": an adversative connector whose pronoun is the subject of the next verb. */
    private static final Set<String> PRONOUN_CONNECTORS = ArabicLexicons.set("لكنه", "لكنها", "ولكنه", "ولكنها",
            "لكنهم", "ولكنهم");

    /** Two-word adversatives "غير أن", "إلا أن", "بيد أن": not part of the subject that follows them. */
    private static final Set<String> ADVERSATIVE_HEADS = ArabicLexicons.set("غير", "إلا", "الا", "بيد");

    /** Index of the main verb's slot: after a fronted side adverbial and a negation particle, or -1. */
    static int mainVerb(ParagraphContext c, int from, int to) {
        int s = from;
        if (s + 2 < to && (c.f[s].equals("من") || c.f[s].equals("ومن")) && FRONTED_SIDE.contains(c.f[s + 1])
                && c.toks.get(s + 2).isComma()) {
            s += 3;
        } else if (s + 1 < to && FRONTED_SIDE.contains(c.f[s]) && c.toks.get(s + 1).isComma()) {
            s += 2;
        } else {
            s = afterFrontedAdverbial(c, s, to);
        }
        if (s < to && NEGATIONS.contains(c.f[s])) {
            s++;
        }
        return s + 1 < to && c.toks.get(s).kind() == Token.Kind.WORD ? s : -1;
    }

    /** Prepositions that open a fronted adverbial ("وفي السياق ذاته،", "في المقابل،", "وبعد ساعات،"). */
    private static final Set<String> FRONTED_PREPOSITIONS = ArabicLexicons.set("في", "وفي", "على", "وعلى", "بعد",
            "وبعد", "خلال", "وخلال", "عقب", "وعقب");

    /** Longest fronted adverbial before its comma, in words. */
    private static final int MAX_FRONTED_WORDS = 4;

    /** The token after a short fronted prepositional phrase closed by a comma at {@code s}, else {@code s}. */
    private static int afterFrontedAdverbial(ParagraphContext c, int s, int to) {
        if (s >= to || !FRONTED_PREPOSITIONS.contains(c.f[s])) {
            return s;
        }
        for (int q = s + 1; q < to && q - s <= MAX_FRONTED_WORDS; q++) {
            if (c.toks.get(q).isComma()) {
                return q + 1;
            }
            if (c.toks.get(q).kind() != Token.Kind.WORD || ArabicAttributor.LEX.lookup(c.f[q]) != null) {
                return s;
            }
        }
        return s;
    }

    /** [start, end) of the main verb's subject, or null. */
    static int[] mainSubject(ParagraphContext c, int from, int to, CueLexicon.Cue scan) {
        int s = mainVerb(c, from, to);
        if (s < 0 || c.f[s + 1].startsWith("ب") && !ArabicLexicons.NOT_NAME.contains(c.f[s + 1])
                || c.toks.get(s + 1).kind() != Token.Kind.WORD) {
            // (a ب word after the verb is its prepositional object, "وطالبت بالإفراج", unless it is a body's head
            // noun: "وأبقى بنك الجزائر …", "برلمان")
            return null;
        }
        int e = SpeakerSpans.speakerEnd(c, s + 1, to, scan);
        for (int q = e; q < Math.min(to, e + 3) && !statementAt(c, e, to); q++) {
            if (statementAt(c, q, to) && !SentenceShapes.hasComma(c, e, q)) {
                e = q; // "المجلس الوطني للصحافة في بيان": the genitive with لـ belongs to the subject
            }
        }
        if (!ClauseRules.looksLikeVerb(c.f[s]) && !ClauseRules.isWawVerb(c.f[s])
                && !ClauseRules.isWawFormTwo(c.origToken(s)) && !statementAt(c, e, to)) {
            // the verb heuristic misses short past forms with و ("ورحّب", "وندّد"); "X في بيان" right after
            // shows the first word was a verb and X its subject
            return null;
        }
        for (int q = s + 2; q < e; q++) {
            if (c.f[q].startsWith("ب") && c.f[q].length() >= 4 && !c.f[q].equals("باسم")) {
                e = q; // "بالإفراج …": the verb's prepositional object, not the subject
                break;
            }
        }
        e = VerbObjects.subjectEnd(c, s + 1, e);
        return e > s + 1 && e - s <= 8 ? new int[]{s + 1, e} : null;
    }

    /**
     * "وحلّ الطالب فلان في المرتبة الأولى، وقال في اتصال هاتفي إن …": a reporting verb coordinated after a comma
     * with no subject of its own, in a sentence whose main clause narrates (no cue before it), carries that clause's
     * subject over when it names a person. Returns the subject span, or null.
     */
    static int[] carriedSubject(ParagraphContext c, int from, int i, CueLexicon.Cue scan) {
        if (i - 1 <= from || !c.toks.get(i - 1).isComma() || !c.f[i].startsWith("و")) {
            return null;
        }
        int s = mainVerb(c, from, i - 1);
        // a demand verb (دعت، طالب) is a verb whose subject can speak next: "دعت الوزارة المواطنين إلى …، وأفادت بأن"
        boolean demand = s >= 0 && ArabicAttributor.LEX.lookup(c.f[s]) != null
                && ArabicAttributor.LEX.lookup(c.f[s]).kind() == CueLexicon.Kind.CALL;
        if (s < 0 || c.f[s].startsWith("ال") || ArabicAttributor.LEX.lookup(c.f[s]) != null && !demand
                || c.toks.get(s + 1).kind() != Token.Kind.WORD) {
            return null;
        }
        // the verb test is left to the name: short past forms with و (وحلّ، وفاز) escape the verb heuristic, and
        // a personal name right after the sentence's first word is that verb's subject
        int e = SpeakerSpans.speakerEnd(c, s + 1, i - 1, scan);
        int[] name = e > s + 1 ? PersonNames.findName(c, s + 1, e) : null;
        if (name == null && e > s + 1 && institutionHead(c.f[s + 1]) && (demand || ClauseRules.looksLikeVerb(c.f[s])
                || ClauseRules.isWawVerb(c.f[s]) || ClauseRules.isWawFormTwo(c.origToken(s)))) {
            // "وتسلّمت البلدية 40 حافلة، وأكدت أن …": a body that acts in the main clause speaks in the next; its
            // object is no part of it
            e = VerbObjects.subjectEnd(c, s + 1, e);
            if (demand && e - s > 3 && peopleObject(c.f[e - 1])) {
                e--; // "دعت وزارة الصحة المواطنين إلى …": the people called on are the object
            }
            return e - s <= 8 ? new int[]{s + 1, e} : null;
        }
        return name != null && e - s <= 8 ? new int[]{s + 1, e} : null;
    }

    private static final Set<String> PEOPLE = ArabicLexicons.set("السكان", "الأهالي", "الناس", "الجمهور",
            "الجميع", "المواطنين", "المواطنون");

    /** A definite plural of people (المواطنين، السكان، المزارعين): the object a body calls on, not its name. */
    static boolean peopleObject(String f) {
        return PEOPLE.contains(f) || f.startsWith("ال") && f.length() >= 8 && f.endsWith("ين");
    }

    /** An institution's head noun, bare or definite (بلدية / البلدية، الشرطة، الحكومة): a body that can speak. */
    static boolean institutionHead(String folded) {
        String bare = folded.startsWith("ال") ? folded.substring(2) : folded;
        return SpeakerSpans.bareOrgHead(bare) || DefiniteAntecedents.INSTITUTION_HEADS.contains(bare);
    }

    /** "في بيان" / "في تصريح" at {@code k}. */
    private static boolean statementAt(ParagraphContext c, int k, int to) {
        return k + 1 < to && c.f[k].equals("في") && ArabicAttributor.STATEMENT_NOUNS.contains(c.f[k + 1]);
    }

    /** The span is only "لكنه" / "ولكنها": its pronoun refers to the main clause's subject. */
    static boolean pronounConnector(ParagraphContext c, int a, int b) {
        return b == a + 1 && PRONOUN_CONNECTORS.contains(c.f[a]);
    }

    /** "غير" / "إلا" / "بيد": the first word of a two-word adversative before أن. */
    static boolean adversativeHead(String folded) {
        return ADVERSATIVE_HEADS.contains(folded);
    }

    /** Skips "غير أن" / "إلا أن" at the start of a preposed subject ("غير أن مصادر طبية أكدت"). */
    static int afterAdversative(ParagraphContext c, int a, int b) {
        if (a + 1 < b && ADVERSATIVE_HEADS.contains(c.f[a]) && ArabicAttributor.LEX.isComplementizer(c.f[a + 1])) {
            return a + 2;
        }
        return a;
    }
}
