package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/**
 * The object of a reporting verb that takes no complementiser (نفى X وجودَ …، اتهم X Y بـ…, ذهب X إلى …): where it
 * starts, and when the phrase after the verb is that object rather than the speaker.
 */
final class ReportObjects {
    private ReportObjects() {
    }

    /**
     * What a denial denies: "any" (أيّ علاقة), existence and occurrence masdars (وجود، وقوع، حدوث، وصول، دخول،
     * تورط), truth (صحة) and the reports denied (الأنباء، التقارير، الاتهامات، ما تردد). A denial's speaker phrase
     * often runs on with a place or an occasion ("مديرية الغابات في ولاية هاتاي التركية", "في بيان تداولته
     * حسابات مقربة منه"), so the object is found by its head, not by the end of the speaker phrase.
     */
    static final Set<String> DENIAL_OBJECT_HEADS = ArabicLexicons.set("أي", "أية", "وجود", "صحة", "حدوث", "وقوع",
            "وصول", "دخول", "تورط", "تورطه", "تورطها", "علاقة", "علاقته", "علاقتها", "مسؤولية", "مسؤوليته",
            "مسؤوليتها", "مشاركة", "مشاركته", "مشاركتها", "الأنباء", "الأخبار", "التقارير", "الاتهامات", "الادعاءات",
            "الشائعات", "ما");

    /**
     * Masdar heads that only ever head a reporting verb's object, never its subject: existence and occurrence
     * (وجود، وقوع، حدوث، وصول، دخول), truth (صحة), involvement (تورط، علاقة، مشاركة) and "any" (أي). Right after a
     * direct-object verb ("لكن مصدراً …، فضّل عدم الكشف عن اسمه، نفى وجود أي تمييز") the phrase is the denied or
     * confirmed content and the subject stands before the verb (or is the running speaker): a masdar is never a
     * speaker, let alone a personal name.
     */
    static final Set<String> OBJECT_MASDARS = ArabicLexicons.set("أي", "أية", "وجود", "صحة", "حدوث", "وقوع",
            "وصول", "دخول", "تورط", "تورطه", "تورطها", "علاقة", "علاقته", "علاقتها", "مشاركة", "مشاركته", "مشاركتها");

    /** The token right after the direct-object verb at {@code j - 1} opens its object (see {@link #OBJECT_MASDARS}). */
    static boolean objectRightAfterVerb(ParagraphContext c, int j, int to, CueLexicon.Cue cue) {
        return cue.directObject() && !SpeakerSpans.ACCUSATIONS.contains(cue.lemma()) && j + 1 < to
                && c.toks.get(j).kind() == Token.Kind.WORD && OBJECT_MASDARS.contains(c.f[j]);
    }

    /** Look-ahead bound after the speaker phrase (bounded work per cue). */
    private static final int DENIAL_WINDOW = 12;

    /** Longest circumstantial aside between commas after a preposed subject's verb, in tokens. */
    private static final int MAX_ASIDE_TOKENS = 14;

    /**
     * "غير أن التجمع نفى، في بيان نشره على منصة «إكس»، أي علاقة له بالهجوم": a verb with a preposed subject, a
     * comma-delimited venue aside (في/خلال/عبر …), then a noun-phrase object. Returns the object's first token (the
     * denied or announced content), or -1.
     */
    static int objectAfterAside(ParagraphContext c, int j, int to) {
        if (j + 2 >= to || !c.toks.get(j).isComma() || !ArabicLexicons.SPEAKER_STOPS.contains(c.f[j + 1])) {
            return -1;
        }
        for (int q = j + 2; q < Math.min(to, j + MAX_ASIDE_TOKENS); q++) {
            Token t = c.toks.get(q);
            if (OutletPhrases.isTerminator(t) || t.isPunct(':') || ArabicAttributor.LEX.isComplementizer(c.f[q])) {
                return -1;
            }
            if (t.isComma()) {
                int o = q + 1;
                return o + 1 < to && c.toks.get(o).kind() == Token.Kind.WORD && !SpeakerSpans.stop(c, o)
                        && !ArabicAttributor.LEX.isComplementizer(c.f[o]) && !NonReportingUses.cueWord(c, o)
                        ? o : -1;
            }
        }
        return -1;
    }

    /** Statement nouns that open a venue aside after the speaker ("، في بيان …،", "، في تصريح …،"). */
    private static final java.util.Set<String> VENUE_NOUNS = ArabicLexicons.set("بيان", "بيانه", "بيانها", "تصريح",
            "تصريحات", "تصريحه", "تصريحها", "مؤتمر", "حديث", "مقابلة", "بلاغ", "منشور", "تغريدة", "رسالة", "تقرير",
            "تقريره", "تقريرها", "نشرة", "نشرتها", "دراسة", "دراستها");

    /**
     * How many tokens a comma-delimited aside between the speaker and the object may have. A venue aside
     * ("، في بيان نقلته وكالة الأنباء الرسمية (سانا) مساء أمس،") names the statement, who carried it and when: it
     * runs longer than a time phrase, and the object comes only after its closing comma.
     */
    static int asideSpan(ParagraphContext c, int k, int to) {
        return k + 1 < to && c.f[k].equals("في") && VENUE_NOUNS.contains(c.f[k + 1]) ? 16 : 6;
    }

    /** How far after the speaker the warned-of phrase may start ("في بيان صدر أمس من"). */
    private static final int WARNING_WINDOW = 6;

    /**
     * "حذّرت الجمعية في بيان من "موجة غلاء جديدة"": a warning's content is what it warns of, after من (a
     * prediction, hence a claim). Returns the first token after من, or -1 (none within a few words, or a comma,
     * a complementiser or a quotation's end first).
     */
    static int warningObjectStart(ParagraphContext c, int spEnd, int to, CueLexicon.Cue cue) {
        if (!cue.lemma().equals("حذّر")) {
            return -1;
        }
        int limit = Math.min(to - 1, spEnd + WARNING_WINDOW);
        for (int q = spEnd; q < limit; q++) {
            Token t = c.toks.get(q);
            int asideEnd = t.isComma() ? venueAsideEnd(c, q, to) : -1;
            if (asideEnd > q) {
                q = asideEnd; // "حذّر الديوان، في نشرية خاصة، من …": the venue aside sits between speaker and من
                limit = Math.min(to - 1, asideEnd + 3);
                continue;
            }
            if (t.isComma() || OutletPhrases.isTerminator(t) || ArabicAttributor.LEX.isComplementizer(c.f[q])) {
                return -1;
            }
            if (c.f[q].equals("من") && (c.toks.get(q + 1).kind() == Token.Kind.WORD || c.isOpeningQuote(q + 1))) {
                return q + 1;
            }
        }
        return -1;
    }

    /**
     * "حذّرت هيئة الدواء المواطنين من شراء …", "حذّرت البلدية السكان من الاقتراب …": a warning addressed to people
     * (the speaker phrase ends in a definite plural of people, then من) advises them what not to do — a call, not a
     * claim (a warning of something, "حذّرت الجمعية من موجة غلاء", "من أن …", stays a prediction).
     */
    static boolean adviceToPeople(ParagraphContext c, int spStart, int spEnd, int to, CueLexicon.Cue cue) {
        return cue.lemma().equals("حذّر") && spEnd - spStart >= 2 && spEnd + 1 < to && c.f[spEnd].equals("من")
                && !ArabicAttributor.LEX.isComplementizer(c.f[spEnd + 1]) && ClauseSubjects.peopleObject(c.f[spEnd - 1]);
    }

    private static final java.util.Set<String> ASIDE_PREPOSITIONS = ArabicLexicons.set("في", "عبر", "خلال");

    /** "، في نشرية خاصة،" opening at comma {@code k}: a short prepositional aside; its closing comma, or -1. */
    private static int venueAsideEnd(ParagraphContext c, int k, int to) {
        if (k + 1 >= to || !ASIDE_PREPOSITIONS.contains(c.f[k + 1])) {
            return -1;
        }
        for (int q = k + 2; q < Math.min(to, k + 7); q++) {
            Token t = c.toks.get(q);
            if (t.isComma()) {
                return q;
            }
            if (t.kind() != Token.Kind.WORD || ArabicAttributor.LEX.isComplementizer(c.f[q])) {
                return -1;
            }
        }
        return -1;
    }

    /** The first denial-object head within a few tokens after the speaker, before any comma; or -1. */
    static int denialObjectStart(ParagraphContext c, int spEnd, int to) {
        for (int q = spEnd; q < Math.min(to, spEnd + DENIAL_WINDOW); q++) {
            Token t = c.toks.get(q);
            if (t.isComma() || t.isPunct(':') || OutletPhrases.isTerminator(t) || c.insideQuote(q) && !t.isQuote()) {
                return -1;
            }
            if (t.kind() == Token.Kind.WORD && DENIAL_OBJECT_HEADS.contains(c.f[q])
                    && !(c.f[q].equals("ما") && q + 1 < to && !ClauseRules.looksLikeVerb(c.f[q + 1]))) {
                return q; // "ما تردد" / "ما نشرته" only: a bare "ما" also negates
            }
        }
        return -1;
    }

    /**
     * "واتهموا الجهات المعنية بـ…", "واتهم الحكومة بـ«…»": the phrase after an accusation verb is its object, and
     * the subject is the verb's pronoun (the previous speaker), when
     * <ul>
     *   <li>the verb carries the plural suffix وا: a following explicit subject would take a singular verb (VSO
     *       agreement), so what follows is not the subject; or</li>
     *   <li>only one noun (or one quoted name) stands between the verb and the charge (بـ): an accusation needs an
     *       accused, so a single noun is that accused.</li>
     * </ul>
     *
     * @param j first token after the verb; @param spEnd end of the scanned speaker phrase
     */
    static boolean accusationWithPronounSubject(ParagraphContext c, int i, int j, int spEnd, int to) {
        String v = c.f[i];
        if (v.endsWith("وا") && v.length() >= 5) {
            return true;
        }
        if (spEnd >= to || !charge(c, spEnd)) {
            return false;
        }
        int nouns = 0;
        for (int q = j; q < spEnd; q++) {
            Token t = c.toks.get(q);
            if (t.isQuote()) {
                int e = q + 1;
                while (e < spEnd && !c.toks.get(e).isQuote()) {
                    e++;
                }
                q = e;
                nouns++;
            } else if (t.kind() == Token.Kind.WORD) {
                nouns++;
            } else {
                return false;
            }
        }
        return nouns == 1;
    }

    /**
     * "…أنها تلقت نداء استغاثة، واتهمت السلطات اليونانية بـ"التأخر …"": an accusation coordinated after a comma
     * inside a running report, whose phrase before the charge holds no accuser + accused split ({@code acc >= spEnd}):
     * an accusation needs an accused, so the phrase is the accused and the running speaker accuses (the verb's
     * pronoun subject). Sentence-initially the same shape may be the passive (اُتّهم), so it is left alone there.
     */
    static boolean coordinatedAccusation(ParagraphContext c, int from, int i, boolean open, int acc, int spEnd, int to) {
        return open && acc >= spEnd && i > from && c.toks.get(i - 1).isComma()
                && SentenceShapes.conjoined(c, i)
                && spEnd < to && charge(c, spEnd);
    }

    /** The charge of an accusation: بـ as its own token, or a ب-prefixed masdar (بالوقوف، بتضخيم). */
    static boolean charge(ParagraphContext c, int k) {
        if (c.toks.get(k).kind() != Token.Kind.WORD) {
            return false;
        }
        String f = c.f[k];
        return f.equals("ب") || f.startsWith("ب") && f.length() >= 4 && !f.equals("باسم");
    }

    /** Quantifier heads: what they head is an amount (أكثر من ثلثها، معظمها، نصف الموازنة). */
    static final Set<String> QUANTIFIERS = ArabicLexicons.set("أكثر", "أقل", "نحو", "حوالي", "قرابة", "معظم",
            "معظمها", "معظمه", "أغلب", "أغلبها", "نصف", "نصفها", "ثلث", "ثلثا", "ربع", "جزء", "جزءا", "الجزء", "بقية");

    /**
     * "ذهب أكثر من 80% منها إلى بندي الرواتب": ذهب is a reporting cue only with a speaker ("ذهب المحلل إلى أن"); a
     * phrase headed by a quantifier or holding a number or a percentage before إلى is an amount that "goes to"
     * something. Scans at most 10 tokens from the subject.
     */
    static boolean amountNotSpeaker(ParagraphContext c, int a, int to) {
        if (a < to && QUANTIFIERS.contains(c.f[a])) {
            return true;
        }
        for (int q = a; q < Math.min(to, a + 10); q++) {
            Token t = c.toks.get(q);
            if (c.f[q].equals("الي") || OutletPhrases.isTerminator(t)) {
                return false;
            }
            if (t.kind() == Token.Kind.NUMBER || t.isPunct('%')) {
                return true;
            }
        }
        return false;
    }

    /**
     * "فيما أعلن الدفاع المدني انتشال جثتين", "نفى الجيش استهداف …", "نفت الوزارة صحة الأنباء": a definite subject
     * (definite words, genitives with لـ) takes no bare indefinite word after it, so the first bare word starts the
     * verb's object. Not after a title or honorific head, and not at a given name, where a bare personal name follows
     * ("أعلن الرئيس الأمريكي جو بايدن"). Returns the object's index inside [a, b), or b.
     */
    static int definiteSubjectEnd(ParagraphContext c, int a, int b) {
        String f0 = c.f[a];
        if (!f0.startsWith("ال") || ArabicLexicons.TITLES.contains(f0) || ArabicLexicons.HONORIFICS.contains(f0)) {
            return b;
        }
        for (int q = a + 1; q < b; q++) {
            Token t = c.toks.get(q);
            if (t.kind() == Token.Kind.NUMBER) {
                return q; // "ووثّق المرصد 30 خرقاً": a number opens a counted object
            }
            if (t.kind() != Token.Kind.WORD || !t.isArabic()) {
                return b; // a quoted name, a parenthesis, a Latin name: leave the phrase alone
            }
            String f = c.f[q];
            if (f.startsWith("ال") || f.startsWith("ل") || f.startsWith("و") && q + 1 < b && c.f[q + 1].startsWith("ال")) {
                continue; // definite modifier, لـ genitive, "وحماية المستهلك"
            }
            if (ArabicLexicons.FIRST_NAMES.contains(f) || ArabicLexicons.HONORIFICS.contains(f)
                    || SpeakerResolver.NAME_CONNECTORS.contains(f) || ArabicLexicons.TITLES.contains(f)) {
                return b;
            }
            return q;
        }
        return b;
    }
}
