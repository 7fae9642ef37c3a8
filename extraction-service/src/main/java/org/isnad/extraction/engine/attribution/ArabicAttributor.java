package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicLexicons.ANON_HEADS;
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
import static org.isnad.extraction.engine.attribution.SpeakerSpans.*;
import static org.isnad.extraction.engine.attribution.Appositives.*;
import static org.isnad.extraction.engine.attribution.SentenceShapes.*;
import static org.isnad.extraction.engine.attribution.PersonNames.*;
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
 *
 * <p>Collaborators: {@link CueHits} (non-verb cues), {@link SpeakerSpans} (speaker phrase boundaries),
 * {@link OutletPhrases} (outlet phrases), {@link SpeakerResolver} (speaker typing and coreference),
 * {@link ClaimAssembler} (claim drafts from the hits).
 */
public final class ArabicAttributor {
    static final CueLexicon LEX = CueLexicon.get();

    static final Set<String> STATEMENT_NOUNS = ArabicLexicons.set("بيان", "بيانا", "بيانه", "بيانها",
            "تصريح", "تصريحا", "تصريحات");

    /**
     * @param quoteDefault attribution for cue-less text of a quoted continuation paragraph, or null
     */
    public List<Drafts> sentence(ParagraphContext c, int from, int to, SpeakerMemory mem, Attribution quoteDefault) {
        List<CueHit> hits = new ArrayList<>();
        int i = from;
        while (i < to) {
            CueHit h = null;
            Token t = c.toks.get(i);
            if (t.kind() == Token.Kind.WORD) {
                CueLexicon.Cue cue = LEX.lookup(c.f[i]);
                if (cue == null) { // "…، على ما أفادت مصادر طبية", "وجاء في التقرير أن"
                    h = TrailingReports.alaMa(c, i, to) ? prepHit(c, i, from, to, c.origToken(i), mem)
                            : DocumentContents.hit(c, i, to, mem);
                }
                if (cue != null && (!c.insideQuote(i) || cue.kind() == CueLexicon.Kind.PARTICIPLE
                        || CueHits.quotedAppeal(c, i, from, cue))
                        && !NonReportingUses.notAReport(c, i, from, to)) {
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
        List<Drafts> drafts = assemble(c, from, to, hits, mem, quoteDefault);
        InstitutionBackReferences.record(c, from, to, mem); // after the sentence: only later sentences refer back
        if (hits.isEmpty()) {
            NarratedActors.record(c, from, to, mem); // "وسيطرت قوات X على …" then "وأعلنت أنها …": X speaks
        }
        IssuedDocuments.record(c, from, to, mem);
        return drafts;
    }

    /** أشار / لفت take their content after إلى, with أن or with a masdar. */
    private static final Set<String> POINTING_VERBS = Set.of("أشار", "لفت");

    static CueHit verbHit(ParagraphContext c, int i, int from, int to, CueLexicon.Cue cue, List<CueHit> hits,
                        SpeakerMemory mem) {
        String cueText = c.origToken(i);
        int j = i + 1;
        boolean open = !hits.isEmpty() && hits.get(hits.size() - 1).kind != CueLexicon.Kind.CALL;
        // --- speaker before the verb (SVO) or empty (continuation)?
        boolean noSpeakerAfter = PrepositionalGaps.noSpeakerAfter(c, j, to, cue);
        boolean objectFirst = ReportObjects.objectRightAfterVerb(c, j, to, cue);
        int spStart;
        int spEnd;
        int accused = -1;
        boolean svo = false;
        boolean lamIssuer = false;
        boolean pluperfectObject = false; // an institution's announcement with a masdar object
        int pronounAt = -1;
        int[] topic = null;
        boolean anonAside = false;
        String documentHead = null;
        int appositiveSubject = PrepositionalGaps.appositiveSubjectBefore(c, from, i, noSpeakerAfter);
        if (appositiveSubject >= 0) {
            spStart = appositiveSubject; // "غير أن عضو المجلس، فلان، قال إن": the subject with its appositive name
            spEnd = i;
            svo = true;
        } else if (noSpeakerAfter) {
            // "…، وتابع في حديث لـ"X": "…"": a coordinated report with a venue phrase is the running speaker's next
            // statement; it is read like a sentence-initial continuation (the venue and outlet skipped), not nested
            boolean venueContinuation = i > from && c.toks.get(i - 1).isComma() && conjoined(c, i)
                    && !c.insideQuote(i) && PrepositionalGaps.CIRCUMSTANTIAL_PREPOSITIONS.contains(c.f[j]);
            if (open && !venueContinuation && !PrepositionalGaps.connectorSubject(c, from, i)) {
                return RelativeReports.withinReport(c, i, j, from, to, hits, cueText, objectFirst);
            }
            PreposedSubjects.Subject subject = PreposedSubjects.before(c, from, i, cue);
            if (subject == null) {
                return null;
            }
            spStart = subject.start();
            spEnd = subject.end();
            pronounAt = subject.pronounAt();
            topic = subject.topic();
            anonAside = subject.anonymous(); // "مسؤولاً في البلدية، طلب عدم ذكر اسمه، نفى": an unnamed official
            int[] carried = spEnd <= spStart && !open && topic == null
                    ? ClauseSubjects.carriedSubject(c, from, i, cue) : null;
            if (carried != null) {
                pronounAt = i; // "وحلّ الطالب فلان في المرتبة الأولى، وقال إن …": the narrated subject speaks next
                spStart = carried[0];
                spEnd = carried[1];
            }
            svo = spEnd > spStart;
        } else {
            if (pluperfect(c, from, i) && i > from && c.f[i - 1].equals("قد")) {
                // "وكانت X قد أعلنت …": the subject precedes; background unless it still reports speech
                int subject = PluperfectReports.subjectStart(c, from, i);
                if (subject < 0) {
                    return null;
                }
                if (!PluperfectReports.complementiserAhead(c, j, to)) {
                    if (!PluperfectReports.institutionAnnouncement(c, subject, i - 1, cue)) {
                        return null; // background narration
                    }
                    pluperfectObject = true;
                }
                spStart = subject;
                spEnd = i - 1;
                svo = true;
            } else {
                if (open && i > from && !conjoined(c, i)
                        && c.toks.get(i - 1).kind() == Token.Kind.WORD && !connectorBefore(c, from, i)) {
                    // "أن حالات سوء التغذية بين الأطفال …": a cue form glued to the running content (بين = between,
                    // or an embedded verb) is part of the reported speech, not a new report
                    return null;
                }
                int issuer = StatementIssuer.start(c, j, to);
                lamIssuer = issuer == j + 1;
                documentHead = issuer >= 0 ? c.f[j] : null;
                int afterTime = issuer >= 0 ? -1 : PrepositionalGaps.subjectAfterTimePhrase(c, j, to);
                spStart = issuer >= 0 ? issuer : afterTime > j ? afterTime : j; // a time phrase is never the speaker
                spEnd = issuer >= 0 ? StatementIssuer.end(c, issuer, lamIssuer, to, cue) : speakerEnd(c, spStart, to, cue);
                if (spEnd <= spStart && issuer < 0) {
                    int after = PrepositionalGaps.subjectAfterPrepositionalPhrase(c, j, to);
                    if (after > j) {
                        spStart = after; // "وقال في وقت سابق وزير الخارجية إن"
                        spEnd = speakerEnd(c, after, to, cue);
                    }
                }
                if (spEnd <= spStart) {
                    return null;
                }
                if (issuer < 0) {
                    spEnd = TitledPlaceNames.institutionPlaceEnd(c, spStart, spEnd, to); // "مديرية المياه في الحسكة"
                }
                if (ACCUSATIONS.contains(cue.lemma())) {
                    if (ReportObjects.accusationWithPronounSubject(c, i, j, spEnd, to)
                            || AccusedGroups.accusedPluralAfterMasculineVerb(c, i, j, to)) {
                        accused = j; // the previous speaker accuses: the phrase is the accused
                        spEnd = spStart;
                    } else {
                        int acc = accusedStart(c, spStart, spEnd, to);
                        boolean pronoun = ReportObjects.coordinatedAccusation(c, from, i, open, acc, spEnd, to);
                        accused = pronoun ? j : acc < spEnd ? acc : -1; // "…، واتهمت السلطات اليونانية بـ…"
                        spEnd = pronoun ? spStart : acc;
                    }
                }
                if (cue.lemma().equals("ذهب") && ReportObjects.amountNotSpeaker(c, spStart, to)) {
                    return null;
                }
            }
        }
        // --- gap up to the complementiser
        int gapFrom = svo || spEnd <= spStart ? j : spEnd;
        int cs = -1;
        int limit = objectFirst ? gapFrom : Math.min(to, gapFrom + 30);
        if (objectFirst) {
            cs = j; // "لكن مصدراً …، فضّل عدم الكشف عن اسمه، نفى وجود أي تمييز": the object is the content
        }
        boolean anon = anonAside;
        String outlet = null;
        int k = gapFrom;
        int speaker2Start = -1;
        int speaker2End = -1;
        int afterOutlet = -1;
        while (k < limit) {
            Token t = c.toks.get(k);
            String fk = c.f[k];
            if (k > gapFrom && (fk.equals("ان") || fk.equals("أن")) && ClauseSubjects.adversativeHead(c.f[k - 1])) {
                break; // "…، إلا أن مصدراً أكد": the adversative opens a new clause, not this verb's content
            }
            if (LEX.isComplementizer(fk) && !SentenceShapes.conditionClause(c, k, gapFrom)) {
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
            if (AnonymityMarkers.anonymityMarker(c, k, to)) {
                anon = true;
            }
            if (t.isComma()) {
                int e = AnonymityMarkers.anonymityAside(c, k, to);
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
                afterOutlet = e;
                continue;
            }
            if (fk.equals("عن") && cue.lemma().equals("نقل") && speaker2Start < 0) {
                speaker2Start = k + 1;
                speaker2End = speakerEnd(c, k + 1, to, cue);
                k = Math.max(k + 1, speaker2End);
                continue;
            }
            if (fk.endsWith("نقلا") && k + 1 < to && c.f[k + 1].equals("عن") && speaker2Start < 0 && spEnd > spStart) {
                // "ذكرت قناة X، نقلاً عن مصادر ميدانية، أن": X relays; the underlying source is the source. A named
                // person who relays ("قال فلان، نقلاً عن مصادر داخل المخيم، إن") puts his name to it: he stays
                int relayedEnd = speakerEnd(c, k + 2, to, cue);
                if (findName(c, spStart, spEnd) == null) {
                    speaker2Start = k + 2;
                    speaker2End = relayedEnd;
                }
                k = Math.max(k + 2, relayedEnd);
                continue;
            }
            int relayEnd = medialRelayEnd(c, k, gapFrom, to);
            if (relayEnd > k) {
                outlet = outlet == null ? rememberedRelay(c, k, relayEnd, mem) : outlet;
                k = relayEnd + 1;
                continue;
            }
            CueLexicon.Cue other = LEX.lookup(fk);
            if (other != null && k > gapFrom && !NonReportingUses.notAReport(c, k, gapFrom, to)) {
                boolean absorbed = STATEMENT_NOUNS.contains(c.f[k - 1]) && other.kind() == CueLexicon.Kind.VERB;
                if (!absorbed) {
                    break;
                }
            }
            boolean venue = svo && c.isOpeningQuote(k) && PrepositionalGaps.circumstantialOpening(c, gapFrom, k);
            if (c.isOpeningQuote(k) && k >= gapFrom && !shortQuotedName(c, k, to)
                    && (!cue.directObject() || k == gapFrom || venue)
                    && (k == gapFrom || venue || !SentenceShapes.prepositionalQuote(c, gapFrom, k, to))) {
                // "وأوضح رحمون “..." without colon: the quote opens the content
                if (k - gapFrom <= 6 || venue) {
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
        if (cs < 0 && POINTING_VERBS.contains(cue.lemma()) && gapFrom < to && c.f[gapFrom].equals("الي")
                && gapFrom + 1 < to && c.toks.get(gapFrom + 1).kind() == Token.Kind.WORD) {
            cs = gapFrom + 1; // "تشير أرقام المفوضية إلى تسجيل …": إلى + masdar is the content
        }
        boolean advice = !svo && ReportObjects.adviceToPeople(c, spStart, spEnd, to, cue);
        if (advice) {
            spEnd--; // "حذّرت الهيئة المواطنين من شراء …": advice to the people named, no claim; the body speaks on
            cs = nextBoundary(c, spEnd + 1, to);
        }
        if (cs < 0 && !svo && spEnd > spStart) {
            cs = ReportObjects.warningObjectStart(c, spEnd, to, cue); // "حذّرت X في بيان من "موجة غلاء""
        }
        if (cs < 0 && accused >= 0) {
            cs = accused;
        }
        if (cs < 0 && afterOutlet > 0 && afterOutlet < to
                && (svo || ReportObjects.DENIAL_OBJECT_HEADS.contains(c.f[afterOutlet])) && cue.directObject()
                && c.toks.get(afterOutlet).kind() == Token.Kind.WORD && !stop(c, afterOutlet)) {
            cs = afterOutlet; // "لكن مصدراً أمنياً نفى لرويترز وقوع …", "ونفى مصدر لـ«X» وجود …": after the outlet
        }
        if (cs < 0 && svo && cue.directObject() && !pluperfect(c, from, i)) {
            cs = ReportObjects.objectAfterAside(c, j, to); // "نفى X، في بيان …، أي علاقة له بالهجوم"
        }
        if (cs < 0 && pluperfectObject) {
            cs = PluperfectReports.objectStart(c, j, to); // "وكانت الهيئة قد أعلنت في بيان ضبط …": the object
        }
        // "…، فيما نفت الوزارة وصول …": a clause connector opens a new report, as a comma or و does
        boolean insideContent = !hits.isEmpty() && hits.get(hits.size() - 1).kind != CueLexicon.Kind.CALL
                && !conjoined(c, i) && !(i > from && c.toks.get(i - 1).isComma())
                && !(i > from && connectorBefore(c, from, i));
        if (cs < 0 && cue.directObject() && !svo && spEnd > spStart && !insideContent && !pluperfect(c, from, i)
                && !ACCUSATIONS.contains(cue.lemma())) {
            int object = ReportObjects.definiteSubjectEnd(c, spStart, spEnd);
            if (object < spEnd) {
                spEnd = object; // "فيما أعلن الدفاع المدني انتشال جثتين": the speaker took the object
                cs = object;
            }
        }
        if (cs < 0 && cue.lemma().equals("نفى") && !svo && spEnd > spStart && !insideContent) {
            cs = ReportObjects.denialObjectStart(c, spEnd, to); // "نفت مديرية الغابات في ولاية هاتاي وصول أي حريق"
        }
        if (cs < 0 && ACCUSATIONS.contains(cue.lemma()) && !svo && spEnd > spStart && !insideContent && spEnd < to
                && c.toks.get(spEnd).kind() == Token.Kind.WORD && !stop(c, spEnd)
                && !CIRCUMSTANTIAL_HEADS.contains(c.f[spEnd])) {
            cs = spEnd; // "اتهم عضو اللجنة، فلان، فصائل مسلحة “…” بالوقوف وراء …": the accused opens the content
        }
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
        int observed = cs < 0 && !svo ? FieldChecks.observedObjectStart(c, cue, spStart, spEnd, to) : -1;
        cs = observed >= 0 ? observed : cs;
        if (cs < 0 || cs > to || cs == to && !postposed && !advice) {
            return null;
        }
        CueHit h = new CueHit();
        h.kind = CueLexicon.Kind.VERB;
        h.cue = cueText;
        h.svo = svo;
        h.regionStart = pronounAt >= 0 ? pronounAt : svo ? spStart : i;
        h.contentStart = cs;
        Speaker sp;
        if (speaker2Start >= 0 && speaker2End > speaker2Start) {
            String outletName = withoutQuoteGlyphs(c.orig(spStart, spEnd));
            // the relaying outlet is remembered too ("وأشارت الصحيفة" later), before the source it relays
            Attribution relayer = new Attribution(SourceType.OUTLET, outletName, null, cueText);
            mem.remember(new SpeakerMemory.Speaker(relayer, c.f[spStart], null, c.foldedJoin(spStart, spEnd)));
            Speaker inner = resolve(c, speaker2Start, speaker2End, anon, mem, cueText, outletName, false);
            sp = inner;
        } else if (cue.lemma().equals("يذكر") || c.f[i].equals("يذكر") && spEnd <= spStart) {
            sp = new Speaker(Attribution.NONE, null);
        } else {
            Speaker firstName = topic != null ? TopicSpeakers.firstNamePerson(c, topic, cueText) : null;
            sp = firstName != null ? firstName : resolve(c, spStart, spEnd, anon, mem, cueText, outlet, false);
        }
        h.attr = lamIssuer ? StatementIssuer.withoutLam(sp.attribution()) : sp.attribution();
        h.attr = observed >= 0 ? FieldChecks.retype(c, i, spStart, spEnd, h.attr) : h.attr; // the site's own check
        mem.remember(lamIssuer ? StatementIssuer.citedAs(sp.memo(), h.attr) : sp.memo());
        String venue = documentHead == null ? StatementIssuer.venueDocument(c, gapFrom, cs) : null;
        venue = venue == null && documentHead == null ? StatementIssuer.frontedVenue(c, from, i) : venue;
        if (documentHead != null || venue != null) {
            mem.remember(StatementIssuer.asDocument(sp.memo(), h.attr, documentHead != null ? documentHead : venue));
        }
        return h;
    }
}
