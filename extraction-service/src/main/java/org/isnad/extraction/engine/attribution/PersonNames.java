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
import static org.isnad.extraction.engine.attribution.SpeakerSpans.*;
import static org.isnad.extraction.engine.attribution.Appositives.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/** Finding a personal name inside a speaker phrase: honorifics, given names, appositives, titled names, and what is not a name (genitives, nisba adjectives). */
final class PersonNames {
    private PersonNames() {
    }

    /** "لطفلين", "لأربعة", "لثلاثة أبناء": "أم لطفلين" is a mother of two, described, not the kunya أم + name. */
    private static final java.util.Set<String> CHILDREN_COUNTS = ArabicLexicons.set("طفل", "طفلين", "طفلة",
            "طفلتين", "أطفال", "ابن", "ابنين", "أبناء", "بنت", "بنتين", "بنات", "ولد", "ولدين", "أولاد", "اثنين",
            "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة");

    static boolean childrenCount(String folded) {
        return folded.startsWith("ل") && CHILDREN_COUNTS.contains(folded.substring(1));
    }

    /** Finds a personal name inside tokens [a, b): honorific + name, first-name gazetteer, or appositive. */
    static int[] findName(ParagraphContext c, int a, int b) {
        int[] closing = TitledAppositiveNames.afterLastComma(c, a, b);
        if (closing != null) {
            return closing; // "…، المهندس فلان الفلاني": the name that closes the phrase
        }
        for (int k = a; k < b; k++) {
            String fk = c.f[k];
            int namesake = k > a ? NamesakeInstitutions.namesakeEnd(c, k, b) : k;
            if (namesake > k) {
                k = namesake - 1; // "بجامعة محمد الخامس": the university's namesake is not the speaker
                continue;
            }
            if ((fk.equals("ام") || fk.equals("ابو")) && k + 1 < b && c.toks.get(k + 1).kind() == Token.Kind.WORD
                    && !c.f[k + 1].startsWith("ال") && !notName(c, k + 1) && !stop(c, k + 1)
                    && !childrenCount(c.f[k + 1])) {
                int g = k - 1;
                boolean givenName = g >= a && c.toks.get(g).kind() == Token.Kind.WORD && !c.f[g].startsWith("ال")
                        && !notName(c, g) && !stop(c, g) && !TITLES.contains(c.f[g]) && !ArabicLexicons.anonHead(c.f[g])
                        && !PERSON_HEADS.contains(c.f[g]) && !OFFICIAL_PERSON_HEADS.contains(c.f[g])
                        && !HONORIFICS.contains(c.f[g]) && LEX.lookup(c.f[g]) == null;
                // "تيسير أبو سنينة": a given name before أبو makes it a family name, not a kunya
                return new int[]{givenName ? g : k, k + 2}; // kunya: "أم محمد", "أبو أحمد"
            }
            if (k > a && (c.f[k].equals("في") || c.f[k].equals("عن")) && TITLES.contains(c.f[a])) {
                int[] afterPlace = c.f[k].equals("في") ? TitledPlaceNames.nameAfterPlace(c, k, b) : null;
                if (afterPlace != null) {
                    return afterPlace; // "نقيب المخابز في جبل لبنان أنطوان سيف"
                }
                int[] afterScope = b < c.toks.size() ? TitledPlaceNames.nameAfterDefiniteScope(c, k, b + 1) : null;
                if (afterScope != null && afterScope[1] == b) {
                    return afterScope; // "النائب عن الحزب الديمقراطي الكوردستاني شيروان عبد الله"
                }
            }
            if (k == a) {
                int e = nameBeforeTitleAppositive(c, a, b);
                if (e > a) {
                    return new int[]{a, e}; // "جيك سوليفان، مستشار الأمن القومي،"
                }
            }
            boolean hon = HONORIFICS.contains(fk) && !adjectivalHonorific(c, a, k)
                    || k > a && c.toks.get(k - 1).isComma() && definiteTitleBeforeName(c, k, b);
            boolean definiteGiven = definiteGivenName(c, k, b);
            boolean first = !hon && (FIRST_NAMES.contains(fk) || definiteGiven) && (k == a || !c.f[k - 1].equals("باسم"))
                    && !(k == a && TITLES.contains(fk) && SentenceShapes.hasComma(c, k + 1, b));
            // ("أمين سر الفصائل، جمال أبو هاشم،": a given name that is also a title opening the phrase is the title
            // when an appositive follows)
            if (k > a && c.toks.get(k - 1).isComma() && definiteLedName(c, k, b) > k) {
                return new int[]{k, definiteLedName(c, k, b)}; // "، الطاهر بشير،"
            }
            boolean afterComma = k > a && c.toks.get(k - 1).isComma() && !fk.startsWith("ال")
                    && !notName(c, k) && c.toks.get(k).kind() == Token.Kind.WORD
                    && !(TITLES.contains(fk) && !FIRST_NAMES.contains(fk)); // "، رئيس اللجنة،": a title appositive
            if (!afterComma && k > a && !fk.startsWith("ال") && titledName(c, a, k, b)) {
                afterComma = true; // "الخبير الاقتصادي جاد شعبان"
            }
            if (!hon && !first && !afterComma) {
                continue;
            }
            int s = hon ? k + 1 : k;
            while (s < b && (HONORIFICS.contains(c.f[s])
                    || hon && ArabicLexicons.RANK_STATUS.contains(c.f[s]))) {
                s++; // "العقيد المتقاعد", "اللواء الركن": the status word is not the name
            }
            int e = s;
            while (e < b && e - s < 5) {
                Token t = c.toks.get(e);
                String fe = c.f[e];
                if (t.kind() != Token.Kind.WORD || stop(c, e) || NonReportingUses.cueWord(c, e)
                        || LEX.isComplementizer(fe) || notName(c, e) || fe.startsWith("لل") || lamGenitive(fe)) {
                    break; // (لقائد، لوزير: a genitive after a title, "المستشار الإعلامي لقائد …")
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
                    if (afterComma && (familyNameClosesAppositive(c, e, b)
                            || AppositiveFamilyNames.secondFamilyWord(c, s, e, b))) {
                        e++; // "، محمد الأمين بوشامة،", "، محمد الطاهر الجربي،": a compound given name first
                    }
                    break;
                }
                if (e == s && fe.startsWith("ال") && !(definiteGiven && e == k)) {
                    break;
                }
                e++;
            }
            if (e > s && (hon || e - s >= 2 || first && e - s >= 1 && c.toks.size() > 0)) {
                if (!hon && e - s == 1 && !afterComma && first) {
                    // a lone first name is too weak unless it is all there is, or closes a description of the
                    // speaker ("ربة المنزل هدى", "بائع الخضار سمير"): after a definite word it can only be a name
                    if (b - a > 1 && !closingGivenName(c, a, s, e, b)) {
                        continue;
                    }
                }
                return new int[]{s, e};
            }
        }
        return null;
    }

    /** A given name [s, e) that ends the phrase [a, b) right after a definite descriptor word. */
    private static boolean closingGivenName(ParagraphContext c, int a, int s, int e, int b) {
        return e == b && s - 1 > a && c.f[s - 1].startsWith("ال") && c.toks.get(s - 1).kind() == Token.Kind.WORD
                && !SpeakerSpans.bareOrgHead(c.f[a]) && !SpeakerSpans.bareOrgHead(c.f[s - 1].substring(2));
    }

    /**
     * A name after a head for one person: "عضو المجلس، فلان" (appositive or honorific); a singular trade also takes
     * its name straight after a definite genitive ("موظفة البنك سلوى الأمين", "سائق الأجرة منير").
     */
    static boolean namedAfterPersonHead(ParagraphContext c, int a, int[] name, String f0) {
        if (PERSON_HEADS.contains(f0) && explicitName(c, a, name)) {
            return true;
        }
        return ArabicLexicons.SINGULAR_PERSON_HEADS.contains(f0) && (explicitName(c, a, name)
                || name[0] - 1 > a && c.f[name[0] - 1].startsWith("ال"));
    }

    /** The name is an appositive ("عضو المجلس، نورا الخطيب،") or follows an honorific ("الدكتور …"). */
    static boolean explicitName(ParagraphContext c, int a, int[] name) {
        int p = name[0] - 1;
        return p > a && (c.toks.get(p).isComma() || HONORIFICS.contains(c.f[p]));
    }

    /**
     * "المكتب الإعلامي لحركة …", "المركز الصحفي": an honorific that is also an adjective (الإعلامي، الصحفي،
     * الأكاديمي …) right after a definite noun that is not a title qualifies that noun; it does not introduce a name.
     */
    static boolean adjectivalHonorific(ParagraphContext c, int a, int k) {
        if (k > a && NamesakeInstitutions.namedAfterPerson(c, k)) {
            return true; // "بجامعة القاضي عياض": the honorific belongs to the university's name
        }
        return ADJECTIVAL_HONORIFICS.contains(c.f[k]) && k > a && c.f[k - 1].startsWith("ال")
                && !TITLES.contains(c.f[k - 1]) && !HONORIFICS.contains(c.f[k - 1]);
    }

    /**
     * "الاتحاد المغربي لألعاب القوى", "الجمعية الوطنية لحماية المستهلك": a lam word between two definite words names
     * what a body is for. A given name after a definite title ("الناطق الرسمي لطفي …") is a known first name.
     */
    static boolean purposePhrase(ParagraphContext c, int k, int b) {
        String fk = c.f[k];
        return k > 0 && k + 1 < b && fk.startsWith("ل") && !fk.startsWith("لل") && fk.length() >= 4
                && c.f[k - 1].startsWith("ال") && c.f[k + 1].startsWith("ال")
                && c.toks.get(k + 1).kind() == Token.Kind.WORD && !FIRST_NAMES.contains(fk)
                && !org.isnad.extraction.engine.lexicon.Gazetteer.get().isFirstName(fk);
    }

    /** Tokens [a, k) are a title head plus definite modifiers, and k, k+1 are two bare name-like words. */
    static boolean titledName(ParagraphContext c, int a, int k, int b) {
        if (!TITLES.contains(c.f[a]) || k + 1 >= b || c.f[k - 1].equals("باسم")) {
            return false; // ("المتحدث باسم خفر السواحل": after باسم comes the body spoken for, not a person)
        }
        if (k == a + 1 && !c.f[a].startsWith("ال")) {
            return false; // "متحدث عسكري إسرائيلي": adjectives of an indefinite title, not a name
        }
        boolean construct = false;
        for (int q = a + 1; q < k; q++) {
            String fq = c.f[q];
            boolean ok = c.toks.get(q).kind() == Token.Kind.WORD && (fq.startsWith("ال") || fq.startsWith("لل")
                    || fq.equals("باسم") || TITLES.contains(fq) || fq.startsWith("وال"));
            if (!ok && TitledConstructs.constructMember(c, q, k)) {
                ok = construct = true;
            }
            if (!ok) {
                return false;
            }
        }
        if (construct && TitledConstructs.genitiveLam(c, k)) {
            return false; // "مدير فرع الشركة السورية لتخزين …": the chain goes on with a لـ genitive
        }
        for (int q = k; q <= k + 1; q++) {
            String fq = c.f[q];
            if (fq.startsWith("لل") || fq.startsWith("بال") || fq.startsWith("وال") || fq.startsWith("كال")) {
                return false;
            }
            if (q == k && fq.startsWith("ل") && fq.endsWith("ه") && fq.length() >= 5 && !FIRST_NAMES.contains(fq)) {
                return false; // "المدير العام لوكالة الطاقة": a genitive organisation (لوكالة، لمنظمة، لهيئة)
            }
            if (q == k && purposePhrase(c, k, b)) {
                return false; // "الناطق باسم الاتحادية التونسية لكرة السلة": the body's purpose, not a name
            }
            if (q == k && fq.startsWith("و") && fq.length() >= 5 && !FIRST_NAMES.contains(fq)
                    && !FIRST_NAMES.contains(fq.substring(1))
                    && !org.isnad.extraction.engine.lexicon.Gazetteer.get().isFirstName(fq)) {
                return false; // "… للمساعدات الإنسانية وحماية المدنيين": a coordinated noun continues the title
            }
            if (q == k && lamGenitive(fq)) {
                return false; // "المستشار الإعلامي لقائد الدعم السريع": لـ + title/institution is a genitive
            }
            if (c.toks.get(q).kind() != Token.Kind.WORD || NOT_NAME.contains(fq) || SPEAKER_STOPS.contains(fq)
                    || LEX.lookup(fq) != null || LEX.isComplementizer(fq) || TITLES.contains(fq)
                    || q == k + 1 && fq.startsWith("ال") && isNisbaAdjective(fq)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "قال جيك سوليفان، مستشار الأمن القومي الأمريكي، إن": two to four bare words, then a comma and a title: the
     * words are a personal name (given names outside the seed list). Returns the name's end, or -1.
     */
    static int nameBeforeTitleAppositive(ParagraphContext c, int a, int b) {
        int e = a;
        while (e < b && e - a < 4 && c.toks.get(e).kind() == Token.Kind.WORD) {
            String f = c.f[e];
            if (f.startsWith("ال") || notName(c, e) || stop(c, e) || TITLES.contains(f) || HONORIFICS.contains(f)
                    || ArabicLexicons.anonHead(f) || OFFICIAL_PERSON_HEADS.contains(f) || LEX.lookup(f) != null
                    || LEX.isComplementizer(f) || lamGenitive(f) || adjectiveLikeNisba(f)) {
                return -1;
            }
            e++;
        }
        // (the appositive may lie outside [a, b) when the speaker phrase stopped at the comma)
        if (e - a < 2 || e + 1 >= c.toks.size() || !c.toks.get(e).isComma()) {
            return -1;
        }
        String t = c.f[e + 1];
        return TITLES.contains(t) || HONORIFICS.contains(t) || TITLES.contains("ال" + t)
                || OFFICIAL_PERSON_HEADS.contains(t) ? e : -1;
    }

    /**
     * لـ + a title or institution noun (لقائد، لرئيس، لوزير، لمجلس، لمنظمة): the genitive of the preceding
     * title, never the first word of a personal name.
     */
    static boolean lamGenitive(String folded) {
        // بـ + an institution or title (بوزارة التجارة، بمجلس النواب, "المدير العام … بوزارة التجارة") is a
        // prepositional phrase attached to the title for the same reason: never the first word of a name
        boolean preposition = folded.startsWith("ل") && !folded.startsWith("لل") || folded.startsWith("ب");
        if (folded.length() < 4 || !preposition || FIRST_NAMES.contains(folded)) {
            return false;
        }
        String stem = folded.substring(1);
        return TITLES.contains(stem) || NOT_NAME.contains(stem) || OFFICIAL_PERSON_HEADS.contains(stem);
    }

    /**
     * A comma-delimited appositive that starts with a definite word followed by bare (indefinite) name words:
     * "، الطاهر بشير،", "، الهادي منصور،". A definite noun cannot take an indefinite modifier, so the pair is a
     * personal name (given names such as الطاهر، الصادق، المهدي carry the article). Returns the end of the name
     * (exclusive), or -1. Needs the closing comma (or the phrase end) right after 1–3 bare words.
     */
    static int definiteLedName(ParagraphContext c, int k, int b) {
        if (c.toks.get(k).kind() != Token.Kind.WORD || !c.f[k].startsWith("ال") || c.f[k].length() < 4
                || notName(c, k) || stop(c, k) || TITLES.contains(c.f[k]) || HONORIFICS.contains(c.f[k])
                || isNisbaAdjective(c.f[k])
                || LEX.lookup(c.f[k]) != null) {
            return -1;
        }
        int e = k + 1;
        while (e < b && e - k <= 3) {
            Token t = c.toks.get(e);
            String fe = c.f[e];
            if (fe.startsWith("ال") && NAME_CONNECTORS.contains(c.f[e - 1]) && t.kind() == Token.Kind.WORD) {
                e++; // "الصادق عبد الباري"
                continue;
            }
            if (t.kind() != Token.Kind.WORD || fe.startsWith("ال") || fe.startsWith("لل") || fe.startsWith("بال")
                    || stop(c, e) || notName(c, e) || LEX.lookup(fe) != null || LEX.isComplementizer(fe)
                    || adjectiveLikeNisba(fe)) {
                break;
            }
            e++;
        }
        if (e == k + 1 || e - k > 3) {
            return -1;
        }
        return e >= b || c.toks.get(e).isComma() ? e : -1;
    }

    /**
     * Given names that carry the article, common in the Maghreb and Libya ("المنصف الحاجي", "الهادي العياري",
     * "الطاهر بشير"). Words that are also everyday adjectives or titles (الأمين، العربي، الطيب) are left out.
     */
    private static final java.util.Set<String> DEFINITE_GIVEN_NAMES = ArabicLexicons.set("المنصف", "الهادي",
            "الطاهر", "الصادق", "المهدي", "الحبيب", "المختار", "المنجي", "البشير", "المولدي", "الأزهر", "الحسين",
            "الناصر", "المكي", "الشاذلي", "الجيلاني", "الباجي", "الصافي", "المبروك", "المنذر", "المثنى");

    /**
     * An article-led given name at {@code k} followed by a name word (bare, or an article-led family name that is not
     * a nationality): "الهادي العياري", "المنصف الحاجي".
     */
    static boolean definiteGivenName(ParagraphContext c, int k, int b) {
        if (!DEFINITE_GIVEN_NAMES.contains(c.f[k]) || k + 1 >= b || c.toks.get(k + 1).kind() != Token.Kind.WORD) {
            return false;
        }
        String next = c.f[k + 1];
        return !stop(c, k + 1) && !notName(c, k + 1) && !NonReportingUses.cueWord(c, k + 1)
                && !LEX.isComplementizer(next) && !isNisbaAdjective(next) && !TITLES.contains(next);
    }

    /** Indefinite nisba adjectives (أمني، ميدانية، إسرائيلي): modifiers, not name words. */
    private static boolean adjectiveLikeNisba(String f) {
        return f.endsWith("يه") || f.endsWith("يون") || f.endsWith("يين") || f.length() >= 5 && f.endsWith("ي")
                && !FIRST_NAMES.contains(f);
    }

    /** Nationality adjectives that follow a title, not a family name: السوري، العراقي، الأمريكية… */
    static boolean isNisbaAdjective(String f) {
        return f.endsWith("يه") || f.equals("السوري") || f.equals("العراقي") || f.equals("اللبناني")
                || f.equals("المصري") || f.equals("الروسي") || f.equals("الامريكي") || f.equals("التركي")
                || f.equals("الايراني") || f.equals("السعودي") || f.equals("الاردني") || f.equals("الفلسطيني")
                || f.equals("الاسرائيلي") || f.equals("الاماراتي") || f.equals("القطري") || f.equals("الكويتي")
                || f.equals("الفرنسي") || f.equals("البريطاني") || f.equals("الصيني") || f.equals("الالماني")
                || f.equals("الكردي") || f.equals("العربي") || f.equals("الدولي") || f.equals("الاوكراني");
    }

    /**
     * In a comma-delimited appositive, one bare name-like word right after "given name + ال-word" and right before the
     * closing comma (or the phrase end) is the family name: "، محمد الأمين بوشامة،", "، محمد الصادق العلوي" is
     * left alone (a second ال-word is a modifier), as is any word the lexicons know.
     */
    static boolean familyNameClosesAppositive(ParagraphContext c, int e, int b) {
        if (e >= b || c.toks.get(e).kind() != Token.Kind.WORD) {
            return false;
        }
        String fe = c.f[e];
        if (fe.startsWith("ال") || fe.startsWith("لل") || fe.startsWith("بال") || stop(c, e) || notName(c, e)
                || LEX.lookup(fe) != null || LEX.isComplementizer(fe) || TITLES.contains(fe) || lamGenitive(fe)
                || adjectiveLikeNisba(fe) || fe.length() < 3) {
            return false;
        }
        return e + 1 >= c.toks.size() || e + 1 == b || c.toks.get(e + 1).isComma();
    }
}
