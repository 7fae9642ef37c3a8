package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicLexicons.ANON_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.FIRST_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.NOT_NAME;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.SPEAKER_STOPS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/**
 * Clause-level claims and their attribution for one Arabic sentence.
 *
 * <p>1. Cue hits are found left to right: finite reporting verbs (speaker after the verb, or before it for
 * SVO order / empty for continuations), participles of the current speaker, prepositional attributions
 * (بحسب، وفق، نقلاً عن), agentless passives (أفيد) and narrative asides (يُذكر أن). A verb is a cue only
 * when a complementiser (أن/إن/بأن/إلى أن), a colon or an opening quote follows its speaker within 30 tokens,
 * or when it takes a direct object (أعلن، نفى، أكد، كشف، أبرز). Cues inside quotes are reported speech, not
 * attributions. 2. The cue, the speaker, the outlet phrase and the complementiser are removed; the rest of
 * the sentence is cut into content segments, and each segment is split again at clause boundaries
 * ({@link ClauseRules}). 3. Each segment takes the attribution of the cue that opened it; text before the
 * first cue takes a following postposed/prepositional cue, the paragraph's quote-continuation speaker, or
 * is the outlet's own narration (UNATTRIBUTED).
 */
public final class ArabicAttributor {
    private static final CueLexicon LEX = CueLexicon.get();
    private static final Set<String> ANON_MARKERS = ArabicLexicons.set("الكشف", "هويته", "اسمه", "هويتها",
            "اسمها", "هويتهم", "أسمائهم", "تسمه", "يسمه", "تسمها", "يسمها", "تسمهم", "يسمهم", "نسمه", "تسمّه",
            "يسمّه", "هويتهما");
    private static final Set<String> CIRCUMSTANTIAL_HEADS = ArabicLexicons.set("اليوم", "أمس", "الأحد",
            "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "في", "خلال", "عبر", "مساء",
            "صباح", "فجر", "ظهر", "ليل", "يوم", "لـ", "ل", "بدوره", "بدورها", "أيضا", "أيضاً", "الأسبوع",
            "الشهر", "منذ", "عقب", "بعد", "قبل", "أثناء", "من");
    private static final Set<String> ADJECTIVAL_HONORIFICS = ArabicLexicons.set("الإعلامي", "الإعلامية",
            "الصحفي", "الصحافي", "الأكاديمي", "الأديب");
    /** Singular heads for one person: anonymous without a name, a named person with an explicit one. */
    private static final Set<String> PERSON_HEADS = ArabicLexicons.set("عضو", "قيادي", "ناشط", "محلل", "مهندس",
            "موظف", "عامل", "طبيب", "مقاتل", "دبلوماسي", "مراقب", "شاهد", "مراسل", "شخص");
    /** Unnamed officials: "مسؤول في الوزارة", "ضابط في الشرطة" (ؤ/ئ are not folded, so both spellings). */
    private static final Set<String> OFFICIAL_PERSON_HEADS = ArabicLexicons.set("مسؤول", "مسؤولون", "مسؤولين",
            "مسئول", "مسئولون", "مسوول", "مسوولون", "ضابط", "ضباط", "موظف", "موظفون");
    private static final Set<String> ACCUSATIONS = Set.of("اتهم", "حمّل");
    private static final Set<String> AUDIENCES = ArabicLexicons.set("للصحافيين", "للصحفيين", "للإعلاميين",
            "للصحافة", "للمراسلين");
    private static final Set<String> NAME_CONNECTORS = ArabicLexicons.set("بن", "ابن", "بنت", "عبد", "أبو", "أبي",
            "آل", "ولد", "دي", "فان", "فون");
    private static final Set<String> DOC_HEADS = ArabicLexicons.set("تقديرات", "التقديرات", "تقارير", "التقارير",
            "معلومات", "المعلومات", "أرقام", "الأرقام", "بيانات", "البيانات", "إحصائية", "إحصاءات", "إحصائيات",
            "دراسة", "أرقام", "تقرير", "التقرير", "إحصائيات");
    private static final Set<String> STATEMENT_NOUNS = ArabicLexicons.set("بيان", "بيانا", "بيانه", "بيانها",
            "تصريح", "تصريحا", "تصريحات");

    /** One cue occurrence. Regions are token indices; {@code attr == null} means "resolve from context". */
    private static final class Hit {
        int regionStart;
        int contentStart;
        CueLexicon.Kind kind;
        Attribution attr;
        boolean prepAtStart;
        boolean svo;
        String cue;
    }

    private record Speaker(Attribution attribution, SpeakerMemory.Speaker memo) {
    }

    /**
     * @param quoteDefault attribution for cue-less text of a quoted continuation paragraph, or null
     */
    public List<Drafts> sentence(ParagraphContext c, int from, int to, SpeakerMemory mem, Attribution quoteDefault) {
        List<Hit> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            Hit h = null;
            Token t = c.toks.get(i);
            if (t.kind() == Token.Kind.WORD) {
                CueLexicon.Cue cue = LEX.lookup(c.f[i]);
                if (cue == null && c.f[i].equals("كما") && i + 1 < to) {
                    cue = null;
                }
                if (cue != null && (!c.insideQuote(i) || cue.kind() == CueLexicon.Kind.PARTICIPLE)) {
                    h = tryHit(c, i, from, to, cue, hits, mem);
                }
            }
            if (h != null) {
                hits.add(h);
                i = Math.max(i + 1, h.contentStart);
            } else {
                i++;
            }
        }
        return assemble(c, from, to, hits, mem, quoteDefault);
    }

    // ------------------------------------------------------------------------------------------ cue hits

    private Hit tryHit(ParagraphContext c, int i, int from, int to, CueLexicon.Cue cue, List<Hit> hits,
                       SpeakerMemory mem) {
        String cueText = c.origToken(i);
        switch (cue.kind()) {
            case PREP:
                return prepHit(c, i, from, to, cueText, mem);
            case PASSIVE: {
                int j = i + 1;
                if (j < to && (LEX.isComplementizer(c.f[j]) || c.f[j].startsWith("ب"))) {
                    Hit h = new Hit();
                    h.regionStart = i;
                    h.kind = CueLexicon.Kind.PASSIVE;
                    h.contentStart = LEX.isComplementizer(c.f[j]) && !CueLexicon.carriesPronoun(c.f[j]) ? j + 1 : j;
                    h.attr = new Attribution(SourceType.ANONYMOUS, null, null, cueText);
                    h.cue = cueText;
                    return h;
                }
                return null;
            }
            case NARRATIVE: {
                int j = i + 1;
                if (j < to && c.f[j].equals("الي")) {
                    j++;
                }
                if (j < to && LEX.isComplementizer(c.f[j])) {
                    Hit h = new Hit();
                    h.regionStart = i;
                    h.kind = CueLexicon.Kind.NARRATIVE;
                    h.contentStart = CueLexicon.carriesPronoun(c.f[j]) ? j : j + 1;
                    h.attr = Attribution.NONE;
                    h.cue = cueText;
                    return h;
                }
                return null;
            }
            case CALL: {
                boolean finiteAtStart = cue.lemma().startsWith("دعا") && i - from <= 3 && !hasComma(c, from, i - 1);
                if (i > from && c.toks.get(i - 1).isComma() || finiteAtStart) {
                    Hit h = new Hit();
                    h.regionStart = Math.max(from, i - 1);
                    h.kind = CueLexicon.Kind.CALL;
                    h.contentStart = i + 1;
                    h.cue = cueText;
                    return h;
                }
                return null;
            }
            case PARTICIPLE: {
                if (!(i > from && (c.toks.get(i - 1).isComma() || c.toks.get(i - 1).isQuote()))) {
                    return null;
                }
                int j = i + 1;
                if (j < to && (c.f[j].equals("الي") || c.f[j].equals("ب")
                        || c.f[j].equals("علي") && j + 1 < to && LEX.isComplementizer(c.f[j + 1])
                        || c.f[j].equals("من") && j + 1 < to && (c.isOpeningQuote(j + 1) || c.f[j + 1].startsWith("ال")))) {
                    j++;
                }
                int cs;
                if (j < to && LEX.isComplementizer(c.f[j])) {
                    cs = CueLexicon.carriesPronoun(c.f[j]) ? j : j + 1;
                } else if (j < to && (cue.directObject() || c.toks.get(j).isQuote() || j > i + 1
                        || c.f[j].startsWith("ب") || c.f[j].startsWith("ال")
                        || c.toks.get(j).kind() == Token.Kind.WORD && !SPEAKER_STOPS.contains(c.f[j]))) {
                    cs = j;
                } else {
                    return null;
                }
                Hit h = new Hit();
                h.regionStart = i - 1;
                h.kind = CueLexicon.Kind.PARTICIPLE;
                h.contentStart = cs;
                h.cue = cueText;
                return h;
            }
            case VERB:
            default:
                return verbHit(c, i, from, to, cue, hits, mem);
        }
    }

    private Hit prepHit(ParagraphContext c, int i, int from, int to, String cueText, SpeakerMemory mem) {
        int j = i + 1;
        String f0 = c.f[i];
        if (f0.endsWith("وفقا") || f0.endsWith("طبقا")) {
            if (j < to && c.f[j].equals("ل")) {
                j++;
            } else if (j < to && c.f[j].startsWith("ل") && c.f[j].length() > 2) {
                // وفقاً لبيانات -> speaker starts inside the token; keep the whole token
            } else {
                return null;
            }
        } else if (f0.endsWith("نقلا")) {
            if (j < to && c.f[j].equals("عن")) {
                j++;
            } else {
                return null;
            }
        } else if (f0.endsWith("استنادا")) {
            if (j < to && (c.f[j].equals("الي"))) {
                j++;
            } else {
                return null;
            }
        }
        // "بحسب ما أفادت به مصادر" / "وفق ما ذكرته وزارة"
        if (j < to && c.f[j].equals("ما") && j + 1 < to && LEX.lookup(c.f[j + 1]) != null) {
            j += 2;
            if (j < to && (c.f[j].equals("به") || c.f[j].equals("بها"))) {
                j++;
            }
        } else if (j < to && c.f[j].equals("ما") && j + 1 < to && LEX.lookup(stripObjectPronoun(c.f[j + 1])) != null) {
            j += 2;
        }
        if (j >= to || c.toks.get(j).kind() == Token.Kind.PUNCT && !c.toks.get(j).isQuote()) {
            return null;
        }
        // speaker phrase until comma / end; outlet "لـ X" inside
        int k = j;
        int outletStart = -1;
        int cueAt = -1;
        while (k < to && !c.toks.get(k).isComma() && !isTerminator(c.toks.get(k)) && k - j < 14) {
            if (outletStart < 0 && k > j && isOutletL(c, k, to)) {
                outletStart = k;
            }
            if (LEX.isComplementizer(c.f[k])) {
                break;
            }
            if (cueAt < 0 && k > j && LEX.lookup(c.f[k]) != null) {
                cueAt = k; // "بحسب مصادر خاصة أفادت لمراسل …"
            }
            k++;
        }
        int spEnd = outletStart >= 0 ? outletStart : k;
        if (cueAt >= 0 && cueAt < spEnd) {
            spEnd = cueAt;
        }
        String outlet = outletStart >= 0 ? outletName(c, outletStart, k) : null;
        Speaker sp = resolve(c, j, spEnd, false, mem, cueText, outlet, true);
        Hit h = new Hit();
        h.regionStart = i;
        h.kind = CueLexicon.Kind.PREP;
        h.attr = sp.attribution();
        h.cue = cueText;
        mem.remember(sp.memo());
        boolean atStart = i - from <= 2;
        h.prepAtStart = atStart;
        int cs = k;
        if (cs < to && c.toks.get(cs).isComma()) {
            cs++;
        }
        if (atStart) {
            while (cs < to && (c.toks.get(cs).isComma())) {
                cs++;
            }
            if (cs < to && LEX.isComplementizer(c.f[cs]) && !CueLexicon.carriesPronoun(c.f[cs])
                    && !c.f[cs].equals("فان")) {
                cs++;
            }
        }
        h.contentStart = cs;
        return h;
    }

    private static boolean cueWithPronoun(String w) {
        String r = stripObjectPronoun(w);
        return LEX.lookup(r) != null || r.endsWith("ا") && LEX.lookup(r.substring(0, r.length() - 1) + "ي") != null;
    }

    private static String stripObjectPronoun(String w) {
        if (w.endsWith("ته") && w.length() > 4) {
            return w.substring(0, w.length() - 2) + "ت";
        }
        if (w.endsWith("ه") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private Hit verbHit(ParagraphContext c, int i, int from, int to, CueLexicon.Cue cue, List<Hit> hits,
                        SpeakerMemory mem) {
        String cueText = c.origToken(i);
        int j = i + 1;
        boolean open = !hits.isEmpty() && hits.get(hits.size() - 1).kind != CueLexicon.Kind.CALL;
        // --- speaker before the verb (SVO) or empty (continuation)?
        boolean noSpeakerAfter = j >= to || LEX.isComplementizer(c.f[j]) || c.toks.get(j).isPunct(':')
                || c.toks.get(j).isComma() || isOutletL(c, j, to) || c.f[j].equals("فيه") || c.f[j].equals("فيها")
                || (c.isOpeningQuote(j) && !shortQuotedName(c, j, to)) || cue.needsIla() && c.f[j].equals(cue.contentPreposition())
                || c.f[j].equals("قائلا");
        int spStart;
        int spEnd;
        int accused = -1;
        boolean svo = false;
        if (noSpeakerAfter) {
            if (open) {
                boolean relative = i > from && c.toks.get(i - 1).kind() == Token.Kind.WORD
                        && !c.f[i - 1].startsWith("ال") && !ClauseRules.looksLikeVerb(c.f[i - 1])
                        && j < to && LEX.isComplementizer(c.f[j]);
                if (!relative) {
                    return null; // nested report inside an open content: reported speech
                }
                // "في خطوة قالت إنها …": a relative clause of the current speaker
                Hit h = new Hit();
                h.kind = CueLexicon.Kind.PARTICIPLE;
                h.regionStart = i;
                h.contentStart = CueLexicon.carriesPronoun(c.f[j]) ? j : j + 1;
                h.cue = cueText;
                return h;
            }
            int k = i - 1;
            int words = 0;
            while (k >= from && words <= 7 && i - k <= 20) {
                Token t = c.toks.get(k);
                if (t.isComma() || isTerminator(t) || t.isPunct(':')) {
                    break;
                }
                String fk = c.f[k];
                if (fk.equals("قد")) {
                    k--;
                    continue;
                }
                if (fk.equals("كان") || fk.equals("وكان") || fk.equals("كانت") || fk.equals("وكانت")) {
                    break;
                }
                if (t.kind() == Token.Kind.WORD && (ClauseRules.looksLikeVerb(fk) && words > 0
                        || LEX.lookup(fk) != null)) {
                    break;
                }
                if (t.kind() == Token.Kind.WORD) {
                    words++;
                }
                k--;
            }
            spStart = k + 1;
            spEnd = i;
            while (spEnd > spStart && c.f[spEnd - 1].equals("قد")) {
                spEnd--;
            }
            while (spStart < spEnd && (c.f[spStart].equals("كما") || c.f[spStart].equals("و"))) {
                spStart++;
            }
            if (words > 7) {
                return null;
            }
            svo = spEnd > spStart;
        } else {
            if (pluperfect(c, from, i) && i > from && c.f[i - 1].equals("قد")) {
                // "وكانت X قد أعلنت …": the subject precedes; with a complementiser it is still reported speech
                int k = i - 2;
                while (k >= from && !(c.f[k].equals("كان") || c.f[k].equals("كانت") || c.f[k].equals("وكان")
                        || c.f[k].equals("وكانت") || c.f[k].equals("كانوا") || c.f[k].equals("وكانوا"))) {
                    k--;
                }
                int cs0 = -1;
                for (int q = j; q < Math.min(to, j + 12); q++) {
                    if (LEX.isComplementizer(c.f[q])) {
                        cs0 = q;
                        break;
                    }
                    if (c.toks.get(q).isComma() && q + 1 < to && LEX.isComplementizer(c.f[q + 1])) {
                        continue;
                    }
                }
                if (cs0 < 0 || k < from) {
                    return null; // background narration
                }
                spStart = k + 1;
                spEnd = i - 1;
                svo = true;
            } else {
                spStart = j;
                spEnd = speakerEnd(c, j, to, cue);
                if (spEnd <= spStart) {
                    return null;
                }
                if (ACCUSATIONS.contains(cue.lemma())) {
                    int acc = accusedStart(c, spStart, spEnd, to);
                    accused = acc < spEnd ? acc : -1;
                    spEnd = acc;
                }
            }
        }
        // --- gap up to the complementiser
        int gapFrom = svo || spEnd <= spStart ? j : spEnd;
        int cs = -1;
        int limit = Math.min(to, gapFrom + 30);
        boolean anon = false;
        String outlet = null;
        int k = gapFrom;
        int speaker2Start = -1;
        int speaker2End = -1;
        while (k < limit) {
            Token t = c.toks.get(k);
            String fk = c.f[k];
            if (LEX.isComplementizer(fk)) {
                cs = CueLexicon.carriesPronoun(fk) ? k : k + 1;
                break;
            }
            if (t.isPunct(':')) {
                cs = k + 1;
                break;
            }
            if (isTerminator(t)) {
                break;
            }
            if (anonymityMarker(c, k, to)) {
                anon = true;
            }
            if (t.isComma()) {
                int e = anonymityAside(c, k, to);
                if (e > k) {
                    anon = true; // "، طلب عدم ذكر اسمه لأنه غير مخول بالتصريح،": skip the aside
                    k = e;
                    continue;
                }
            }
            if (outlet == null && isOutletL(c, k, to)) {
                int e = outletEnd(c, k, to);
                outlet = outletName(c, k, e);
                k = e;
                continue;
            }
            if (fk.equals("عن") && cue.lemma().equals("نقل") && speaker2Start < 0) {
                speaker2Start = k + 1;
                speaker2End = speakerEnd(c, k + 1, to, cue);
                k = Math.max(k + 1, speaker2End);
                continue;
            }
            CueLexicon.Cue other = LEX.lookup(fk);
            if (other != null && k > gapFrom) {
                boolean absorbed = STATEMENT_NOUNS.contains(c.f[k - 1]) && other.kind() == CueLexicon.Kind.VERB;
                if (!absorbed) {
                    break;
                }
            }
            if (c.isOpeningQuote(k) && k >= gapFrom && !shortQuotedName(c, k, to)
                    && (!cue.directObject() || k == gapFrom)) {
                // "وأوضح رحمون “..." without colon: the quote opens the content
                if (k - gapFrom <= 6) {
                    cs = k;
                }
                break;
            }
            k++;
        }
        if (cs < 0 && cue.needsIla()) {
            // ذهب X إلى التذكير بـ...
            for (int q = gapFrom; q < Math.min(to, gapFrom + 6); q++) {
                if (c.f[q].equals(cue.contentPreposition())) {
                    cs = q + 1;
                    if (c.f[q].equals("الي") && cs < to && c.f[cs].startsWith("ال") && cs + 1 < to) {
                        cs++; // skip the masdar "التذكير"
                    }
                    break;
                }
            }
        }
        if (cs < 0 && accused >= 0) {
            cs = accused;
        }
        boolean insideContent = !hits.isEmpty() && hits.get(hits.size() - 1).kind != CueLexicon.Kind.CALL
                && !c.f[i].startsWith("و") && !(i > from && c.toks.get(i - 1).isComma());
        if (cs < 0 && cue.directObject() && !svo && spEnd > spStart && !pluperfect(c, from, i) && !insideContent) {
            // ("قال X إن التحقيقات كشفت تورط …": a verb with an object inside the content is reported speech)
            cs = directObjectStart(c, spEnd, to);
            if (cs >= 0 && wordCount(c, cs, to) < 2) {
                return null; // the speaker phrase took the object too: keep the sentence as narration, not lose it
            }
        }
        boolean postposed = false;
        if (cs < 0 && !svo && spEnd > spStart && hits.isEmpty() && quotationBefore(c, from, i)) {
            cs = to; // "“…”، قال القيادي محمد البخيتي في تغريدة": the quotation before the cue is the content
            for (int q = spEnd + 1; q < to; q++) {
                CueLexicon.Cue pc = LEX.lookup(c.f[q]);
                if (pc != null && pc.kind() == CueLexicon.Kind.PARTICIPLE && c.toks.get(q - 1).isComma()) {
                    cs = q - 1; // "…، مشدداً على أن …" continues after the speaker
                    break;
                }
            }
            postposed = true;
        }
        if (cs < 0 || cs > to || cs == to && !postposed) {
            return null;
        }
        Hit h = new Hit();
        h.kind = CueLexicon.Kind.VERB;
        h.cue = cueText;
        h.svo = svo;
        h.regionStart = svo ? spStart : i;
        h.contentStart = cs;
        Speaker sp;
        if (speaker2Start >= 0 && speaker2End > speaker2Start) {
            String outletName = c.orig(spStart, spEnd);
            Speaker inner = resolve(c, speaker2Start, speaker2End, anon, mem, cueText, outletName, false);
            sp = inner;
        } else if (cue.lemma().equals("يذكر") || c.f[i].equals("يذكر") && spEnd <= spStart) {
            sp = new Speaker(Attribution.NONE, null);
        } else {
            sp = resolve(c, spStart, spEnd, anon, mem, cueText, outlet, false);
        }
        h.attr = sp.attribution();
        mem.remember(sp.memo());
        return h;
    }

    /**
     * A comma-delimited aside about the speaker's anonymity ("، طلب عدم ذكر اسمه،", "، فضّل عدم الكشف عن
     * هويته،", "، غير المخول بالتصريح لوسائل الإعلام،") starting at the comma {@code k}: returns the index of
     * the closing comma, or -1. Reporting verbs inside it (ذكر) are not cues.
     */
    private static int anonymityAside(ParagraphContext c, int k, int to) {
        boolean marker = false;
        for (int q = k + 1; q < Math.min(to, k + 16); q++) {
            Token t = c.toks.get(q);
            if (t.isComma()) {
                return marker && q > k + 1 ? q : -1;
            }
            if (isTerminator(t) || t.isPunct(':') || t.isQuote() || LEX.isComplementizer(c.f[q])) {
                return -1;
            }
            if (anonymityMarker(c, q, to)) {
                marker = true;
            }
        }
        return -1;
    }

    /** اسمه / هويته / الكشف …, or "غير مخول" (not authorised to speak). */
    private static boolean anonymityMarker(ParagraphContext c, int q, int to) {
        return ANON_MARKERS.contains(c.f[q])
                || c.f[q].equals("غير") && q + 1 < to && (c.f[q + 1].startsWith("مخول") || c.f[q + 1].startsWith("المخول"));
    }

    /** "على" (preposition) and "علي" (given name) fold to the same form: decide on the original spelling. */
    private static boolean stop(ParagraphContext c, int k) {
        return SPEAKER_STOPS.contains(c.f[k]) && !(c.f[k].equals("علي") && !c.alaPreposition(k));
    }

    private static boolean notName(ParagraphContext c, int k) {
        return NOT_NAME.contains(c.f[k]) && !(c.f[k].equals("علي") && !c.alaPreposition(k));
    }

    private static boolean hasComma(ParagraphContext c, int a, int b) {
        for (int k = a; k < b; k++) {
            if (c.toks.get(k).isComma()) {
                return true;
            }
        }
        return false;
    }

    /** "وكانت عمّان قد أعلنت …": background narration (كان … قد + verb). */
    private static boolean pluperfect(ParagraphContext c, int from, int i) {
        boolean qad = false;
        for (int k = i - 1; k >= Math.max(from, i - 6); k--) {
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
    private boolean quotationBefore(ParagraphContext c, int from, int i) {
        int k = i - 1;
        if (k > from && c.toks.get(k).isComma()) {
            k--;
        }
        return k > from + 3 && c.toks.get(k).isQuote() && c.isOpeningQuote(from);
    }

    /** For direct-object cues without complementiser: first opening quote, else after skipped circumstantials. */
    private int directObjectStart(ParagraphContext c, int spEnd, int to) {
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
                while (e < to && !c.toks.get(e).isComma() && !isTerminator(c.toks.get(e)) && e - k <= 6) {
                    e++;
                }
                if (e < to && c.toks.get(e).isComma() && e - k <= 6 && k + 1 < to
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
    private int speakerEnd(ParagraphContext c, int j, int to, CueLexicon.Cue cue) {
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
            if (words >= 2 && ACCUSATIONS.contains(cue.lemma()) && fk.startsWith("ب") && fk.length() >= 4
                    && !fk.equals("باسم") && t.kind() == Token.Kind.WORD) {
                break; // "اتهم X Y بافتعال …": the charge starts the content
            }
            if (t.isComma()) {
                int e = segmentEnd(c, k + 1, to);
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
                    k = e + 1;
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
            if (stop(c, k) || (words > 0 && LEX.lookup(fk) != null)) {
                int ap = words > 0 && TITLES.contains(c.f[j]) ? appositiveAhead(c, k, to) : -1;
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
                break;
            }
            if (words >= 1 && anonHead && !fk.startsWith("ال") && !adjectiveLike(fk)) {
                int ap = PERSON_HEADS.contains(c.f[j]) ? appositiveAhead(c, k, to) : -1;
                if (ap > k) {
                    k = ap; // "عضو مجلس الشعب، نورا الخطيب،": a named member
                    continue;
                }
                if (words == 1 && c.f[j].endsWith("و") && c.toks.get(k).kind() == Token.Kind.WORD) {
                    words++; // construct plural: "سائقو سيارات الأجرة", "ناشطو المنطقة"
                    k++;
                    continue;
                }
                break; // "يقدّر خبراء حجم …": the object starts here
            }
            if (words == 0) {
                anonHead = ANON_HEADS.contains(fk);
                genericHead = ANON_HEADS.contains(fk) || OFFICIAL_PERSON_HEADS.contains(fk)
                        || fk.equals("عضو") || fk.equals("قيادي") || fk.equals("ممثل") || fk.equals("ممثله");
            }
            words++;
            k++;
        }
        return k;
    }

    /**
     * "الخبير السوري المتخصص في شؤون الجماعات المسلحة، عمر رحمون، إن": from a stop word inside a title
     * phrase, finds a following ", NAME" appositive (within 12 tokens, before any complementiser); returns its end.
     */
    private int appositiveAhead(ParagraphContext c, int k, int to) {
        for (int q = k; q < Math.min(to, k + 12); q++) {
            Token t = c.toks.get(q);
            String fq = c.f[q];
            if (LEX.isComplementizer(fq) || t.isPunct(':') || isTerminator(t) || LEX.lookup(fq) != null) {
                return -1;
            }
            if (t.isQuote() && !shortQuotedName(c, q, to) && c.isOpeningQuote(q)) {
                return -1;
            }
            if (t.isComma()) {
                int e = segmentEnd(c, q + 1, to);
                return nameLikeSegment(c, q + 1, e) ? e : -1;
            }
        }
        return -1;
    }

    /**
     * "المفوض العام لوكالة “أونروا”", "المدير العام لوكالة الطاقة الذرية": after a title, "لوكالة X" is a
     * genitive when X is not a news agency (وكالة الأنباء …, a known outlet).
     */
    private static boolean agencyGenitive(ParagraphContext c, int k, int to) {
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
    private static int accusedStart(ParagraphContext c, int a, int b, int to) {
        if (b >= to || !c.f[b].startsWith("ب") || b - a < 2) {
            return b;
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
        if (c.toks.get(last).kind() != Token.Kind.WORD || isNisbaAdjective(f) || f.endsWith("ون")
                || f.endsWith("ين") || !f.startsWith("ال") && adjectiveLike(f)) {
            return b;
        }
        return last;
    }

    /** Nisba / participle-like adjective endings: أمني، ميدانية، مطلعة، محليون، دبلوماسيين. */
    private static boolean adjectiveLike(String f) {
        return f.endsWith("ي") || f.endsWith("يه") || f.endsWith("ه") || f.endsWith("ون") || f.endsWith("ين")
                || f.equals("عيان");
    }

    /** "القيادي في الجماعة محمد البخيتي": a given name (or honorific) within 5 tokens, no comma/cue/quote. */
    private int nameAhead(ParagraphContext c, int k, int to) {
        for (int q = k + 1; q < Math.min(to, k + 6); q++) {
            Token t = c.toks.get(q);
            if (t.kind() != Token.Kind.WORD || LEX.lookup(c.f[q]) != null || LEX.isComplementizer(c.f[q])) {
                return -1;
            }
            if (FIRST_NAMES.contains(c.f[q]) || HONORIFICS.contains(c.f[q])) {
                return q;
            }
        }
        return -1;
    }

    private int segmentEnd(ParagraphContext c, int a, int to) {
        int e = a;
        while (e < to && !c.toks.get(e).isComma() && !isTerminator(c.toks.get(e)) && !c.toks.get(e).isPunct(':')
                && e - a <= 8) {
            e++;
        }
        return e;
    }

    /** Appositive name: 1–5 tokens, honorific or non-definite first word, no stop words / cues. */
    private boolean nameLikeSegment(ParagraphContext c, int a, int e) {
        int words = 0;
        int k = a;
        while (k < e && HONORIFICS.contains(c.f[k])) {
            k++;
        }
        boolean hon = k > a;
        for (int q = k; q < e; q++) {
            Token t = c.toks.get(q);
            if (t.kind() != Token.Kind.WORD) {
                return false;
            }
            String fq = c.f[q];
            if (LEX.lookup(fq) != null || LEX.isComplementizer(fq) || stop(c, q) || notName(c, q)
                    || anonymityMarker(c, q, e)) {
                return false;
            }
            if (q == k && fq.startsWith("ال") && !hon && !NAME_CONNECTORS.contains(fq)) {
                return false;
            }
            words++;
        }
        return words >= 1 && words <= 5 && (hon || words >= 2 || FIRST_NAMES.contains(c.f[k]));
    }

    /** "“سبوتنيك”" / "“قسد”": an opening quote closed within 4 tokens and not followed by a colon. */
    private boolean shortQuotedName(ParagraphContext c, int q, int to) {
        int e = q + 1;
        while (e < to && !c.toks.get(e).isQuote() && e - q <= 5) {
            if (c.toks.get(e).kind() == Token.Kind.PUNCT) {
                return false;
            }
            e++;
        }
        if (e >= to || !c.toks.get(e).isQuote() || e - q > 5 || e == q + 1) {
            return false;
        }
        return e + 1 >= to || !c.toks.get(e + 1).isPunct(':') && !isTerminator(c.toks.get(e + 1));
    }

    /** "لـ “X”", "لـ X", "للميادين", "لوكالة X", "لمراسل “X”", "لصحيفة X". */
    private boolean isOutletL(ParagraphContext c, int k, int to) {
        String fk = c.f[k];
        if (fk.equals("ل") || fk.equals("لـ")) {
            return k + 1 < to && (c.toks.get(k + 1).isQuote() || c.toks.get(k + 1).kind() == Token.Kind.WORD);
        }
        if (fk.startsWith("ل") && fk.length() > 3) {
            String rest = fk.startsWith("لل") ? "ال" + fk.substring(2) : fk.substring(1);
            return OUTLET_HEADS.contains(rest) || OUTLET_NAMES.contains(rest) || rest.equals("مراسل")
                    || rest.equals("مراسلنا") || rest.equals("مراسله");
        }
        return false;
    }

    private int outletEnd(ParagraphContext c, int k, int to) {
        int e = k + 1;
        if (e < to && c.toks.get(e).isQuote()) {
            e++;
            while (e < to && !c.toks.get(e).isQuote() && e - k < 8) {
                e++;
            }
            return Math.min(to, e + 1);
        }
        while (e < to && c.toks.get(e).kind() == Token.Kind.WORD && !LEX.isComplementizer(c.f[e])
                && !SPEAKER_STOPS.contains(c.f[e]) && e - k < 5) {
            e++;
        }
        if (e < to && c.toks.get(e).isQuote() && c.isOpeningQuote(e)) {
            e++;
            while (e < to && !c.toks.get(e).isQuote() && e - k < 9) {
                e++;
            }
            e = Math.min(to, e + 1);
        }
        if (e < to && c.toks.get(e).isPunct('(')) {
            while (e < to && !c.toks.get(e).isPunct(')')) {
                e++;
            }
            e = Math.min(to, e + 1);
        }
        return e;
    }

    private String outletName(ParagraphContext c, int k, int e) {
        String fk = c.f[k];
        int a = k;
        if (fk.equals("ل") || fk.equals("لـ")) {
            a = k + 1;
        } else {
            // "للميادين" / "لوكالة الأنباء": keep the token, strip the clitic in the original text
            String o = c.orig(k, e);
            if (o == null) {
                return null;
            }
            int cut = 1;
            if (o.startsWith("لل")) {
                return "ال" + o.substring(2);
            }
            while (cut < o.length() && o.charAt(cut) == 'ـ') {
                cut++;
            }
            String r = o.substring(cut);
            // "لمراسل “كيو ستريت”" -> the outlet is the quoted name
            int q = r.indexOf('“');
            if (q < 0) {
                q = r.indexOf('”');
            }
            if (q < 0) {
                q = r.indexOf('"');
            }
            if (q >= 0 && (r.startsWith("مراسل") || r.startsWith("وكالة") || r.startsWith("صحيفة")
                    || r.startsWith("قناة") || r.startsWith("موقع"))) {
                return stripQuotes(r.substring(q));
            }
            return stripQuotes(r);
        }
        return stripQuotes(c.orig(a, e));
    }

    static String stripQuotes(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ("\"“”«»„‟'".indexOf(ch) < 0) {
                b.append(ch);
            }
        }
        String r = b.toString().trim();
        while (r.startsWith("ـ")) {
            r = r.substring(1).trim();
        }
        return r.isEmpty() ? null : r;
    }

    static boolean isTerminator(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char ch = t.text().charAt(0);
        return ch == '.' || ch == '!' || ch == '?' || ch == '؟';
    }

    // --------------------------------------------------------------------------------- speaker typing

    private Speaker resolve(ParagraphContext c, int a, int b, boolean anon, SpeakerMemory mem, String cue,
                            String outlet, boolean prep) {
        // trim
        while (a < b && (c.toks.get(a).isQuote() || c.toks.get(a).isComma())) {
            a++;
        }
        while (b > a && (c.toks.get(b - 1).isQuote() || c.toks.get(b - 1).isComma()
                || c.toks.get(b - 1).kind() == Token.Kind.PUNCT && !c.toks.get(b - 1).isPunct(')')
                && !c.toks.get(b - 1).isPunct('+'))) {
            b--;
        }
        if (a >= b) {
            SpeakerMemory.Speaker last = mem.last();
            if (last == null) {
                return new Speaker(new Attribution(SourceType.UNATTRIBUTED, null, outlet, cue), null);
            }
            Attribution la = last.attribution();
            return new Speaker(new Attribution(la.sourceType(), la.source(), outlet != null ? outlet : null, cue),
                    null);
        }
        String f0 = c.f[a];
        String phrase = c.orig(a, b);
        String foldedPhrase = c.foldedJoin(a, b);
        // a single surname of a known person
        if (b - a == 1) {
            SpeakerMemory.Speaker s = mem.bySurname(f0);
            if (s != null) {
                return reuse(s, outlet, cue);
            }
        }
        int[] name = findName(c, a, b);
        if (name != null && (!ANON_HEADS.contains(f0) || !anon && PERSON_HEADS.contains(f0) && explicitName(c, a, name))) {
            if (name[1] - name[0] == 1) {
                SpeakerMemory.Speaker s = mem.bySurname(c.f[name[0]]);
                if (s != null) {
                    return reuse(s, outlet, cue);
                }
            }
            String nm = c.orig(name[0], name[1]);
            Attribution at = new Attribution(SourceType.NAMED_PERSON, nm, outlet, cue);
            String head = name[0] > a ? c.f[a] : null;
            mem.addPerson(c.toks.get(name[0]).start(), c.toks.get(name[1] - 1).end(), c.f[name[1] - 1]);
            return new Speaker(at, new SpeakerMemory.Speaker(at, head, c.f[name[1] - 1], foldedPhrase));
        }
        if (DOC_HEADS.contains(f0) && !anon) {
            boolean media = b - a > 1 && (c.f[a + 1].startsWith("اعلامي") || c.f[a + 1].startsWith("صحفي"));
            SourceType ty = b - a > 1 && !media ? SourceType.OFFICIAL : SourceType.ANONYMOUS;
            Attribution at = new Attribution(ty, stripQuotes(phrase), outlet, cue);
            return new Speaker(at, new SpeakerMemory.Speaker(at, SpeakerMemory.stripAl(f0), null, foldedPhrase));
        }
        int corr = correspondentOutlet(c, a, b);
        if (corr >= 0) {
            // "بحسب مراسل “الجزيرة” في المدينة": the outlet's own reporting
            int e = corr + 1;
            if (c.toks.get(corr).isQuote()) {
                while (e < b && !c.toks.get(e).isQuote()) {
                    e++;
                }
                e = Math.min(e + 1, b);
            } else {
                while (e < b && c.toks.get(e).kind() == Token.Kind.WORD && !stop(c, e) && e - corr < 4) {
                    e++;
                }
            }
            Attribution at = new Attribution(SourceType.OUTLET, stripQuotes(c.orig(corr, e)), outlet, cue);
            return new Speaker(at, new SpeakerMemory.Speaker(at, f0, null, foldedPhrase));
        }
        if (anon || ANON_HEADS.contains(f0) && !f0.equals("مراسلنا")) {
            if (f0.startsWith("ال")) {
                String sing = SpeakerMemory.stripAl(f0);
                SpeakerMemory.Speaker s = mem.byHead(sing, SourceType.ANONYMOUS);
                if (s != null) {
                    return reuse(s, outlet, cue);
                }
            }
            Attribution at = new Attribution(SourceType.ANONYMOUS, phrase, outlet, cue);
            return new Speaker(at, new SpeakerMemory.Speaker(at, SpeakerMemory.stripAl(f0), null, foldedPhrase));
        }
        if (TITLES.contains(f0) && f0.startsWith("ال")) {
            SpeakerMemory.Speaker s = mem.byHead(f0, SourceType.NAMED_PERSON);
            if (s == null && b - a <= 2) {
                s = mem.lastOfType(SourceType.NAMED_PERSON); // "وتابع الخبير" — a longer description is a new source
            }
            if (s != null) {
                return reuse(s, outlet, cue);
            }
        }
        boolean agency = (f0.equals("وكاله") || f0.equals("الوكاله")) && !(b - a > 1 && (c.f[a + 1].contains("انباء")
                || c.f[a + 1].equals("الاعلام") || c.f[a + 1].startsWith("الرسمي") || c.toks.get(a + 1).isQuote() || OUTLET_NAMES.contains(c.f[a + 1])));
        if (!agency && (OUTLET_HEADS.contains(f0) || OUTLET_NAMES.contains(foldedPhrase)) || f0.equals("مراسلنا")
                || f0.equals("مراسلونا") || f0.equals("مراسلتنا")) {
            Attribution at = new Attribution(SourceType.OUTLET, stripQuotes(phrase), outlet, cue);
            return new Speaker(at, new SpeakerMemory.Speaker(at, f0, null, foldedPhrase));
        }
        if (b - a == 1 && f0.startsWith("ال")) {
            SpeakerMemory.Speaker s = mem.bySourceWord(f0);
            if (s != null && s.attribution().sourceType() != SourceType.NAMED_PERSON) {
                return reuse(s, outlet, cue);
            }
        }
        Attribution at = new Attribution(SourceType.OFFICIAL, stripQuotes(phrase), outlet, cue);
        return new Speaker(at, new SpeakerMemory.Speaker(at, f0, null, foldedPhrase));
    }

    /**
     * "مراسل “الجزيرة”", "مراسلة وكالة رويترز", "مراسل سكاي نيوز": a correspondent of a named outlet; returns the
     * index where the outlet starts, or -1.
     */
    private static int correspondentOutlet(ParagraphContext c, int a, int b) {
        String f0 = c.f[a];
        if (!(f0.equals("مراسل") || f0.equals("مراسله") || f0.equals("مراسلو")) || a + 1 >= b) {
            return -1;
        }
        int q = a + 1;
        if (c.toks.get(q).isQuote()) {
            return q + 1 < b ? q : -1;
        }
        if (OUTLET_HEADS.contains(c.f[q])) {
            return q;
        }
        for (int n = Math.min(3, b - q); n >= 1; n--) {
            if (OUTLET_NAMES.contains(c.foldedJoin(q, q + n))) {
                return q;
            }
        }
        return -1;
    }

    /** The name is an appositive ("عضو المجلس، نورا الخطيب،") or follows an honorific ("الدكتور …"). */
    private static boolean explicitName(ParagraphContext c, int a, int[] name) {
        int p = name[0] - 1;
        return p > a && (c.toks.get(p).isComma() || HONORIFICS.contains(c.f[p]));
    }

    private static Speaker reuse(SpeakerMemory.Speaker s, String outlet, String cue) {
        Attribution la = s.attribution();
        return new Speaker(new Attribution(la.sourceType(), la.source(), outlet, cue), null);
    }

    /** Finds a personal name inside tokens [a, b): honorific + name, first-name gazetteer, or appositive. */
    int[] findName(ParagraphContext c, int a, int b) {
        for (int k = a; k < b; k++) {
            String fk = c.f[k];
            if ((fk.equals("ام") || fk.equals("ابو")) && k + 1 < b && c.toks.get(k + 1).kind() == Token.Kind.WORD
                    && !c.f[k + 1].startsWith("ال") && !notName(c, k + 1) && !stop(c, k + 1)) {
                return new int[]{k, k + 2}; // kunya: "أم محمد", "أبو أحمد"
            }
            boolean hon = HONORIFICS.contains(fk) && !adjectivalHonorific(c, a, k);
            boolean first = !hon && FIRST_NAMES.contains(fk) && (k == a || !c.f[k - 1].equals("باسم"));
            boolean afterComma = k > a && c.toks.get(k - 1).isComma() && !fk.startsWith("ال")
                    && !notName(c, k) && c.toks.get(k).kind() == Token.Kind.WORD;
            if (!afterComma && k > a && !fk.startsWith("ال") && titledName(c, a, k, b)) {
                afterComma = true; // "الخبير الاقتصادي جاد شعبان"
            }
            if (!hon && !first && !afterComma) {
                continue;
            }
            int s = hon ? k + 1 : k;
            while (s < b && HONORIFICS.contains(c.f[s])) {
                s++;
            }
            int e = s;
            while (e < b && e - s < 5) {
                Token t = c.toks.get(e);
                String fe = c.f[e];
                if (t.kind() != Token.Kind.WORD || stop(c, e) || LEX.lookup(fe) != null
                        || LEX.isComplementizer(fe) || notName(c, e) || fe.startsWith("لل")) {
                    break;
                }
                if (fe.equals("الدين") || fe.equals("الله") || fe.equals("الرحمن") || fe.equals("الرحيم")) {
                    e++;
                    continue;
                }
                if (e > s && fe.startsWith("ال") && !NAME_CONNECTORS.contains(c.f[e - 1])) {
                    // family name with ال (السوداني، الحمصاني): accept one, as the last token
                    if (isNisbaAdjective(fe)) {
                        break;
                    }
                    e++;
                    break;
                }
                if (e == s && fe.startsWith("ال")) {
                    break;
                }
                e++;
            }
            if (e > s && (hon || e - s >= 2 || first && e - s >= 1 && c.toks.size() > 0)) {
                if (!hon && e - s == 1 && !afterComma && first) {
                    // a lone first name is too weak unless it is all there is
                    if (b - a > 1) {
                        continue;
                    }
                }
                return new int[]{s, e};
            }
        }
        return null;
    }

    /**
     * "المكتب الإعلامي لحركة …", "المركز الصحفي": an honorific that is also an adjective (الإعلامي، الصحفي،
     * الأكاديمي …) right after a definite noun that is not a title qualifies that noun; it does not introduce a name.
     */
    private static boolean adjectivalHonorific(ParagraphContext c, int a, int k) {
        return ADJECTIVAL_HONORIFICS.contains(c.f[k]) && k > a && c.f[k - 1].startsWith("ال")
                && !TITLES.contains(c.f[k - 1]) && !HONORIFICS.contains(c.f[k - 1]);
    }

    /** Tokens [a, k) are a title head plus definite modifiers, and k, k+1 are two bare name-like words. */
    private boolean titledName(ParagraphContext c, int a, int k, int b) {
        if (!TITLES.contains(c.f[a]) || k + 1 >= b) {
            return false;
        }
        if (k == a + 1 && !c.f[a].startsWith("ال")) {
            return false; // "متحدث عسكري إسرائيلي": adjectives of an indefinite title, not a name
        }
        for (int q = a + 1; q < k; q++) {
            String fq = c.f[q];
            boolean ok = c.toks.get(q).kind() == Token.Kind.WORD && (fq.startsWith("ال") || fq.startsWith("لل")
                    || fq.equals("باسم") || TITLES.contains(fq) || fq.startsWith("وال"));
            if (!ok) {
                return false;
            }
        }
        for (int q = k; q <= k + 1; q++) {
            String fq = c.f[q];
            if (fq.startsWith("لل") || fq.startsWith("بال") || fq.startsWith("وال") || fq.startsWith("كال")) {
                return false;
            }
            if (q == k && fq.startsWith("ل") && fq.endsWith("ه") && fq.length() >= 5 && !FIRST_NAMES.contains(fq)) {
                return false; // "المدير العام لوكالة الطاقة": a genitive organisation (لوكالة، لمنظمة، لهيئة)
            }
            if (c.toks.get(q).kind() != Token.Kind.WORD || NOT_NAME.contains(fq) || SPEAKER_STOPS.contains(fq)
                    || LEX.lookup(fq) != null || LEX.isComplementizer(fq) || TITLES.contains(fq)
                    || q == k + 1 && fq.startsWith("ال") && isNisbaAdjective(fq)) {
                return false;
            }
        }
        return true;
    }

    /** Nationality adjectives that follow a title, not a family name: السوري، العراقي، الأمريكية… */
    private static boolean isNisbaAdjective(String f) {
        return f.endsWith("يه") || f.equals("السوري") || f.equals("العراقي") || f.equals("اللبناني")
                || f.equals("المصري") || f.equals("الروسي") || f.equals("الامريكي") || f.equals("التركي")
                || f.equals("الايراني") || f.equals("السعودي") || f.equals("الاردني") || f.equals("الفلسطيني")
                || f.equals("الاسرائيلي") || f.equals("الاماراتي") || f.equals("القطري") || f.equals("الكويتي")
                || f.equals("الفرنسي") || f.equals("البريطاني") || f.equals("الصيني") || f.equals("الالماني")
                || f.equals("الكردي") || f.equals("العربي") || f.equals("الدولي") || f.equals("الاوكراني");
    }

    // ------------------------------------------------------------------------------- clause assembly

    private List<Drafts> assemble(ParagraphContext c, int from, int to, List<Hit> hits, SpeakerMemory mem,
                                  Attribution quoteDefault) {
        List<Drafts> out = new ArrayList<>();
        Attribution narration = quoteDefault != null ? quoteDefault : Attribution.NONE;
        // trailing prepositional attribution applies to the whole sentence
        Attribution trailing = null;
        for (Hit h : hits) {
            if (h.kind == CueLexicon.Kind.PREP && !h.prepAtStart && h.contentStart >= to - 1) {
                trailing = h.attr;
            }
        }
        int pos = from;
        Attribution current = narration;
        List<int[]> segs = new ArrayList<>();
        List<Attribution> segAttr = new ArrayList<>();
        for (int hi = 0; hi < hits.size(); hi++) {
            Hit h = hits.get(hi);
            if (h.regionStart > pos) {
                Attribution a = current;
                if (hi == 0 && current == narration) {
                    // text before the first cue: a mid-sentence PREP or a postposed verb attributes it
                    if (h.kind == CueLexicon.Kind.PREP && !h.prepAtStart) {
                        a = h.attr;
                    } else if (h.kind == CueLexicon.Kind.VERB && !h.svo && startsWithQuote(c, pos, h.regionStart)) {
                        a = h.attr;
                    } else if (h.kind == CueLexicon.Kind.VERB && !h.svo
                            && (FRONTED.contains(c.f[pos]) || wordCount(c, pos, h.regionStart) < 8)) {
                        a = null; // fronted adverbial before "قال X": not a claim
                    }
                } else if (h.kind == CueLexicon.Kind.PREP && !h.prepAtStart && current == narration) {
                    a = h.attr;
                }
                segs.add(new int[]{pos, h.regionStart});
                segAttr.add(a);
            }
            switch (h.kind) {
                case PARTICIPLE -> {
                    Attribution base = current;
                    if (base == null || base.sourceType() == SourceType.UNATTRIBUTED) {
                        base = personInSentence(c, from, h.regionStart, mem, h.cue);
                    }
                    current = base == null ? Attribution.NONE
                            : new Attribution(base.sourceType(), base.source(), null, h.cue);
                }
                case CALL -> current = null; // dropped until the next boundary
                case PREP -> {
                    if (h.prepAtStart) {
                        current = h.attr;
                    } else {
                        current = narration;
                    }
                }
                default -> current = h.attr;
            }
            pos = Math.max(pos, h.contentStart);
            if (h.kind == CueLexicon.Kind.CALL) {
                // skip to the next clause boundary
                int e = nextBoundary(c, pos, to);
                pos = e;
                current = hi > 0 ? lastContentAttr(hits, hi) : narration;
            }
        }
        if (pos < to) {
            segs.add(new int[]{pos, to});
            segAttr.add(current);
        }
        for (int si = 0; si < segs.size(); si++) {
            Attribution a = segAttr.get(si);
            if (a == null) {
                continue;
            }
            if (trailing != null && (a.sourceType() == SourceType.UNATTRIBUTED
                    || a.sourceType() == SourceType.ANONYMOUS && trailing.sourceType() != SourceType.ANONYMOUS)) {
                a = trailing; // "وتشير التقديرات إلى أن …، بحسب صندوق النقد الدولي"
            }
            int s = segs.get(si)[0];
            int e = segs.get(si)[1];
            int min = a.sourceType() == SourceType.UNATTRIBUTED ? 4 : 3;
            for (int[] sub : splitClauses(c, s, e)) {
                boolean afterComp = sub[0] > from && LEX.isComplementizer(c.f[sub[0] - 1]);
                if (wordCount(c, sub[0], sub[1]) >= (afterComp ? Math.min(2, min) : min)) {
                    out.add(new Drafts(sub[0], sub[1], a));
                }
            }
        }
        return out;
    }

    private static Attribution lastContentAttr(List<Hit> hits, int hi) {
        for (int k = hi - 1; k >= 0; k--) {
            if (hits.get(k).attr != null) {
                return hits.get(k).attr;
            }
        }
        return Attribution.NONE;
    }

    private int nextBoundary(ParagraphContext c, int p, int to) {
        for (int k = p; k < Math.min(to, p + 200); k++) {
            if (k > p && c.toks.get(k - 1).isComma() && (ClauseRules.isWawVerb(c.f[k])
                    || ClauseRules.isClauseConnector(c.f[k]) || LEX.lookup(c.f[k]) != null)) {
                return k - 1;
            }
        }
        return to;
    }

    /** The preamble [a, b) is one quotation: opens at a and closes within the last 3 tokens. */
    private boolean startsWithQuote(ParagraphContext c, int a, int b) {
        if (!(a < b && c.isOpeningQuote(a) && b - a >= 6 && wordCount(c, a, b) >= 4)) {
            return false;
        }
        int d = 0;
        for (int k = a; k < b; k++) {
            if (c.toks.get(k).isQuote()) {
                d += c.isOpeningQuote(k) ? 1 : -1;
                if (d <= 0) {
                    return k >= b - 3;
                }
            }
        }
        return true;
    }

    private static final Set<String> FRONTED = ArabicLexicons.set("حول", "وحول", "في", "وفي", "من", "ومن", "على",
            "وعلى", "بعد", "وبعد", "خلال", "وخلال", "ردا", "وردا", "تعليقا", "وتعليقا", "بدوره", "بدورها", "كما",
            "وعن", "عن", "إلى", "والى", "وإلى", "أما", "واما", "وأما");

    /** Participle after narration: "وكان رئيس الوزراء محمد شياع السوداني قد وجّه…، متعهداً" -> that person. */
    private Attribution personInSentence(ParagraphContext c, int from, int to, SpeakerMemory mem, String cue) {
        int[] name = findName(c, Math.max(from, to - 60), to);
        if (name != null) {
            String nm = c.orig(name[0], name[1]);
            return new Attribution(SourceType.NAMED_PERSON, nm, null, cue);
        }
        return Attribution.NONE;
    }

    /** Splits a content segment at Arabic clause boundaries. */
    List<int[]> splitClauses(ParagraphContext c, int s, int e) {
        List<int[]> out = new ArrayList<>();
        int start = s;
        for (int k = s + 1; k < e; k++) {
            Token prev = c.toks.get(k - 1);
            String fk = c.f[k];
            boolean afterComma = prev.isComma() || prev.isQuote() && k >= 2 && c.toks.get(k - 2).isComma();
            boolean dotdot = prev.isPunct('.') && k >= 2 && c.toks.get(k - 2).isPunct('.');
            int cut = -1;
            int next = -1;
            if (afterComma && (fk.equals("في") || fk.equals("وفي")) && k + 2 < e && c.f[k + 1].equals("وقت")
                    && (c.f[k + 2].equals("ما") || ClauseRules.looksLikeVerb(c.f[k + 2]))) {
                cut = k;
                next = c.f[k + 2].equals("ما") ? k + 3 : k + 2; // "، في وقت تتفاقم فيه …"
            } else if (afterComma && (fk.equals("في") || fk.equals("وفي")) && k + 1 < e && c.f[k + 1].equals("حين")) {
                cut = k;
                next = k + 2;
                if (next < e && LEX.isComplementizer(c.f[next]) && !CueLexicon.carriesPronoun(c.f[next])) {
                    next++;
                }
            } else if (afterComma && (fk.equals("الا") || fk.equals("غير")) && k + 1 < e && c.f[k + 1].equals("ان")) {
                cut = k;
                next = k + 2;
            } else if ((afterComma || dotdot) && ClauseRules.isClauseConnector(fk)) {
                String nx = k + 1 < e ? c.f[k + 1] : null;
                if (!fk.equals("فيما") || !ClauseRules.falseFima(nx)) {
                    cut = k;
                    next = k + 1;
                    while (next < e && c.toks.get(next).isComma()) {
                        next++;
                    }
                }
            } else if ((fk.equals("وان") || fk.equals("وبان") || fk.equals("وانه") || fk.equals("وانها"))
                    && (afterComma || k - start >= 2)) {
                cut = k;
                next = fk.length() > 3 ? k : k + 1;
            } else if (afterComma && (ClauseRules.isWawVerb(fk) || ClauseRules.isWawNegation(fk) && k + 1 < e
                    && c.toks.get(k + 1).kind() == Token.Kind.WORD) && c.depth[k] <= c.depth[s] + 1) {
                cut = k;
                next = k;
            } else if ((fk.equals("مفادها") || fk.equals("ومفادها") || fk.equals("مفاده") || fk.equals("ومفاده"))
                    && k + 1 < e && LEX.isComplementizer(c.f[k + 1])) {
                cut = k;
                next = CueLexicon.carriesPronoun(c.f[k + 1]) ? k + 1 : k + 2;
            } else if (afterComma && (fk.equals("وهو") || fk.equals("وهي")) && k + 2 < e && c.f[k + 1].equals("ما")
                    && cueWithPronoun(c.f[k + 2])) {
                cut = k;
                next = k;
            } else if (afterComma && (fk.equals("دون") || fk.equals("من") && k + 1 < e && c.f[k + 1].equals("دون"))) {
                cut = k;
                next = e; // "، من دون أن …": circumstantial tail, dropped
            } else if (dotdot && !fk.isEmpty()) {
                cut = k;
                next = k;
            }
            if (cut > start) {
                out.add(new int[]{start, cut});
                start = next;
            }
        }
        if (start < e) {
            out.add(new int[]{start, e});
        }
        return out;
    }

    static int wordCount(ParagraphContext c, int a, int b) {
        int n = 0;
        for (int k = a; k < b; k++) {
            Token.Kind kd = c.toks.get(k).kind();
            if (kd == Token.Kind.WORD || kd == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }
}
