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
        if (i > from && (c.f[i - 1].equals("عدم") || MOMENT_NOUNS.contains(c.f[i - 1])) || betweenPreposition(c, i, to)
                || theophoricName(c, i, to) || elative(c, i, to) || reachesAmount(c, i, to) || noReply(c, i, to)
                || EstimatedMeasures.passive(c, i, to) || spokeOnCondition(c, i, to)) {
            return true;
        }
        return i > from && (negatedAnonymityClause(c, i - 1, to) || negatedWithNoSubject(c, i, to))
                || identityObject(c, i, to);
    }

    /**
     * "رفض ذكر اسمه", "طلب عدم كشف هويته": a reporting form whose object is the speaker's own name or identity is
     * the masdar of an anonymity aside — nothing is reported, and the identity noun is no speaker.
     */
    static boolean identityObject(ParagraphContext c, int i, int to) {
        return i + 1 < to && AnonymityMarkers.ANON_MARKERS.contains(c.f[i + 1]) && !c.f[i + 1].equals("الكشف");
    }

    /** Condition words before an anonymity request: "شريطة عدم …", "بشرط ألا …". */
    private static final java.util.Set<String> CONDITIONS = ArabicLexicons.set("شريطة", "بشرط", "شرط", "مشترطا",
            "مشترطة");
    private static final java.util.Set<String> NOT_TO = ArabicLexicons.set("عدم", "ألا");

    /**
     * "مسؤول في الوزارة، تحدث شريطة عدم الكشف عن هويته، أكد أن …": a verb followed by the condition of anonymity
     * says how the source spoke, not what — the aside reports nothing, its condition is no speaker, and the real
     * cue of the sentence comes after it (the anonymity aside then types the source ANONYMOUS).
     */
    static boolean spokeOnCondition(ParagraphContext c, int i, int to) {
        return i + 2 < to && CONDITIONS.contains(c.f[i + 1]) && NOT_TO.contains(c.f[i + 2]);
    }

    /**
     * "تتراوح بين 8 و10 ساعات", "ما بين 40 و60": بين (unvocalised, also the verb بيّن "showed") before a number or
     * after ما / a form of تراوح is the preposition "between".
     */
    static boolean betweenPreposition(ParagraphContext c, int i, int to) {
        if (!c.f[i].equals("بين") && !c.f[i].equals("وبين")) {
            return false;
        }
        if (i + 1 < to && c.toks.get(i + 1).kind() == org.isnad.extraction.engine.text.Token.Kind.NUMBER) {
            return true;
        }
        return i > 0 && (c.f[i - 1].equals("ما") || c.f[i - 1].contains("تراوح"));
    }

    /** Cue forms that are also elatives (أفعل): "أبرز" = "the most prominent". */
    private static final java.util.Set<String> ELATIVE_FORMS = ArabicLexicons.set("أبرز", "وأبرز");

    /**
     * "من أبرز الملفات", "أبرز الدول التي …": after من, or before a definite noun it is in construct with, the form is
     * the elative "the most prominent", not the verb "highlighted" (whose object is indefinite or a complementiser).
     */
    static boolean elative(ParagraphContext c, int i, int to) {
        if (!ELATIVE_FORMS.contains(c.f[i])) {
            return false;
        }
        if (i > 0 && c.f[i - 1].equals("من")) {
            return true;
        }
        return i + 1 < to && c.f[i + 1].startsWith("ال") && i + 2 < to
                && (c.f[i + 2].equals("التي") || c.f[i + 2].equals("الذي") || c.f[i + 2].equals("الذين"));
    }

    /** "حتى لحظة نشر هذا التقرير", "وقت كتابة الخبر": after a moment noun the form is a masdar in construct. */
    private static final java.util.Set<String> MOMENT_NOUNS = ArabicLexicons.set("لحظة", "ساعة", "وقت", "موعد",
            "تاريخ");

    /**
     * "آدم حسب الله كورينا": حسب before الله is the first half of a compound given name (like فضل الله، نصر الله),
     * not the preposition "according to".
     */
    static boolean theophoricName(ParagraphContext c, int i, int to) {
        return c.f[i].equals("حسب") && i + 1 < to && c.f[i + 1].equals(ALLAH);
    }

    /** A reporting cue at {@code k}, unless it is the first half of a compound name ("حسب الله"). */
    static boolean cueWord(ParagraphContext c, int k) {
        return ArabicAttributor.LEX.lookup(c.f[k]) != null && !theophoricName(c, k, c.f.length);
    }

    private static final String ALLAH = org.isnad.extraction.engine.text.Fold.fold("الله");

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
        return AnonymityMarkers.ANON_MARKERS.contains(c.f[k + 2])
                || c.f[k + 2].equals("عن") && k + 3 < to && AnonymityMarkers.ANON_MARKERS.contains(c.f[k + 3]);
    }

    /** Counting words that open an amount or an age after بلغ ("يبلغ ثلاثين عاماً", "تبلغ نحو …"). */
    private static final java.util.Set<String> AMOUNT_OPENERS = ArabicLexicons.set("نحو", "حوالي", "قرابة", "أكثر",
            "أقل", "زهاء", "ما", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "مئة", "مائة",
            "ألف", "آلاف", "مليون", "ملايين", "مليار", "عشرات", "مئات", "العشرين", "الثلاثين", "الأربعين", "الخمسين",
            "الستين", "السبعين", "الثمانين", "التسعين", "عمره", "عمرها");

    /**
     * "وهو شاب سوري يبلغ 24 عاماً", "تبلغ من العمر ثلاثين عاماً", "يبلغ نحو 300 مليار": بلغ before a number, a
     * counting word or "من العمر" is "to reach / to be aged", not أبلغ "to inform": no report, and the amount is no
     * speaker.
     */
    static boolean reachesAmount(ParagraphContext c, int i, int to) {
        CueLexicon.Cue cue = ArabicAttributor.LEX.lookup(c.f[i]);
        if (cue == null || !cue.lemma().equals("أبلغ") || i + 1 >= to || c.f[i].contains("ابلغ")) {
            return false;
        }
        String n = c.f[i + 1];
        return c.toks.get(i + 1).kind() == org.isnad.extraction.engine.text.Token.Kind.NUMBER
                || AMOUNT_OPENERS.contains(n) || n.equals("من") && i + 2 < to && c.f[i + 2].equals("العمر");
    }

    /** What a reply is introduced by: "بأن", "بالقول". */
    private static final java.util.Set<String> REPLY_COMPLEMENTS = ArabicLexicons.set("بأن", "بأنه", "بأنها", "بأنهم",
            "بالقول");

    /** Nouns of news that "وردت" (arrived) takes as its subject: "وردت أنباء عن …". */
    private static final java.util.Set<String> NEWS_NOUNS = ArabicLexicons.set("أنباء", "انباء", "معلومات",
            "تقارير", "أخبار", "اخبار", "بلاغات", "شكاوى");

    /**
     * "وردّ خفر السواحل بأن …" is a reply that reports; "رداً على القصف", "وردت أنباء عن …", "ورد في التقرير أن"
     * (undiacritised ورد is also "came, was stated") are not. A form of ردّ reports only when بأن / بالقول follows
     * its subject within 12 tokens, before any other complementiser, and its subject is no news noun or preposition.
     */
    static boolean noReply(ParagraphContext c, int i, int to) {
        CueLexicon.Cue cue = ArabicAttributor.LEX.lookup(c.f[i]);
        if (cue == null || !cue.lemma().equals("ردّ")) {
            return false;
        }
        if (i + 1 >= to || NEWS_NOUNS.contains(c.f[i + 1]) || c.f[i + 1].equals("في") || c.f[i + 1].equals("على")) {
            return true;
        }
        for (int q = i + 1; q < Math.min(to, i + 13); q++) {
            if (REPLY_COMPLEMENTS.contains(c.f[q])) {
                return false;
            }
            if (ArabicAttributor.LEX.isComplementizer(c.f[q]) || c.toks.get(q).isPunct(':')
                    || OutletPhrases.isTerminator(c.toks.get(q))) {
                return true;
            }
        }
        return true;
    }
}
