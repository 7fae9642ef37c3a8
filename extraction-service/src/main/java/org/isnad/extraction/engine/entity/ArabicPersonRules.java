package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.ArabicNameRules.written;
import static org.isnad.extraction.engine.entity.RuleEntityFinder.*;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.lexicon.NameBoundaries;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Arabic persons for {@link RuleEntityFinder}: an honorific or a given name from the seed list, then up to four
 * name words (surnames are then propagated by the finder). Split from {@link ArabicNameRules}, which keeps the
 * organisation rules.
 */
final class ArabicPersonRules {
    private ArabicPersonRules() {
    }

    /** Given names that are also common words (كامل الدعم): need a non-definite next token. */
    static final Set<String> AMBIGUOUS_FIRST = s("كامل", "جميل", "أمين", "نور", "أمل", "سعيد", "منصور",
            "عادل", "كريم", "صالح", "مالك", "ناصر", "رشيد", "شريف", "عزيز", "هادي", "حامد", "راشد", "سلطان", "بدر",
            "هدى", "منى", "مراد", "نصر", "فؤاد", "جمال", "كمال", "أنور", "سليم", "ربيع", "حافظ", "صادق", "عماد",
            "فاروق", "جواد", "ماجد", "نبيل", "مازن", "فهد", "فيصل", "علي", "تركي", "بشير", "أديب", "عباس");

    /**
     * Given names that are far more often a verb or an adjective in news ("رفعت الحكومة الأسعار" = raised,
     * "قصف تركي" = Turkish, "أمين سر / أمين عام" = secretary): names only after an honorific.
     */
    static final Set<String> TITLE_ONLY_FIRST = s("رفعت", "تركي", "أمين");

    /** First halves of theophoric names whose second half is "الله" (folded). */
    static final Set<String> ALLAH_COMPOUNDS = s("حسب", "فضل", "جاد", "خلف", "عطا", "نصر", "فتح", "جار", "حمد",
            "سعد", "خير", "ضيف", "رزق", "عوض", "حرز");
    static final String ALLAH = Fold.fold("الله");

    /** A token that ends a name: compass word, one letter, clitic + article / hamza (وإجلاء), pronoun suffix. */
    static boolean endsName(NormalizedText text, Token t, String folded) {
        if (folded.length() < 2 || NameBoundaries.DIRECTIONS.contains(folded)) {
            return true;
        }
        String w = written(text, t);
        return NameBoundaries.startsWithCliticPhrase(w) || NameBoundaries.pronounSuffixed(w);
    }

    /**
     * Every word with which {@link #person} can start a name: an honorific, a given name, or و + a given name of
     * three letters or more (RuleEntityFinder skips a word outside all rules' start sets). Keep in sync with
     * the first test of {@code person}.
     */
    static final Set<String> PERSON_STARTS = new HashSet<>();

    static {
        PERSON_STARTS.addAll(ArabicLexicons.HONORIFICS);
        PERSON_STARTS.addAll(ArabicLexicons.FIRST_NAMES);
        for (String fn : ArabicLexicons.FIRST_NAMES) {
            if (fn.length() + 1 > 3) {
                PERSON_STARTS.add("و" + fn);
            }
        }
    }

    static int person(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out, Set<String> surnames) {
        int n = toks.size();
        String w = f[i];
        boolean hon = ArabicLexicons.HONORIFICS.contains(w) && !MilitaryUnits.notAPerson(f, i);
        int strip = 0;
        boolean first = ArabicLexicons.FIRST_NAMES.contains(w);
        if (!first && !hon && w.length() > 3 && w.startsWith("و") && ArabicLexicons.FIRST_NAMES.contains(w.substring(1))) {
            first = true;
            strip = 1;
        }
        if (!hon && !first) {
            return 0;
        }
        if (i > 0 && (f[i - 1].equals("باسم") || hon && NameBoundaries.isPlaceNoun(f[i - 1]))) {
            return 0; // "مستشفى الملكة رانيا": a facility named after a person
        }
        if (!hon && (TITLE_ONLY_FIRST.contains(strip > 0 ? w.substring(strip) : w)
                || NameBoundaries.isPrepositionAla(written(text, toks.get(i)))
                || i > 0 && toks.get(i - 1).kind() == Token.Kind.WORD && NameBoundaries.isPlaceNoun(f[i - 1]))) {
            return 0; // a verb / adjective / preposition, or a place named after a person ("وادي موسى")
        }
        if (!hon && AMBIGUOUS_FIRST.contains(strip > 0 ? w.substring(strip) : w) && (i + 1 >= n
                || f[i + 1].startsWith("ال") || f[i + 1].startsWith("و") || toks.get(i + 1).kind() != Token.Kind.WORD)) {
            return 0;
        }
        int s = hon ? i + 1 : i;
        while (s < n && (ArabicLexicons.HONORIFICS.contains(f[s]) || hon && ArabicLexicons.RANK_STATUS.contains(f[s]))) {
            s++; // "العقيد المتقاعد …": the status word is not part of the name
        }
        int e = s;
        while (e < n && e - s < 4) {
            Token t = toks.get(e);
            String fe = f[e];
            if (e > s && e + 1 < n && ALLAH_COMPOUNDS.contains(fe) && f[e + 1].equals(ALLAH)) {
                e += 2; // "حسب الله", "فضل الله": one name, although "حسب" alone is "according to"
                continue;
            }
            if (t.kind() != Token.Kind.WORD || e > i && endsName(text, t, fe) || ArabicLexicons.SPEAKER_STOPS.contains(fe)
                    || ArabicLexicons.NOT_NAME.contains(fe) || org.isnad.extraction.engine.attribution.CueLexicon.get()
                    .lookup(fe) != null || org.isnad.extraction.engine.attribution.CueLexicon.get().isComplementizer(fe)) {
                break;
            }
            if (e > s && fe.startsWith("ال") && !(f[e - 1].equals("عبد") || f[e - 1].equals("ابو")) && !fe.equals(ALLAH)) {
                if (fe.endsWith("يه") || fe.endsWith("ي") && e == s + 1 && false) {
                    break;
                }
                e++;
                break;
            }
            if (e == s && fe.startsWith("ال") && !hon) {
                break;
            }
            e++;
        }
        int len = e - s;
        if (len >= 2 || hon && len >= 1) {
            int from = hon ? s : i;
            add(text, out, toks.get(from).start() + (hon ? 0 : strip), toks.get(e - 1).end(), EntityType.PERSON, null);
            surnames.add(f[e - 1]);
            return e - i;
        }
        return 0;
    }
}
