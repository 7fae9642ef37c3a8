package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.*;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.FIRST_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.NOT_NAME;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.SPEAKER_STOPS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;
import static org.isnad.extraction.engine.attribution.ClaimAssembler.*;
import static org.isnad.extraction.engine.attribution.CueHits.*;
import static org.isnad.extraction.engine.attribution.OutletPhrases.*;
import static org.isnad.extraction.engine.attribution.SpeakerResolver.*;
import static org.isnad.extraction.engine.attribution.Appositives.*;
import static org.isnad.extraction.engine.attribution.PersonNames.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/** Boundaries inside a cue's region: where the speaker phrase ends, appositives, anonymity asides, the object of a direct-object cue. */
final class SpeakerSpans {
    private SpeakerSpans() {
    }

    static final Set<String> CIRCUMSTANTIAL_HEADS = ArabicLexicons.set("اليوم", "أمس", "الأحد",
            "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "في", "خلال", "عبر", "مساء",
            "صباح", "فجر", "ظهر", "ليل", "يوم", "لـ", "ل", "بدوره", "بدورها", "أيضا", "أيضاً", "الأسبوع",
            "الشهر", "منذ", "عقب", "بعد", "قبل", "أثناء", "من");

    static final Set<String> ACCUSATIONS = Set.of("اتهم", "حمّل");

    /** "مقرب من", "قريب من": the anonymous source's closeness, part of its description. */
    static final Set<String> CLOSE_TO = ArabicLexicons.set("مقرب", "مقربه", "مقربون", "مقربين", "قريب", "قريبه",
            "قريبون", "قريبين");

    /** مُفعِل / مُفعَل participles used as adjectives of a source (مطلع، مقرب، موثوق، مسؤول): م + 3–5 letters. */
    static boolean participleAdjective(String f) {
        return f.startsWith("م") && f.length() >= 4 && f.length() <= 6 && !f.startsWith("من") && !f.startsWith("ما");
    }

    /** Manner nouns after بـ: "بلهجة حادة", "بنبرة غاضبة", "بصوت مرتفع", "بوضوح". */
    static final Set<String> MANNER_NOUNS = ArabicLexicons.set("بلهجة", "بنبرة", "بصوت", "بوضوح", "بصراحة",
            "بحزم", "بغضب", "بحسرة", "بمرارة", "بثقة", "بأسف", "بحماس", "بهدوء");

    /** The masdar of قال after a relayed source or a reply: قوله، قولها، قولهم، قولهما، "ردّ X بالقول". */
    static final Set<String> SAYING_MASDARS = ArabicLexicons.set("قوله", "قولها", "قولهم", "قولهما", "بالقول");

    static final Set<String> AUDIENCES = ArabicLexicons.set("للصحافيين", "للصحفيين", "للإعلاميين", "للصحافة", "للمراسلين");

    /**
     * بـ + noun + possessive pronoun (بلهجته، بنبرتها، بصفته، بصوتهم): a manner or capacity adverbial after
     * the speaker. Decided on the original spelling, because folding merges ة with the pronoun ه.
     */
    static boolean mannerAdverbial(ParagraphContext c, int k) {
        String f = c.f[k];
        if (MANNER_NOUNS.contains(f)) {
            return true;
        }
        if (c.toks.get(k).kind() != Token.Kind.WORD || !f.startsWith("ب") || f.length() < 5) {
            return false;
        }
        String o = c.origToken(k);
        int e = o.length();
        while (e > 0 && isArabicMark(o.charAt(e - 1))) {
            e--;
        }
        String letters = o.substring(0, e);
        return letters.endsWith("ه") || letters.endsWith("ها") || letters.endsWith("هم") || letters.endsWith("هما");
    }

    private static boolean isArabicMark(char ch) {
        return ch >= '\u064B' && ch <= '\u065F' || ch == '\u0670' || ch == '\u0640';
    }

    /** "على" (preposition) and "علي" (given name) fold to the same form: decide on the original spelling. */
    static boolean stop(ParagraphContext c, int k) {
        return SPEAKER_STOPS.contains(c.f[k]) && !(c.f[k].equals("علي") && !c.alaPreposition(k));
    }

    static boolean notName(ParagraphContext c, int k) {
        return NOT_NAME.contains(c.f[k]) && !(c.f[k].equals("علي") && !c.alaPreposition(k)) || bareOrgHead(c.f[k]);
    }

    /**
     * A bare institutional head noun of the shared trigger list (ميليشيا، كتائب، فصيل، سرايا، قبيلة …): it opens the
     * name of a body, never a personal name, so "وقالت ميليشيا الفلاني" is no "given name + family name".
     */
    static boolean bareOrgHead(String folded) {
        return !folded.startsWith("ال") && (org.isnad.extraction.engine.lexicon.Gazetteer.get().flags(folded)
                & org.isnad.extraction.engine.lexicon.Gazetteer.FLAG_ORG_TRIGGER) != 0;
    }

    /** For direct-object cues without complementiser: first opening quote, else after skipped circumstantials. */
    static int directObjectStart(ParagraphContext c, int spEnd, int to) {
        int k = spEnd;
        for (int q = spEnd; q < Math.min(to, spEnd + 8); q++) {
            if (c.isOpeningQuote(q)) {
                // "فصيل “الحمزات” بـ…": a head noun right before a quoted name belongs to the object
                return q == spEnd + 1 && c.toks.get(spEnd).kind() == Token.Kind.WORD
                        && !CIRCUMSTANTIAL_HEADS.contains(c.f[spEnd]) && shortQuotedName(c, q, to) ? spEnd : q;
            }
            if (isTerminator(c.toks.get(q))) {
                break;
            }
        }
        // skip ", اليوم الأحد،" / "في بيان،" segments
        int guard = 0;
        while (k < to && guard++ < 6) {
            if (c.toks.get(k).isComma()) {
                int e = k + 1;
                int span = ReportObjects.asideSpan(c, k + 1, to); // "، في بيان نقلته وكالة …، وجود …"
                while (e < to && !c.toks.get(e).isComma() && !isTerminator(c.toks.get(e)) && e - k <= span) {
                    e++;
                }
                if (e < to && c.toks.get(e).isComma() && e - k <= span && k + 1 < to
                        && (CIRCUMSTANTIAL_HEADS.contains(c.f[k + 1]) || c.toks.get(k + 1).kind() == Token.Kind.NUMBER
                        || c.f[k + 1].startsWith("ال"))) {
                    k = e;
                    continue;
                }
                k++;
                break;
            }
            if (CIRCUMSTANTIAL_HEADS.contains(c.f[k]) && k == spEnd) {
                // "في بيان" directly after the speaker
                int e = k;
                while (e < to && !c.toks.get(e).isComma() && e - k <= 5) {
                    e++;
                }
                if (e < to && c.toks.get(e).isComma()) {
                    k = e;
                    continue;
                }
            }
            break;
        }
        return k < to ? k : -1;
    }

    /** End (exclusive) of a speaker phrase starting at {@code j}. */
    static int speakerEnd(ParagraphContext c, int j, int to, CueLexicon.Cue cue) {
        int k = j;
        int words = 0;
        boolean genericHead = false;
        boolean anonHead = false;
        while (k < to && words < 12 && k - j < 40) {
            Token t = c.toks.get(k);
            String fk = c.f[k];
            if (LEX.isComplementizer(fk) || t.isPunct(':') || isTerminator(t)) {
                break;
            }
            if (AUDIENCES.contains(fk)) {
                break; // "للصحافيين": the audience, not part of the speaker
            }
            if (fk.equals("من") && words >= 2 && anonHead && CLOSE_TO.contains(c.f[k - 1]) && k + 1 < to
                    && c.toks.get(k + 1).kind() == Token.Kind.WORD) {
                k++; // "مصدر مقرب من الحكومة"
                continue;
            }
            if (fk.equals("من") && words == 1 && k == j + 1 && SpeakerResolver.GROUP_PORTIONS.contains(c.f[j])
                    && k + 1 < to && c.toks.get(k + 1).kind() == Token.Kind.WORD && !stop(c, k + 1)) {
                k++; // "وقال عدد من السكان": the portion and its group are one subject
                continue;
            }
            if (words > 0 && StatementIssuer.ISSUE_VERBS.contains(fk)) {
                break; // "تقرير لمنظمة X صدر العام الماضي": a relative clause about the document
            }
            if (words > 0 && NonReportingUses.negatedAnonymityClause(c, k, to)) {
                break; // "عن ضابط إسرائيلي لم تكشف هويته قوله": the clause describes the source, it is not part of it
            }
            if (words > 0 && ((fk.equals("اي") || fk.equals("أي")) && !c.f[k - 1].equals("من")
                    || ReportObjects.objectRightAfterVerb(c, k, to, cue))) {
                break; // "نفى فلان أي تدخل له", "نفى المتحدث وجود …": the (denied) object, never part of a subject
            }
            if (words > 0 && SAYING_MASDARS.contains(fk)) {
                break; // "نقل موقع X عن مسؤولين قولهم إن": "their saying" follows the relayed source
            }
            if (words > 0 && mannerAdverbial(c, k)) {
                break; // "ويضيف قاسم بلهجته المحلية:", "قال بصفته …": how he speaks, not who
            }
            if (ACCUSATIONS.contains(cue.lemma()) && t.kind() == Token.Kind.WORD && (words >= 2 && fk.startsWith("ب")
                    && fk.length() >= 4 && !fk.equals("باسم") && !c.f[k - 1].equals("في") || words >= 1 && (fk.equals("ب")
                    || fk.startsWith("بال") && fk.length() >= 6))) {
                // "اتهم X Y بافتعال …", "اتهم الحكومة بـ«…» / بالتقصير": the charge starts the content ("في برلمان
                // …": a word governed by في is the preposition's object, not a ب-charge)
                break;
            }
            if (t.isComma()) {
                int e = segmentEnd(c, k + 1, to);
                int chain = words > 0 && TITLES.contains(c.f[j]) ? titleAppositivesThenName(c, k, to) : -1;
                if (chain > k) {
                    k = chain; // "وزير العدل، رئيس اللجنة …، كمال حداد،"
                    continue;
                }
                if (words > 0 && nameLikeSegment(c, k + 1, e)) {
                    k = e;
                    continue;
                }
                break;
            }
            if (t.isPunct('(')) {
                int e = k + 1;
                while (e < to && !c.toks.get(e).isPunct(')') && e - k < 6) {
                    e++;
                }
                if (e < to && c.toks.get(e).isPunct(')')) {
                    int open = k;
                    k = e + 1;
                    if (words >= 2 && glossWord(c, open, e) && k < to && c.toks.get(k).kind() == Token.Kind.WORD
                            && !(TITLES.contains(c.f[j]) && stop(c, k))) {
                        // "وكالة … اللاجئين الفلسطينيين (أونروا) تعليق عملها": the acronym closes the name; after a
                        // title a stop word ("مدير فرع الشركة … (محروقات) في حلب، فلان،") is left to the stop rules,
                        // which look for the name appositive beyond the place
                        break;
                    }
                    continue;
                }
                break;
            }
            if (t.isQuote()) {
                if (c.isOpeningQuote(k) && shortQuotedName(c, k, to)) {
                    int e = k + 1;
                    while (e < to && !c.toks.get(e).isQuote()) {
                        e++;
                    }
                    k = e + 1;
                    words++;
                    continue;
                }
                break;
            }
            if (t.kind() == Token.Kind.PUNCT) {
                if (t.isPunct('-') || t.isPunct('+') || t.isPunct('&')) {
                    k++;
                    continue;
                }
                break;
            }
            if (isOutletL(c, k, to) && !(words > 0 && TITLES.contains(c.f[j])
                    && (fk.startsWith("لل") || agencyGenitive(c, k, to)))) {
                break; // (after a title, "للوكالة" is a genitive: "المفوض العام للوكالة")
            }
            if (fk.equals("في") && words >= 1 && words <= 3 && genericHead && k + 1 < to
                    && (c.f[k + 1].startsWith("ال") || NOT_NAME.contains(c.f[k + 1]))) {
                k++;
                continue;
            }
            if (stop(c, k) || (words > 0 && NonReportingUses.cueWord(c, k))) {
                int ap = words > 0 && TITLES.contains(c.f[j]) ? appositiveAhead(c, k, to) : -1;
                if (ap < 0 && words > 0 && describedPersonHead(c.f[j])) {
                    ap = appositiveAhead(c, k, to);
                    if (ap > 0 && !(ap + 1 < to && (LEX.isComplementizer(c.f[ap + 1]) || isOutletL(c, ap + 1, to)))) {
                        ap = -1; // "المرشح لعضوية المجلس، فلان، إن": only when the report goes on right after it
                    }
                }
                if (ap > k) {
                    k = ap;
                    continue;
                }
                int nm = words > 0 && TITLES.contains(c.f[j]) && (fk.equals("في") || fk.equals("باسم"))
                        ? nameAhead(c, k, to) : -1;
                if (nm > k) {
                    k = nm;
                    continue;
                }
                int[] afterPlace = words > 0 && TITLES.contains(c.f[j]) && fk.equals("في")
                        ? TitledPlaceNames.nameAfterPlace(c, k, to) : null;
                if (afterPlace == null && words > 0 && TITLES.contains(c.f[j]) && (fk.equals("في") || fk.equals("عن"))) {
                    afterPlace = TitledPlaceNames.nameAfterDefiniteScope(c, k, to); // "النائب عن الحزب … فلان"
                }
                if (afterPlace != null) {
                    k = afterPlace[1]; // "نقيب المخابز في جبل لبنان أنطوان سيف،"
                    continue;
                }
                break;
            }
            if (words >= 1 && anonHead && !fk.startsWith("ال") && !adjectiveLike(fk) && !participleAdjective(fk)
                    && !nameAfterPrepositionalHead(c, j, k) && !(k == j + 1 && SpeakerResolver.latinName(c, k))) {
                // (a Latin-script brand right after the head is its genitive: "مراسل BBC")
                int ap = PERSON_HEADS.contains(c.f[j]) ? appositiveAhead(c, k, to) : -1;
                if (ap > k) {
                    k = ap; // "عضو مجلس الشعب، نورا الخطيب،": a named member
                    continue;
                }
                if (words == 1 && (c.f[j].endsWith("و") || ArabicLexicons.CONSTRUCT_TRADE_HEADS.contains(c.f[j]))
                        && c.toks.get(k).kind() == Token.Kind.WORD && !notName(c, k)) {
                    // ("بائع خضار", "ربة منزل": a singular trade with its genitive)
                    words++; // construct plural: "سائقو سيارات الأجرة", "ناشطو المنطقة"
                    k++;
                    continue;
                }
                int named = DescribedNames.nameEnd(c, j, k, to);
                if (named > k) {
                    return named; // "سائق الأجرة كمال حسين": the name after the description
                }
                break; // "يقدّر خبراء حجم …": the object starts here
            }
            if (words == 0) {
                anonHead = ArabicLexicons.anonHead(fk);
                genericHead = ArabicLexicons.anonHead(fk) || OFFICIAL_PERSON_HEADS.contains(fk)
                        || fk.equals("عضو") || fk.equals("قيادي") || fk.equals("ممثل") || fk.equals("ممثله");
            }
            words++;
            k++;
        }
        return k;
    }

    /**
     * "المفوض العام لوكالة “أونروا”", "المدير العام لوكالة الطاقة الذرية": after a title, "لوكالة X" is a
     * genitive when X is not a news agency (وكالة الأنباء …, a known outlet).
     */
    static boolean agencyGenitive(ParagraphContext c, int k, int to) {
        if (!c.f[k].equals("لوكاله") || k + 1 >= to) {
            return false;
        }
        int q = c.toks.get(k + 1).isQuote() ? k + 2 : k + 1;
        if (q >= to) {
            return false;
        }
        String n = c.f[q];
        return !n.contains("انباء") && !OUTLET_NAMES.contains(n)
                && !(q + 1 < to && OUTLET_NAMES.contains(n + " " + c.f[q + 1]));
    }

    /**
     * "اتهم وزير الداخلية التنظيمَ بافتعال …", "يتهم مسؤولون محليون تنظيم “داعش” بـ…": when the speaker phrase
     * stopped at the charge (a ب-word), its last noun (or quoted name with its head) is the accused: the
     * speaker ends before it, so the accused opens the content.
     */
    static int accusedStart(ParagraphContext c, int a, int b, int to) {
        if (b >= to || !c.f[b].startsWith("ب") || b - a < 2) {
            return b;
        }
        int afterName = AccuserAppositives.accusedAfterAppositive(c, b, to);
        if (afterName > b) {
            return afterName; // "… بصفاقس، فلان، الوزارة بـ…": the place and the name belong to the accuser
        }
        int last = b - 1;
        if (c.toks.get(last).isQuote()) {
            int q = last - 1;
            while (q > a && !c.toks.get(q).isQuote()) {
                q--;
            }
            if (q <= a || !c.toks.get(q).isQuote()) {
                return b;
            }
            return q - 1 > a && c.toks.get(q - 1).kind() == Token.Kind.WORD && !c.f[q - 1].startsWith("ال")
                    ? q - 1 : q;
        }
        String f = c.f[last];
        if (!f.startsWith("ال") && adjectiveLike(f) && c.toks.get(last).kind() == Token.Kind.WORD) {
            // "اتهمت وزارة الداخلية | جماعة مسلحة بالوقوف …": an indefinite noun + adjective after the definite end
            // of the speaker's construct chain is the accused (a definite noun takes no indefinite modifier)
            int noun = last - 1;
            if (noun - 1 > a && c.toks.get(noun).kind() == Token.Kind.WORD && !c.f[noun].startsWith("ال")
                    && !c.f[noun].endsWith("ون") && !c.f[noun].endsWith("ين") && c.f[noun - 1].startsWith("ال")
                    && !FIRST_NAMES.contains(c.f[noun])) {
                return noun;
            }
            return b;
        }
        if (c.toks.get(last).kind() != Token.Kind.WORD || isNisbaAdjective(f) || f.endsWith("ون")
                || f.endsWith("ين") || !f.startsWith("ال") && adjectiveLike(f)
                || last - 1 == a && !c.f[a].startsWith("ال")) {
            return b; // ("وزارة الصحة بـ…": an indefinite head and its definite genitive are one construct phrase)
        }
        return last;
    }

    /**
     * "سكان في مدينة جمجمال", "عضو لجنة الطاقة في برلمان كوردستان": after في + a common head that takes a name
     * (مدينة، برلمان، مجلس …), that head and the bare word after it (its name) belong to the speaker, not to the
     * object.
     */
    static boolean nameAfterPrepositionalHead(ParagraphContext c, int j, int k) {
        return k - 1 >= j && c.f[k - 1].equals("في") && NOT_NAME.contains(c.f[k]) // the head itself
                || k - 2 >= j && NOT_NAME.contains(c.f[k - 1]) && c.f[k - 2].equals("في"); // its name
    }

    /**
     * "(أونروا)", "(واس)": one word between the parentheses [open+1, close) and no number, an acronym or another
     * name of what precedes it (an age or a date gloss holds a number).
     */
    static boolean glossWord(ParagraphContext c, int open, int close) {
        return close == open + 2 && c.toks.get(open + 1).kind() == Token.Kind.WORD;
    }

    /** Nisba / participle-like adjective endings: أمني، ميدانية، مطلعة، محليون، دبلوماسيين. */
    static boolean adjectiveLike(String f) {
        return f.endsWith("ي") || f.endsWith("يه") || f.endsWith("ه") || f.endsWith("ون") || f.endsWith("ين")
                || f.equals("عيان");
    }

}
