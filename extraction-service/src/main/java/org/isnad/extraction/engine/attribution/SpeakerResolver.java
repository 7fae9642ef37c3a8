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

/** Types a speaker phrase (named person, anonymous, outlet, official) and resolves references through {@link SpeakerMemory}. */
final class SpeakerResolver {
    private SpeakerResolver() {
    }

    static final Set<String> ADJECTIVAL_HONORIFICS = ArabicLexicons.ADJECTIVAL_HONORIFICS;

    /** Singular heads for one person: anonymous without a name, a named person with an explicit one. */
    static final Set<String> PERSON_HEADS = ArabicLexicons.set("عضو", "قيادي", "ناشط", "محلل", "مهندس",
            "موظف", "عامل", "طبيب", "مقاتل", "دبلوماسي", "مراقب", "شاهد", "مراسل", "شخص");

    /** Unnamed officials: "مسؤول في الوزارة", "ضابط في الشرطة" (ؤ/ئ are not folded, so both spellings). */
    static final Set<String> OFFICIAL_PERSON_HEADS = ArabicLexicons.set("مسؤول", "مسؤولون", "مسؤولين",
            "مسئول", "مسئولون", "مسوول", "مسوولون", "ضابط", "ضباط", "موظف", "موظفون");

    static final Set<String> NAME_CONNECTORS = ArabicLexicons.set("بن", "ابن", "بنت", "عبد", "أبو", "أبي",
            "آل", "ولد", "دي", "فان", "فون");

    /** "أحدهم", "إحداهن", "بعضهم": one or some of the group cited just before. */
    static final Set<String> PARTITIVE_PRONOUNS = ArabicLexicons.set("أحدهم", "إحداهن", "أحدهما", "إحداهما",
            "بعضهم", "أحدهن");

    static final Set<String> DOC_HEADS = ArabicLexicons.set("تقديرات", "التقديرات", "تقارير", "التقارير",
            "معلومات", "المعلومات", "أرقام", "الأرقام", "بيانات", "البيانات", "إحصائية", "إحصاءات", "إحصائيات",
            "دراسة", "أرقام", "تقرير", "التقرير", "إحصائيات");

    /** Indefinite heads of institutions that issue figures ("أرقام وزارة الصحة", "تقديرات منظمة الأغذية"). */
    static final Set<String> INSTITUTION_HEADS = ArabicLexicons.set("وزارة", "هيئة", "منظمة", "مؤسسة", "مركز",
            "مجلس", "جهاز", "مكتب", "مديرية", "لجنة", "بنك", "صندوق", "حكومة", "مفوضية", "جامعة", "معهد", "مرصد",
            "برنامج", "اتحاد", "نقابة", "جمعية", "البنك");

    /** "وأضاف معاليه", "وأكد سموّه": an honorific with the pronoun of the dignitary just named. */
    static final Set<String> PRONOUN_HONORIFICS = ArabicLexicons.set("معاليه", "معاليها", "سيادته", "سيادتها",
            "فخامته", "سموه", "سموها", "سعادته", "سعادتها", "دولته", "غبطته", "نيافته", "سماحته");

    /** "المصدر ذاته", "المصادر نفسها": the source just cited, named again. */
    static final Set<String> SAME_SOURCE_HEADS = ArabicLexicons.set("المصدر", "المصادر");
    static final Set<String> SAME_SOURCE_EMPHATICS = ArabicLexicons.set("ذاته", "نفسه", "ذاتها", "نفسها");

    record Speaker(Attribution attribution, SpeakerMemory.Speaker memo) {
    }

    // --------------------------------------------------------------------------------- speaker typing

    static Speaker resolve(ParagraphContext c, int a, int b, boolean anon, SpeakerMemory mem, String cue,
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
        int citedEnd = b;
        if (b - a > 2 && c.toks.get(b - 1).isPunct(')')) {
            for (int p = b - 2; p > a; p--) {
                if (c.toks.get(p).isPunct('(')) {
                    // "محمد (35 عاماً)": the gloss does not identify the speaker; a one-word gloss of an institution
                    // is its acronym ("(أونروا)"), the name a fact-checker cites: typed without, cited with it
                    citedEnd = glossWord(c, p, b - 1) ? b : p;
                    b = p;
                    break;
                }
            }
        }
        if (a >= b) {
            SpeakerMemory.Speaker last = CueGender.continued(mem, cue); // "وأضافت" continues the woman quoted
            if (last == null) {
                return new Speaker(new Attribution(SourceType.UNATTRIBUTED, null, outlet, cue), null);
            }
            Attribution la = last.attribution();
            return new Speaker(new Attribution(la.sourceType(), la.source(), outlet != null ? outlet : null, cue),
                    null);
        }
        a = InstitutionBackReferences.bodyStart(c, a, b); // "مجلس بنك المغرب" speaks for "بنك المغرب"
        if (b - a == 2 && SAME_SOURCE_HEADS.contains(c.f[a]) && SAME_SOURCE_EMPHATICS.contains(c.f[a + 1])
                && mem.last() != null) {
            return reuse(mem.last(), outlet, cue); // "وفق المصدر ذاته": the source cited last, not an anonymous one
        }
        Speaker sameAgency = SameAgencyReferences.resolve(c, a, b, mem, outlet, cue); // "أفادت الوكالة ذاتها"
        if (sameAgency != null) {
            return sameAgency;
        }
        String f0 = c.f[a];
        String phrase = DefiniteAntecedents.expand(c, a, b, CitedSource.text(c, a, citedEnd));
        String foldedPhrase = c.foldedJoin(a, b);
        // a single surname of a known person
        if (b - a == 1) {
            SpeakerMemory.Speaker s = mem.bySurname(f0);
            if (s != null) {
                return reuse(s, outlet, cue);
            }
            Speaker body = InstitutionBackReferences.byAcronym(c, a, mem, outlet, cue); // "وردّت أوتشا"
            if (body != null) {
                return body;
            }
        }
        if (b - a >= 2 && b - a <= 3 && NAME_CONNECTORS.contains(f0) && !f0.equals("ابو") && !f0.equals("أبو")) {
            // "وتابع بن عيسى" after "رشيد بن عيسى": a family name of several words (بن/عبد/آل + word) refers back
            // to the person whose full name ends with it
            SpeakerMemory.Speaker s = mem.bySurname(c.f[b - 1]);
            if (s != null && s.attribution().sourceType() == SourceType.NAMED_PERSON && s.foldedSource() != null
                    && s.foldedSource().endsWith(foldedPhrase)) {
                return reuse(s, outlet, cue);
            }
        }
        if (b - a == 1 && PRONOUN_HONORIFICS.contains(f0)) {
            SpeakerMemory.Speaker s = mem.lastOfType(SourceType.NAMED_PERSON);
            if (s != null) {
                return reuse(s, outlet, cue); // "وأضاف معاليه": the dignitary named before, not an official body
            }
        }
        if (b - a == 1 && PARTITIVE_PRONOUNS.contains(f0)) {
            // "وتابع أحدهم" after "وأكد بحارة في الميناء": one of the group just cited, cited as that group
            SpeakerMemory.Speaker s = mem.last();
            if (s != null) {
                return reuse(s, outlet, cue);
            }
        }
        if (b - a == 1 && f0.startsWith("ال") && (DOC_HEADS.contains(f0) || StatementIssuer.DOCUMENT_NOUNS.contains(f0.substring(2))
                || StatementIssuer.DATA_DOCUMENTS.contains(f0.substring(2)))) {
            // "وأوضحت البيانات" after "كشفت بيانات … الصادرة عن وزارة المالية": the same document, the same issuer
            SpeakerMemory.Speaker s = mem.byHead(f0, null);
            if (s != null) {
                return reuse(s, outlet, cue);
            }
        }
        String backReference = b - a == 1 ? InstitutionBackReferences.fullName(c, a, mem) : null;
        if (backReference != null) {
            // "وأضاف المجلس" after "مجلس بنك المغرب", "وقال التجمع" after "تجمع قوات …": the institution named before
            Attribution at = new Attribution(SourceType.OFFICIAL, backReference, outlet, cue);
            return new Speaker(at, new SpeakerMemory.Speaker(at, SpeakerMemory.stripAl(f0), null,
                    org.isnad.extraction.engine.text.Fold.fold(backReference)));
        }
        int[] name = CommonNounTitles.nameAfter(c, a, b); // "وقال المواطن فلان الفلاني"
        if (name == null) {
            name = findName(c, a, b);
        }
        if (name != null && (!ArabicLexicons.anonHead(f0) || !anon && PersonNames.namedAfterPersonHead(c, a, name, f0))) {
            if (name[1] - name[0] == 1) {
                SpeakerMemory.Speaker s = mem.bySurname(c.f[name[0]]);
                if (s != null) {
                    return reuse(s, outlet, cue);
                }
            }
            String nm = c.orig(name[0], name[1]);
            Attribution at = new Attribution(SourceType.NAMED_PERSON, nm, outlet, cue);
            String head = name[0] > a ? c.f[a] : null;
            // a kunya (أبو محمد، أم أحمد) has no surname: a later bare "محمد" is someone else
            boolean kunya = name[1] - name[0] == 2 && (c.f[name[0]].equals("ابو") || c.f[name[0]].equals("ام"));
            String surname = kunya ? null : c.f[name[1] - 1];
            mem.addPerson(c.toks.get(name[0]).start(), c.toks.get(name[1] - 1).end(), surname);
            return new Speaker(at, new SpeakerMemory.Speaker(at, head, surname, foldedPhrase));
        }
        if (institutionDocument(c, a, b)) {
            // "ووفقاً لتقديرات المنظمة الدولية للهجرة", "تقارير وزارة الصحة": an institution's own figures
            Attribution at = new Attribution(SourceType.OFFICIAL, stripQuotes(phrase), outlet, cue);
            return new Speaker(at, new SpeakerMemory.Speaker(at, SpeakerMemory.stripAl(docHead(f0)), null, foldedPhrase));
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
        // "أم لطفلين": a parent described by the children, no kunya name (PersonNames.childrenCount)
        boolean describedParent = (f0.equals("ام") || f0.equals("اب") || f0.equals("ابو")) && a + 1 < c.f.length
                && PersonNames.childrenCount(c.f[a + 1]); // (the phrase may have stopped at the lam word)
        if (anon || describedParent || ArabicLexicons.anonHead(f0) && !f0.equals("مراسلنا")) {
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
        if (name == null && (unnamedGroupOfPeople(f0) || partOfUnnamedGroup(c, a, b))) {
            // "وفق ما أفاد به متعاملون في سوق الصرافة", "قال مزارعون": people who are not named, not an authority
            Attribution at = new Attribution(SourceType.ANONYMOUS, phrase, outlet, cue);
            return new Speaker(at, new SpeakerMemory.Speaker(at, f0, null, foldedPhrase));
        }
        int body = name == null ? UnnamedSpokesmen.institutionStart(c, a, b) : -1;
        if (body > 0) {
            // "المتحدث باسم وزارة المالية": cited as the ministry. A spokesman remembered under the same head is
            // reused when he was named ("المتحدث باسم الوزارة، فلان" … "وتابع الناطق باسم الوزارة") or speaks for
            // the same body; the spokesman of another body is a new source
            String cited = stripQuotes(c.orig(body, citedEnd));
            String named = citedEnd - body == 1 ? InstitutionBackReferences.fullName(c, body, mem) : null;
            cited = named != null ? named : cited; // "المتحدث باسم المصرف": the bank named in full before
            cited = GroupAliases.earlierName(c, body, citedEnd, mem, cited);
            SpeakerMemory.Speaker s = mem.byHead(f0, null);
            if (s != null && (s.attribution().sourceType() == SourceType.NAMED_PERSON
                    || cited.equals(s.attribution().source()))) {
                return reuse(s, outlet, cue);
            }
            Attribution at = new Attribution(SourceType.OFFICIAL, cited, outlet, cue);
            return new Speaker(at, new SpeakerMemory.Speaker(at, f0, null, foldedPhrase));
        }
        if (TITLES.contains(f0) && f0.startsWith("ال")) {
            // "وتابع المسؤول" after "قال مسؤول في الوزارة": the latest speaker with that head, named or not
            SpeakerMemory.Speaker s = mem.byHead(f0, null);
            if (s == null && b - a <= 2) {
                s = mem.lastOfType(SourceType.NAMED_PERSON); // "وتابع الخبير" — a longer description is a new source
            }
            if (s != null) {
                return reuse(s, outlet, cue);
            }
        }
        boolean agency = AgencyKinds.nonNewsAgency(c, a, b); // a rating or UN agency is a body, a news agency an outlet
        if (agency || OutletPhrases.networkWithPurpose(c, a, b) || OutletPhrases.nonMediaNetwork(c, a, b)) {
            agency = true;
        }
        if (!agency && b - a == 1 && f0.startsWith("ال") && OUTLET_HEADS.contains(f0)) {
            SpeakerMemory.Speaker s = mem.bySourceWord(f0);
            if (s != null && s.attribution().sourceType() == SourceType.OUTLET) {
                return reuse(s, outlet, cue); // "وأشارت الصحيفة" → the newspaper named before
            }
        }
        if (!agency && (OUTLET_HEADS.contains(f0) || OUTLET_NAMES.contains(foldedPhrase)
                || OutletPhrases.mediaSuffix(c, a, b)) || f0.equals("مراسلنا")
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
        if (!anon && BarePersonalNames.isBarePersonalName(c, a, b)) {
            // "وأضافت تشيرنينكو", "وتقول نجاة": a short unknown name is a person — the remembered one whose full
            // name ends with it, else a new named person
            SpeakerMemory.Speaker s = mem.byNameEnding(foldedPhrase);
            if (s != null) {
                return reuse(s, outlet, cue);
            }
            Attribution at = new Attribution(SourceType.NAMED_PERSON, stripQuotes(phrase), outlet, cue);
            mem.addPerson(c.toks.get(a).start(), c.toks.get(b - 1).end(), c.f[b - 1]);
            return new Speaker(at, new SpeakerMemory.Speaker(at, null, c.f[b - 1], foldedPhrase));
        }
        Attribution at = new Attribution(SourceType.OFFICIAL, UnnamedMinisters.cited(c, a, b, stripQuotes(phrase)), outlet, cue);
        return new Speaker(at, new SpeakerMemory.Speaker(at, f0, null, foldedPhrase));
    }

    /** A document head, also with the preposition glued on ("لتقديرات", "لأرقام"): the head, or null. */
    static String docHead(String f0) {
        if (DOC_HEADS.contains(f0)) {
            return f0;
        }
        return f0.startsWith("ل") && DOC_HEADS.contains(f0.substring(1)) ? f0.substring(1) : null;
    }

    /**
     * An indefinite document head in construct with an institution ("تقديرات المنظمة الدولية", "أرقام وزارة
     * الصحة"): the institution's figures, an official source, though "تقديرات" alone is anonymous. A definite head
     * ("التقديرات الأولية") takes an adjective instead, and people ("تقديرات الخبراء") or outlets stay as they are.
     */
    static boolean institutionDocument(ParagraphContext c, int a, int b) {
        String head = docHead(c.f[a]);
        if (head == null || head.startsWith("ال") || b - a < 2 || c.toks.get(a + 1).kind() != Token.Kind.WORD) {
            return false;
        }
        String g = c.f[a + 1];
        boolean definite = g.startsWith("ال") && !g.startsWith("الل") && g.length() >= 5;
        boolean institution = INSTITUTION_HEADS.contains(g);
        return (definite || institution) && !ArabicLexicons.anonHead(g) && !OUTLET_HEADS.contains(g)
                && !OUTLET_NAMES.contains(g) && !PersonNames.isNisbaAdjective(g) && !g.endsWith("يه");
    }

    /**
     * "مراسل “الجزيرة”", "مراسلة وكالة رويترز", "مراسل سكاي نيوز": a correspondent of a named outlet; returns the
     * index where the outlet starts, or -1.
     */
    static int correspondentOutlet(ParagraphContext c, int a, int b) {
        String f0 = c.f[a];
        if (!(f0.equals("مراسل") || f0.equals("مراسله") || f0.equals("مراسلو")) || a + 1 >= b) {
            return -1;
        }
        int q = a + 1;
        if (c.toks.get(q).isQuote()) {
            return q + 1 < b ? q : -1;
        }
        if (OUTLET_HEADS.contains(c.f[q]) || latinName(c, q)) {
            return q; // "مراسلة RT", "مراسل BBC": a Latin-script name after مراسل is the outlet's brand
        }
        for (int n = Math.min(3, b - q); n >= 1; n--) {
            if (OUTLET_NAMES.contains(c.foldedJoin(q, q + n))) {
                return q;
            }
        }
        return -1;
    }

    /** A Latin-script word starting with a capital (RT, BBC, CNN, LBCI): a brand name in Arabic text. */
    static boolean latinName(ParagraphContext c, int q) {
        Token t = c.toks.get(q);
        return t.kind() == Token.Kind.WORD && !t.isArabic() && t.isCapitalized();
    }

    static Speaker reuse(SpeakerMemory.Speaker s, String outlet, String cue) {
        Attribution la = s.attribution();
        return new Speaker(new Attribution(la.sourceType(), la.source(), outlet, cue), null);
    }

    /** Words that take a portion of a group: "عدد من", "بعض", "مجموعة من", "أحد السكان" (one unnamed member). */
    static final Set<String> GROUP_PORTIONS = ArabicLexicons.set("عدد", "بعض", "مجموعة", "عشرات", "مئات",
            "أحد", "إحدى");

    /**
     * "عدد من الباحثين عن عمل", "بعض السكان", "مجموعة من المزارعين": some members of a group of people described, not
     * named, speak as individuals (ANONYMOUS), not as an authority. The group is an anonymous head or a sound
     * masculine plural of people (ـين / ـون; five letters after the article: "أحد الناجين"); officials ("عدد من
     * المسؤولين") stay with the official rules.
     */
    static boolean partOfUnnamedGroup(ParagraphContext c, int a, int b) {
        if (!GROUP_PORTIONS.contains(c.f[a])) {
            return false;
        }
        int k = a + 1 < b && c.f[a + 1].equals("من") ? a + 2 : a + 1;
        if (k >= b || c.toks.get(k).kind() != Token.Kind.WORD) {
            return false;
        }
        String group = SpeakerMemory.stripAl(c.f[k]);
        if (officials(group)) {
            return false;
        }
        return ArabicLexicons.anonHead(group) || ArabicLexicons.anonHead(c.f[k])
                || group.length() >= (c.f[k].startsWith("ال") ? 5 : 6) && (group.endsWith("ين") || group.endsWith("ون"))
                || ParticiplePlurals.constructPlural(c.f[k], k + 1 < b ? c.f[k + 1] : null);
    }

    /**
     * An indefinite sound masculine plural heading the speaker phrase (متعاملون، مزارعون، سائقون): a group of
     * unnamed people. Officials (مسؤولون) stay with the official rules; five letters or fewer are left alone, as
     * given names such as مأمون or هارون end the same way.
     */
    static boolean unnamedGroupOfPeople(String folded) {
        return folded.length() >= 6 && (folded.endsWith("ون") || ParticiplePlurals.obliqueParticiple(folded))
                && !folded.startsWith("ال") && !officials(folded);
    }

    /** "مسؤولون", "مسؤولين" (either folded hamza spelling, no article): officials, who speak for an authority. */
    private static boolean officials(String folded) {
        return folded.startsWith("مسؤول") || folded.startsWith("مسوول");
    }
}
