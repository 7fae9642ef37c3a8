package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.*;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.ANON_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.FIRST_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.NOT_NAME;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.SPEAKER_STOPS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;
import static org.isnad.extraction.engine.attribution.CueHits.*;
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

/** Turns a sentence's cue hits into clause-level claim drafts: content segments, clause splits, postposed and trailing attributions. */
final class ClaimAssembler {
    private ClaimAssembler() {
    }

    // ------------------------------------------------------------------------------- clause assembly

    private static boolean reported(Attribution a) {
        return a != null && a.sourceType() != SourceType.UNATTRIBUTED;
    }

    static List<Drafts> assemble(ParagraphContext c, int from, int to, List<CueHit> hits, SpeakerMemory mem,
                                  Attribution quoteDefault) {
        List<Drafts> out = new ArrayList<>();
        Attribution narration = quoteDefault != null ? quoteDefault : Attribution.NONE;
        // trailing prepositional attribution applies to the whole sentence
        Attribution trailing = null;
        for (CueHit h : hits) {
            if (h.kind == CueLexicon.Kind.PREP && !h.prepAtStart && h.contentStart >= to - 1) {
                trailing = h.attr;
            }
        }
        int pos = from;
        Attribution current = narration;
        List<int[]> segs = new ArrayList<>();
        List<Attribution> segAttr = new ArrayList<>();
        for (int hi = 0; hi < hits.size(); hi++) {
            CueHit h = hits.get(hi);
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
                    CueHit prev = hi > 0 ? hits.get(hi - 1) : null;
                    if ((base == null || base.sourceType() == SourceType.UNATTRIBUTED) && prev != null
                            && prev.kind == CueLexicon.Kind.PREP && !prev.prepAtStart && reported(prev.attr)) {
                        // "…، وفق ما أعلنه المعهد، محدداً أن …": the body the clause was credited to goes on
                        base = prev.attr;
                    }
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
            } else if (trailing != null && a.sourceType() == SourceType.OUTLET && relay(trailing)) {
                // "ووفق ما أوردته صحيفة X، فإن …، نقلاً عن مسؤول": the paper relays; its source is the source
                a = new Attribution(trailing.sourceType(), trailing.source(), a.source(), trailing.cue());
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

    /** A "نقلاً عن X" attribution: X is the underlying source of whoever relays it. */
    private static boolean relay(Attribution a) {
        return a.cue() != null && org.isnad.extraction.engine.text.Fold.fold(a.cue()).endsWith("نقلا")
                && a.sourceType() != SourceType.UNATTRIBUTED;
    }

    static Attribution lastContentAttr(List<CueHit> hits, int hi) {
        for (int k = hi - 1; k >= 0; k--) {
            if (hits.get(k).attr != null) {
                return hits.get(k).attr;
            }
        }
        return Attribution.NONE;
    }

    static int nextBoundary(ParagraphContext c, int p, int to) {
        for (int k = p; k < Math.min(to, p + 200); k++) {
            if (k > p && c.toks.get(k - 1).isComma() && (ClauseRules.isWawVerb(c.f[k])
                    || ClauseRules.isClauseConnector(c.f[k]) || LEX.lookup(c.f[k]) != null)) {
                return k - 1;
            }
        }
        return to;
    }

    /** The preamble [a, b) is one quotation: opens at a and closes within the last 3 tokens. */
    static boolean startsWithQuote(ParagraphContext c, int a, int b) {
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

    static final Set<String> FRONTED = ArabicLexicons.set("حول", "وحول", "في", "وفي", "من", "ومن", "على",
            "وعلى", "بعد", "وبعد", "خلال", "وخلال", "ردا", "وردا", "تعليقا", "وتعليقا", "بدوره", "بدورها", "كما",
            "وعن", "عن", "إلى", "والى", "وإلى", "أما", "واما", "وأما");

    /** Participle after narration: "وكان رئيس الوزراء محمد شياع السوداني قد وجّه…، متعهداً" -> that person. */
    static Attribution personInSentence(ParagraphContext c, int from, int to, SpeakerMemory mem, String cue) {
        // the main clause's subject, when it is an institution, acts and speaks: "خفّضت الهيئة، خلال اجتماعها، رسوم
        // …، معتبرةً أن" — words between commas later in the sentence are its object, not a person's name
        int[] main = ClauseSubjects.mainSubject(c, from, to, SUBJECT_SCAN);
        if (main != null && findName(c, main[0], main[1]) == null) {
            Attribution a = resolve(c, main[0], main[1], false, mem, cue, null, false).attribution();
            if (a.sourceType() == SourceType.OFFICIAL) {
                return new Attribution(a.sourceType(), a.source(), null, cue);
            }
        }
        int[] name = findName(c, Math.max(from, to - 60), to);
        if (name != null) {
            // "وطالب كريم الحكومة …" after "ريبوار كريم": news refers back by surname, and a surname that is also
            // a given name makes the name finder take the verb's object as a second name
            SpeakerMemory.Speaker known = mem.bySurname(c.f[name[0]]);
            if (known != null && known.attribution().sourceType() == SourceType.NAMED_PERSON) {
                return new Attribution(SourceType.NAMED_PERSON, known.attribution().source(), null, cue);
            }
            String nm = c.orig(name[0], name[1]);
            Attribution at = new Attribution(SourceType.NAMED_PERSON, nm, null, cue);
            // "وطالب النائب فلان الفلاني …، مؤكداً أن" then "وأشار الفلاني إلى أن": the surname refers back to him
            String surname = c.f[name[1] - 1];
            mem.addPerson(c.toks.get(name[0]).start(), c.toks.get(name[1] - 1).end(), surname);
            mem.remember(new SpeakerMemory.Speaker(at, null, surname, c.foldedJoin(name[0], name[1])));
            return at;
        }
        // "وطالبت المنظمة بالإفراج عنهم، مشيرة إلى أن …", "من جهتها، حذّرت الجمعية من …، مؤكدة أن …": the
        // participle's subject is the main verb's subject
        int[] subject = ClauseSubjects.mainSubject(c, from, to, SUBJECT_SCAN);
        if (subject != null) {
            Speaker sp = resolve(c, subject[0], subject[1], false, mem, cue, null, false);
            Attribution a = sp.attribution();
            if (a.sourceType() == SourceType.NAMED_PERSON) {
                mem.remember(sp.memo()); // "ودعت النائبة فلانة …، مشيرة إلى أن" then "وأضافت الفلانية"
            }
            if (a.sourceType() != SourceType.UNATTRIBUTED) {
                return new Attribution(a.sourceType(), a.source(), null, cue);
            }
        }
        return Attribution.NONE;
    }

    /** Cue passed to the speaker-phrase scanner for a main verb's subject. */
    private static final CueLexicon.Cue SUBJECT_SCAN = new CueLexicon.Cue("قال", CueLexicon.Kind.VERB, false, false);

    /** Splits a content segment at Arabic clause boundaries. */
    static List<int[]> splitClauses(ParagraphContext c, int s, int e) {
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
            } else if (afterComma && (ClauseRules.isWawVerb(fk) || wawAfalWithPronoun(c, k)
                    || ClauseRules.isWawFormTwoWithObject(c.origToken(k)) || ClauseRules.isWawPassiveFormTwo(c.origToken(k))
                    || ClauseRules.isWawNegation(fk) && k + 1 < e
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
            } else if (dotdot && !fk.isEmpty() || PostposedQuotation.innerSentenceEnd(c, k)) {
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

    /**
     * "، وأحاله إلى مجلس الأمة": و + a past verb of the form أفعل / أفال (أحال، أبلغ، أعاد) carrying an object pronoun
     * ه / ها / هم. Folding spells the pronoun ه like the ta marbuta of the masdar (إحالة، إعادة), so the original
     * letter decides: ه is the pronoun, ة the noun ending. A stem ending in ت (أسرته: his family) is a noun.
     */
    static boolean wawAfalWithPronoun(ParagraphContext c, int k) {
        if (c.toks.get(k).kind() != Token.Kind.WORD) {
            return false;
        }
        String o = c.origToken(k);
        StringBuilder w = new StringBuilder(o.length());
        for (int q = 0; q < o.length(); q++) {
            char ch = o.charAt(q);
            if (!(ch >= '\u064B' && ch <= '\u065F' || ch == '\u0670' || ch == '\u0640')) {
                w.append(ch);
            }
        }
        String s = w.toString();
        if (s.length() < 6 || s.charAt(0) != 'و' || s.charAt(1) != 'أ') {
            return false;
        }
        String rest = s.substring(2);
        int stem = rest.endsWith("هما") ? rest.length() - 3 : rest.endsWith("ها") || rest.endsWith("هم")
                ? rest.length() - 2 : rest.endsWith("ه") ? rest.length() - 1 : -1;
        return stem == 3 && rest.charAt(2) != 'ت';
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
