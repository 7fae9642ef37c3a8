package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.LEX;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.FIRST_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;
import static org.isnad.extraction.engine.attribution.OutletPhrases.isTerminator;
import java.util.Set;
import org.isnad.extraction.engine.text.Token;

/** A prepositional phrase right after a reporting verb: is the subject empty/preposed, or does it follow the phrase? */
final class PrepositionalGaps {
    private PrepositionalGaps() {
    }

    /** Clause connectors that can introduce a new preposed subject inside a sentence. */
    private static final Set<String> CONNECTORS = ArabicLexicons.set("لكن", "ولكن", "فيما", "بينما");

    /**
     * "…، لكن مصادر طبية قالت إن …": a comma, a clause connector and a short noun phrase (1–5 words, no verb or
     * cue) before the reporting verb: a new speaker in SVO order, not a relative clause of the running speaker.
     */
    static boolean connectorSubject(ParagraphContext c, int from, int i) {
        int words = 0;
        for (int k = i - 1; k >= Math.max(from, i - 7); k--) {
            Token t = c.toks.get(k);
            String f = c.f[k];
            if (t.isComma() || isTerminator(t)) {
                return false;
            }
            if (CONNECTORS.contains(f) || f.equals("ان") && k > from && c.f[k - 1].equals("غير")) {
                return words >= 1 && k > from && c.toks.get(k - 1).isComma()
                        || words >= 1 && f.equals("ان");
            }
            if (t.kind() != Token.Kind.WORD || LEX.lookup(f) != null || LEX.isComplementizer(f)) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * "…، غير أن عضو المجلس، فلان الفلاني، قال إن …": a connector, a short title phrase and a comma-delimited
     * appositive name before the reporting verb: the preposed subject of a new report. Returns the subject's first
     * token (after the connector), or -1.
     */
    /** Words a title phrase before the appositive name may take ("المتحدثة باسم مكتب الأمم المتحدة لتنسيق …"). */
    private static final int MAX_TITLE_WORDS = 10;

    /**
     * {@link #appositiveSubjectStart} when the verb at i has no speaker after it, or follows the comma that closes
     * the name ("…، فلان، نفى في المؤتمر الصحفي “…”": the verb takes a venue phrase before its quoted object).
     */
    static int appositiveSubjectBefore(ParagraphContext c, int from, int i, boolean noSpeakerAfter) {
        return noSpeakerAfter || i > from && c.toks.get(i - 1).isComma() ? appositiveSubjectStart(c, from, i) : -1;
    }

    static int appositiveSubjectStart(ParagraphContext c, int from, int i) {
        int k = i - 1;
        if (k <= from || !c.toks.get(k).isComma()) {
            return -1;
        }
        k--;
        int name = 0;
        while (k > from && c.toks.get(k).kind() == Token.Kind.WORD && name < 5) {
            if (LEX.lookup(c.f[k]) != null || LEX.isComplementizer(c.f[k])) {
                return -1;
            }
            name++;
            k--;
        }
        if (name < 2 || k <= from || !c.toks.get(k).isComma()) {
            return -1;
        }
        k--;
        int words = 0;
        boolean hopped = false;
        for (; k >= from && words <= MAX_TITLE_WORDS; k--) {
            Token t = c.toks.get(k);
            String f = c.f[k];
            if (t.isComma() && words >= 1 && !hopped) {
                // "الناطق باسم الحكومة، وزير الثقافة …، فلان،": a second title appositive before the name
                hopped = true;
                words = 0;
                continue;
            }
            if (t.isPunct(')')) {
                // "… لتنسيق الشؤون الإنسانية (أوتشا)، أولغا …": an acronym gloss inside the title phrase
                int open = k - 1;
                while (open > from && !c.toks.get(open).isPunct('(') && k - open <= 4) {
                    open--;
                }
                if (!c.toks.get(open).isPunct('(')) {
                    return -1;
                }
                k = open;
                continue;
            }
            if (words >= 1 && (f.equals("ان") && k > from && (c.f[k - 1].equals("غير") || c.f[k - 1].equals("الا"))
                    || CONNECTORS.contains(f) && k > from && c.toks.get(k - 1).isComma())) {
                return k + 1;
            }
            if (t.kind() != Token.Kind.WORD || LEX.lookup(f) != null || LEX.isComplementizer(f)) {
                return -1;
            }
            words++;
        }
        return -1;
    }

    static final Set<String> CIRCUMSTANTIAL_PREPOSITIONS = ArabicLexicons.set("في", "خلال", "عبر");

    /**
     * "وأضاف في حديث لقناة X أن", "وقال خلال مؤتمر صحفي إن", "وتابع في حديث لـ"X":": a prepositional phrase right
     * after the verb and a complementiser or a colon within 10 tokens (18 when a relative verb describes the venue:
     * "في مؤتمر صحفي عقده أمس الثلاثاء في مبنى …"), with no person or institution head in between: the subject is
     * empty (continuation) or preposed, not inside the phrase.
     */
    static boolean circumstantialBeforeComplementiser(ParagraphContext c, int j, int to) {
        if (!CIRCUMSTANTIAL_PREPOSITIONS.contains(c.f[j])) {
            return false;
        }
        int window = 10;
        for (int q = j + 1; q < Math.min(to, j + window); q++) {
            Token t = c.toks.get(q);
            String fq = c.f[q];
            if (window == 10 && q > j + 1 && q < j + 5 && CueHits.resumptiveVerb(c, q)) {
                window = 18; // "في مؤتمر صحفي عقده أمس الثلاثاء في مبنى …": a relative clause describes the venue
            }
            if (LEX.isComplementizer(fq) || t.isPunct(':') && q > j + 1) {
                return true; // a colon opens the quotation as a complementiser opens the clause
            }
            if (isTerminator(t) || LEX.lookup(fq) != null || TITLES.contains(fq)
                    || ArabicLexicons.anonHead(fq) || SpeakerResolver.OFFICIAL_PERSON_HEADS.contains(fq)
                    || FIRST_NAMES.contains(fq) && !(fq.equals("علي") && c.alaPreposition(q)) || HONORIFICS.contains(fq)) {
                return false; // (the preposition على folds to the name علي: "في بيان على تلغرام أن")
            }
        }
        return false;
    }

    /**
     * "وقال في وقت سابق وزير الخارجية إن", "وأكد في هذا السياق المتحدث باسم الجيش أن": a short prepositional
     * phrase between the verb and its subject. Returns the subject's first token (a title, an official or
     * anonymous head, a given name or an honorific within 6 tokens, before any comma or complementiser), or -1.
     */
    static int subjectAfterPrepositionalPhrase(ParagraphContext c, int j, int to) {
        if (!CIRCUMSTANTIAL_PREPOSITIONS.contains(c.f[j])) {
            return -1;
        }
        for (int q = j + 1; q < Math.min(to, j + 7); q++) {
            Token t = c.toks.get(q);
            String fq = c.f[q];
            if (t.kind() != Token.Kind.WORD || LEX.isComplementizer(fq) || LEX.lookup(fq) != null) {
                return -1;
            }
            if (TITLES.contains(fq) || HONORIFICS.contains(fq) || FIRST_NAMES.contains(fq)
                    || ArabicLexicons.anonHead(fq) || SpeakerResolver.OFFICIAL_PERSON_HEADS.contains(fq)) {
                return q;
            }
        }
        return -1;
    }

    /** Words that open a bare (preposition-less) time phrase: "أمس", "الأسبوع الماضي", "مساء الجمعة". */
    private static final Set<String> TIME_HEADS = ArabicLexicons.set("أمس", "اليوم", "الأسبوع", "الشهر", "العام",
            "السنة", "مساء", "صباح", "ظهر", "فجر", "ليلة", "يوم", "الأحد", "الإثنين", "الاثنين", "الثلاثاء",
            "الأربعاء", "الخميس", "الجمعة", "السبت");

    /** What may follow a time head inside its phrase: "الماضي", "الفائت", a weekday, "أمس". */
    private static final Set<String> TIME_MODIFIERS = ArabicLexicons.set("الماضي", "الماضية", "الفائت", "المنصرم",
            "الجاري", "الحالي", "السابق", "أمس", "الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
            "الجمعة", "السبت");

    /**
     * "وأعلنت الأسبوع الماضي وزارة الري أن", "ذكرت أمس صحيفة X أن": a bare time phrase (a time head and at most two
     * modifiers) between the verb and its subject is never the speaker. Returns the subject's first token when an
     * institution, outlet, title, anonymous head or given name follows the phrase, or -1.
     */
    static int subjectAfterTimePhrase(ParagraphContext c, int j, int to) {
        if (j >= to || !TIME_HEADS.contains(c.f[j])) {
            return -1;
        }
        int q = j + 1;
        while (q < to && q - j <= 2 && TIME_MODIFIERS.contains(c.f[q])) {
            q++;
        }
        if (q >= to || c.toks.get(q).kind() != Token.Kind.WORD) {
            return -1;
        }
        String f = c.f[q];
        boolean subject = SpeakerResolver.INSTITUTION_HEADS.contains(f) || ArabicLexicons.OUTLET_HEADS.contains(f)
                || TITLES.contains(f) || HONORIFICS.contains(f) || FIRST_NAMES.contains(f) || ArabicLexicons.anonHead(f)
                || SpeakerResolver.OFFICIAL_PERSON_HEADS.contains(f);
        return subject ? q : -1;
    }

    /** Longest venue/time phrase between a preposed subject's verb and its quoted object. */
    private static final int MAX_VENUE_WORDS = 12;

    /**
     * [a, q) is a prepositional phrase of words only (في/خلال/عقب …): a venue or time short enough to stand between a
     * preposed subject's verb and its quoted object.
     */
    static boolean circumstantialOpening(ParagraphContext c, int a, int q) {
        if (q - a > MAX_VENUE_WORDS || a >= q || !ArabicLexicons.SPEAKER_STOPS.contains(c.f[a])) {
            return false;
        }
        for (int k = a; k < q; k++) {
            if (c.toks.get(k).kind() != Token.Kind.WORD) {
                return false;
            }
        }
        return true;
    }

    /**
     * The complementiser of a coordinated report ("…، وأكد أن", "…، وأكد لـ«الناصية» أن"): at {@code j}, or right
     * after an outlet phrase addressed at {@code j} (and its comma); -1 if none.
     */
    static int complementiserAfterOutlet(ParagraphContext c, int j, int to) {
        int q = j < to && OutletPhrases.isOutletL(c, j, to) ? OutletPhrases.outletEnd(c, j, to) : j;
        if (q > j && q < to && c.toks.get(q).isComma()) {
            q++;
        }
        return q < to && LEX.isComplementizer(c.f[q]) ? q : -1;
    }

    /**
     * No speaker follows the verb whose next token is {@code j}: a complementiser, a colon, a comma, an outlet
     * phrase, an opening quotation, إلى (أن), قائلاً, a venue before the complementiser, or a masdar object ("… نفى
     * وجود أي تمييز"): the subject is preposed, or the report continues the running speaker.
     */
    static boolean noSpeakerAfter(ParagraphContext c, int j, int to, CueLexicon.Cue cue) {
        return j >= to || LEX.isComplementizer(c.f[j]) || c.toks.get(j).isPunct(':')
                || c.toks.get(j).isComma() || OutletPhrases.isOutletL(c, j, to) || c.f[j].equals("فيه")
                || c.f[j].equals("فيها") || c.isOpeningQuote(j) && !Appositives.shortQuotedName(c, j, to)
                || cue.needsIla() && c.f[j].equals(cue.contentPreposition())
                || c.f[j].equals("قائلا") || circumstantialBeforeComplementiser(c, j, to)
                || c.f[j].equals("الي") && j + 1 < to && LEX.isComplementizer(c.f[j + 1]) // "وأشار إلى أن"
                || ReportObjects.objectRightAfterVerb(c, j, to, cue);
    }
}
