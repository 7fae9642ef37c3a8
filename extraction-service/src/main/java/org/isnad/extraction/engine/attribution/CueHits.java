package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.*;
import static org.isnad.extraction.engine.attribution.SentenceShapes.*;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.ANON_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.FIRST_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.NOT_NAME;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.SPEAKER_STOPS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;
import static org.isnad.extraction.engine.attribution.ClaimAssembler.*;
import static org.isnad.extraction.engine.attribution.OutletPhrases.*;
import static org.isnad.extraction.engine.attribution.SpeakerResolver.*;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.*;
import static org.isnad.extraction.engine.attribution.Appositives.*;
import static org.isnad.extraction.engine.attribution.PersonNames.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/** Cue hits other than finite verbs: prepositional (بحسب، وفق، نقلاً عن), passive, narrative, call and participle cues. */
final class CueHits {
    private CueHits() {
    }

    // ------------------------------------------------------------------------------------------ cue hits

    static CueHit tryHit(ParagraphContext c, int i, int from, int to, CueLexicon.Cue cue, List<CueHit> hits,
                       SpeakerMemory mem) {
        CueHit stance = ExpressedStances.hit(c, i, from, to, cue);
        if (stance != null) {
            return stance; // "، معرباً عن قلقه": a feeling, no claim
        }
        String cueText = c.origToken(i);
        if (cue.kind() == CueLexicon.Kind.VERB && c.f[i].endsWith("نقلا") && i + 1 < to && c.f[i + 1].equals("عن")
                && i > from && c.toks.get(i - 1).isComma()) {
            // "…، نقلاً عن مسؤول": after a comma the form is the adverbial "relaying from", not the dual verb نقلا
            return prepHit(c, i, from, to, cueText, mem);
        }
        switch (cue.kind()) {
            case PREP:
                return prepHit(c, i, from, to, cueText, mem);
            case PASSIVE: {
                int j = i + 1;
                if (activeDhakara(c, i, j, to)) {
                    return verbHit(c, i, from, to, DHAKARA, hits, mem); // "وذكر بيان …", "ذكر المرصد أن"
                }
                if (j < to && (LEX.isComplementizer(c.f[j]) || c.f[j].startsWith("ب"))) {
                    CueHit h = new CueHit();
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
                    CueHit h = new CueHit();
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
                boolean finiteAtStart = CueLexicon.finiteCall(cue) && i - from <= 3 && !hasComma(c, from, i - 1);
                // the noun طالب (a student) can follow a comma as an apposition ("أحمد، طالب الهندسة،"): the verb
                // there is coordinated ("، وطالب")
                boolean afterComma = i > from && c.toks.get(i - 1).isComma()
                        && !(cue.lemma().equals("طالب") && !c.f[i].startsWith("و"));
                if (afterComma || finiteAtStart || quotedAppeal(c, i, from, cue)) {
                    CueHit h = new CueHit();
                    h.regionStart = Math.max(from, i - 1);
                    h.kind = CueLexicon.Kind.CALL;
                    h.contentStart = i + 1;
                    h.cue = cueText;
                    return h;
                }
                return null;
            }
            case PARTICIPLE: {
                if (!(i > from && (c.toks.get(i - 1).isComma() || c.toks.get(i - 1).isQuote()))
                        || SpeakerSpans.ACCUSATIONS.contains(cue.lemma()) && i + 1 < to && ReportObjects.charge(c, i + 1)) {
                    return null; // ("، متهمة بالسرقة": the passive participle, charged, accuses no one)
                }
                int j = CauseObjects.skip(c, i, to, cue);
                if (j + 2 < to && (c.f[j].equals("في") || c.f[j].equals("خلال"))
                        && (STATEMENT_NOUNS.contains(c.f[j + 1]) || SPEECH_NOUNS.contains(c.f[j + 1]))) {
                    j += 2; // "، مشيرة في بيان إلى أن"
                }
                if (j < to && (c.f[j].equals("الي") || c.f[j].equals("ب")
                        || c.f[j].equals("علي") && j + 1 < to && LEX.isComplementizer(c.f[j + 1])
                        || c.f[j].equals("من") && j + 1 < to && (c.isOpeningQuote(j + 1) || c.f[j + 1].startsWith("ال")
                        || LEX.isComplementizer(c.f[j + 1])))) { // "، محذراً من أن …"
                    j++;
                }
                int cs;
                if (j < to && LEX.isComplementizer(c.f[j])) {
                    cs = CueLexicon.carriesPronoun(c.f[j]) ? j : j + 1;
                } else if (j + 1 < to && c.toks.get(j).isPunct(':')) {
                    cs = j + 1; // "، مضيفاً: «…»": what follows the colon is the content
                } else if (j < to && (cue.directObject() || c.toks.get(j).isQuote() || j > i + 1
                        || c.f[j].startsWith("ب") || c.f[j].startsWith("ال")
                        || c.toks.get(j).kind() == Token.Kind.WORD && !SPEAKER_STOPS.contains(c.f[j]))) {
                    cs = j;
                } else {
                    return null;
                }
                CueHit h = new CueHit();
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

    /** First-person appeals (the speaker's own voice inside a quotation). */
    private static final Set<String> FIRST_PERSON_CALLS = ArabicLexicons.set("ندعو", "أدعو", "نناشد", "أناشد",
            "نحث", "أحث", "نطالب", "أطالب", "وندعو", "ونناشد", "ونطالب");

    /**
     * "…: "نناشد المنظمات …"": a first-person call verb opening a quotation makes the quotation an appeal. (A
     * third-person form there is the quoted report of someone else's demand: "الصندوق "طالب بإلغاء الدعم"".)
     */
    static boolean quotedAppeal(ParagraphContext c, int i, int from, CueLexicon.Cue cue) {
        return CueLexicon.finiteCall(cue) && i > from && c.isOpeningQuote(i - 1) && FIRST_PERSON_CALLS.contains(c.f[i]);
    }

    /** Occasions of speaking between a participle and its complement ("، مشيراً في حديثه إلى أن"). */
    static final Set<String> SPEECH_NOUNS = ArabicLexicons.set("حديث", "حديثه", "حديثها", "كلمة", "كلمته",
            "كلمتها", "مقابلة", "تغريدة", "منشور", "رسالة", "مؤتمر");

    /** Cue passed to the speaker-phrase scanner for a prepositional attribution's issuer. */
    private static final CueLexicon.Cue PREP_SPEAKER = new CueLexicon.Cue("بحسب", CueLexicon.Kind.PREP, false, false);

    private static final CueLexicon.Cue DHAKARA = new CueLexicon.Cue("ذكر", CueLexicon.Kind.VERB, false, false);

    /**
     * Undiacritised ذكر is both the passive "ذُكر" (it was reported) and the active "ذَكَر X" (X reported): it is
     * active when a subject follows (no complementiser right after it) and no damma marks the passive.
     */
    static boolean activeDhakara(ParagraphContext c, int i, int j, int to) {
        String f = c.f[i];
        return (f.equals("ذكر") || f.equals("وذكر")) && j < to && c.toks.get(j).kind() == Token.Kind.WORD
                && !LEX.isComplementizer(c.f[j]) && c.origToken(i).indexOf('\u064F') < 0;
    }

    static CueHit prepHit(ParagraphContext c, int i, int from, int to, String cueText, SpeakerMemory mem) {
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
        if (j + 1 < to && c.f[j].equals("لما") && cueWithPronoun(c.f[j + 1])) {
            j += 2; // "وفقاً لما نقلته وكالة …", "طبقاً لما أعلنه الجيش"
            if (j < to && (c.f[j].equals("به") || c.f[j].equals("بها"))) {
                j++;
            }
        }
        // "بحسب ما أفادت به مصادر" / "وفق ما ذكرته وزارة"
        boolean relativeCue = j < to && c.f[j].equals("ما") && j + 1 < to && LEX.lookup(c.f[j + 1]) != null;
        int relativeVerb = -1;
        if (relativeCue) {
            j += 2;
            if (j < to && (c.f[j].equals("به") || c.f[j].equals("بها"))) {
                j++;
            }
        } else if (j < to && c.f[j].equals("ما") && j + 1 < to && (LEX.lookup(stripObjectPronoun(c.f[j + 1])) != null
                || resumptiveVerb(c, j + 1))) {
            relativeVerb = j + 1;
            j += 2; // ("وفق ما عاينته الصحيفة", "بحسب ما رصدته المنظمة": any verb of the relative clause)
        }
        if (j >= to || c.toks.get(j).kind() == Token.Kind.PUNCT && !c.toks.get(j).isQuote()) {
            return null;
        }
        // speaker phrase until comma / end; outlet "لـ X" inside
        int k = j;
        int outletStart = -1;
        int bareOutlet = -1;
        int cueAt = -1;
        String relayOutlet = null;
        while (k < to && !c.toks.get(k).isComma() && !isTerminator(c.toks.get(k)) && k - j < 14) {
            if (outletStart < 0 && k > j && isOutletL(c, k, to)) {
                outletStart = k;
            }
            if (outletStart < 0 && bareOutlet < 0 && relativeCue && TrailingReports.addresseeOutlet(c, j, k)) {
                bareOutlet = k; // "على ما أفادت مصادر طبية وكالة الأنباء": the agency was told, it is not the source
            }
            if (LEX.isComplementizer(c.f[k])) {
                break;
            }
            if (cueAt < 0 && k > j && LEX.lookup(c.f[k]) != null) {
                cueAt = k; // "بحسب مصادر خاصة أفادت لمراسل …"
            }
            k++;
        }
        if (cueAt > j && cueAt + 2 < k && c.f[cueAt].endsWith("نقلا") && c.f[cueAt + 1].equals("عن")) {
            // "وبحسب ما أوردته شبكة «X» نقلاً عن عضو في لجنة …": X relays, the member is the source
            relayOutlet = stripQuotes(c.orig(j, cueAt));
            j = cueAt + 2;
            cueAt = -1;
        }
        int named = outletStart < 0 && bareOutlet < 0 && cueAt < 0
                ? PrepositionalNamedSources.nameAppositiveEnd(c, j, k, to) : -1;
        if (named > k) {
            k = named; // "بحسب ما أفادت مفوضة …، فلانة الفلانية،": the title and its name are one speaker
        }
        int spEnd = outletStart >= 0 ? outletStart : bareOutlet >= 0 ? bareOutlet : k;
        if (cueAt >= 0 && cueAt < spEnd) {
            spEnd = cueAt;
        }
        for (int q = j + 1; q < spEnd; q++) {
            if (OCCASION_STOPS.contains(c.f[q]) || c.f[q].equals("في") && q + 1 < spEnd
                    && OCCASION_NOUNS.contains(c.f[q + 1]) || FieldChecks.timeOfDay(c, q, spEnd)) {
                spEnd = q; // "وفق ما عاينته الصحيفة خلال جولة ميدانية": the occasion is no part of the source
                break;
            }
        }
        String outlet = outletStart >= 0 ? outletName(c, outletStart, k)
                : bareOutlet >= 0 ? stripQuotes(c.orig(bareOutlet, k)) : relayOutlet;
        int issuer = StatementIssuer.start(c, j, spEnd);
        boolean lamIssuer = issuer == j + 1;
        String documentHead = issuer > j ? c.f[j] : null;
        if (issuer > j) {
            // "بحسب قرار نشرته الوزارة على صفحتها", "وفق بيان صادر عن الجيش": the issuer, up to its own end
            spEnd = Math.min(spEnd, StatementIssuer.end(c, issuer, lamIssuer, spEnd, PREP_SPEAKER));
            j = issuer;
        }
        int relay = relayedSource(c, j, spEnd);
        if (relay > j) {
            // "بحسب ما نقلت وكالة رويترز عن مصادر مطلعة": the agency relays, the underlying source is the source
            outlet = stripQuotes(c.orig(j, relay - 1));
            j = relay;
        }
        // "وفقاً لمصادر محلية", "وفقاً لمديريات التوزيع": the preposition is glued to the first word of the source
        boolean gluedLam = !lamIssuer && (f0.endsWith("وفقا") || f0.endsWith("طبقا")) && j < spEnd
                && c.f[j].startsWith("ل") && !c.f[j].startsWith("لل") && c.f[j].length() > 3;
        int gluedIssuer = gluedLam ? StatementIssuer.gluedDocumentIssuer(c, j, spEnd) : -1;
        if (gluedIssuer > j) {
            // "وفقاً لأرقام المفوضية الصادرة في مايو": the figures are the body's; the body is the source
            spEnd = StatementIssuer.gluedIssuerEnd(c, gluedIssuer, spEnd);
            documentHead = c.f[j].substring(1); // a later "وأظهرت البيانات" speaks for the same body
            j = gluedIssuer;
            gluedLam = false;
        }
        boolean anonGlued = gluedLam && ArabicLexicons.anonHead(c.f[j].substring(1));
        for (int q = j + 1; q < spEnd; q++) {
            if (NonReportingUses.negatedAnonymityClause(c, q, spEnd + 1) || AnonymityMarkers.anonymityMarker(c, q, spEnd)
                    && !AnonymityMarkers.ANON_MARKERS.contains(c.f[j])) {
                anonGlued = true; // "نقلاً عن مسؤول أمني لم تسمّه": the withheld name makes the source anonymous
                spEnd = c.f[q].equals("لم") || c.f[q].equals("لا") ? q : spEnd;
                break;
            }
        }
        Speaker sp = resolve(c, j, spEnd, anonGlued, mem, cueText, outlet, true);
        CueHit h = new CueHit();
        h.regionStart = i;
        h.kind = CueLexicon.Kind.PREP;
        h.attr = lamIssuer || gluedLam ? StatementIssuer.withoutLam(sp.attribution()) : sp.attribution();
        h.attr = FieldChecks.retype(c, relativeVerb, j, spEnd, h.attr); // "بحسب ما رصدته «الديرة»": the site
        h.cue = cueText;
        mem.remember(lamIssuer || gluedLam ? StatementIssuer.citedAs(sp.memo(), h.attr) : sp.memo());
        if (documentHead != null) {
            mem.remember(StatementIssuer.asDocument(sp.memo(), h.attr, documentHead));
        }
        boolean atStart = i - from <= 2;
        h.prepAtStart = atStart;
        int cs = k;
        if (cs < to && c.toks.get(cs).isComma()) {
            cs++;
        }
        if (atStart) {
            int answer = named > 0 ? PrepositionalNamedSources.afterAnsweringFa(c, k, to) : -1;
            if (answer > 0) {
                cs = answer; // "…، عبر قناتها على تلغرام، فإن الجانبين …": the content follows فإن
            }
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

    /** "وكالة رويترز عن مصادر …" / "“أكسيوس” عن مسؤولين": an outlet phrase, then عن: index after عن, or -1. */
    static int relayedSource(ParagraphContext c, int a, int b) {
        int q = a;
        while (q < b && c.toks.get(q).isQuote()) {
            q++;
        }
        if (q > a && q < b && a > 0 && c.f[a - 1].startsWith("نقل")) {
            return RelayedQuotedNames.afterClosingQuote(c, q, b); // "بحسب ما نقلته «X» عن مصادر …"
        }
        if (q >= b || !(OUTLET_HEADS.contains(c.f[q]) || OUTLET_NAMES.contains(c.f[q]))) {
            return -1;
        }
        for (int k = q + 1; k < Math.min(b - 1, q + 8); k++) {
            if (c.f[k].equals("عن")) {
                return k + 1;
            }
        }
        return -1;
    }

    static boolean cueWithPronoun(String w) {
        String r = stripObjectPronoun(w);
        return LEX.lookup(r) != null || r.endsWith("ا") && LEX.lookup(r.substring(0, r.length() - 1) + "ي") != null;
    }

    /** Words that open the occasion of a report after its source (خلال جولة، عبر موقعها، أثناء مؤتمر). */
    private static final Set<String> PREPOSITIONS_WITH_PRONOUN = ArabicLexicons.set("لديه", "عنده", "عليه", "اليه",
            "إليه", "منه", "فيه", "لدية");

    private static final Set<String> OCCASION_STOPS = ArabicLexicons.set("خلال", "عبر", "أثناء", "اثناء");

    /** "بحسب ما رصدته «الديرة» في جولة صباح اليوم": في + an occasion noun, like خلال, is no part of the source. */
    private static final Set<String> OCCASION_NOUNS = ArabicLexicons.set("جولة", "جولات", "زيارة", "جولتها",
            "جولته", "زيارتها", "زيارته");

    /**
     * A verb with the resumptive pronoun of the relative "ما" (عاينته، رصدته، وثّقها، أحصاه): after "بحسب ما" the
     * relative clause's verb, whatever it means, is followed by its subject — the source. A form-III stem (فاعل:
     * عاينه، شاهده، تابعه) counts like a form-IV one (أحصاه).
     */
    static boolean resumptiveVerb(ParagraphContext c, int k) {
        String w = c.f[k];
        if (c.toks.get(k).kind() != Token.Kind.WORD || w.startsWith("ال") || w.length() < 4
                || w.length() == 4 && (!w.endsWith("ه") || PREPOSITIONS_WITH_PRONOUN.contains(w))) {
            return false; // (a bare triliteral with ه, "رصده", "نقله", is a verb; "لديه", "عنده" are prepositions)
        }
        String stem = w.endsWith("ها") ? w.substring(0, w.length() - 2) : w.endsWith("ه") ? w.substring(0, w.length() - 1)
                : null;
        return stem != null && (stem.endsWith("ت") || org.isnad.extraction.engine.segment.ClauseRules.looksLikeVerb(stem)
                || stem.length() == 3 || stem.length() == 4 && (stem.charAt(0) == 'ا' || stem.charAt(1) == 'ا'));
    }

    static String stripObjectPronoun(String w) {
        if (w.endsWith("ته") && w.length() > 4) {
            return w.substring(0, w.length() - 2) + "ت";
        }
        if (w.endsWith("ه") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
