package org.isnad.extraction.engine.entity;

import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.attribution.CueLexicon;
import org.isnad.extraction.engine.text.Fold;

/**
 * Person mentions that open with a common noun, a preposition or a title with a glued preposition — "جهاز تنمية",
 * "دولة", "طلب عدم الكشف", "عقب اجتماع", "لقائد", "كرة": the statistical tagger, filling gaps, reads a capitalised-
 * looking stretch of prose as a name. An Arabic personal name never opens with these words (a title opens a
 * titled name, but then the finders' person rules took it, without the glued لـ), so such mentions are dropped.
 * One fold of the first word per person mention.
 */
final class CommonNounPersons {
    private CommonNounPersons() {
    }

    /** Words that open prose, not names, beyond {@link ArabicLexicons#NOT_NAME}. */
    private static final Set<String> NOT_FIRST = ArabicLexicons.set("عقب", "إثر", "اثر", "خلال", "سابق", "سابقة",
            "كرة", "لقائد", "لرئيس", "لوزير", "لمدير", "لنائب", "لأمين", "لمحافظ", "لقاء", "اجتماع", "جلسة",
            "عملية", "حملة", "قرار", "مشروع", "برنامج", "خطة", "تقرير");

    /**
     * Masdars and plain nouns that a reported speaker's span or the tagger picked up as a name ("وجود", "بحث هاتفياً",
     * "دفعة", "غش", "عقوبات", "السواحل"): no personal name holds them, in any position.
     */
    private static final Set<String> COMMON_NOUNS = ArabicLexicons.set("وجود", "دفعة", "دفعات", "غش",
            "عقوبات", "تغليظ", "بحث", "سواحل", "إطلاق", "بإطلاق", "ضحايا", "تمييز", "مستحقات", "شحنات",
            // ent24: a body's branch, networks, a rate, the (two) dead and their families: a verb's subject or
            // object ("واتهم شبكات", "وتقدّر نسبة", "عضو فرع") that the person rules took for the name after a cue
            "فرع", "شبكات", "شبكة", "نسبة", "قتيلين", "قتيلان", "قتلى", "جرحى", "عائلتا", "عائلات");

    /** The second halves of compound given names ("نور الدين", "عبد الله"): alone they are a word, not a surname. */
    private static final Set<String> COMPOUND_HALVES = ArabicLexicons.set("دين", "الدين", "الله", "الرحمن",
            "الرحيم", "الكريم");

    /** Folded words of {@link ArabicLexicons#NOT_NAME} that are also names: على folds to علي, أم opens "أم محمد". */
    private static final Set<String> NAMES_TOO = ArabicLexicons.set("علي", "أم");

    /** The mentions without persons that open with a common word. */
    static List<Entity> review(List<Entity> in) {
        return EntityLists.without(in, e -> e.type() == EntityType.PERSON && opensWithCommonWord(e.text()));
    }

    static boolean opensWithCommonWord(String text) {
        int sp = text.indexOf(' ');
        String first = Fold.fold(sp < 0 ? text : text.substring(0, sp));
        if (ArabicLexicons.NOT_NAME.contains(first) && !NAMES_TOO.contains(first) || NOT_FIRST.contains(first)) {
            return true;
        }
        if (sp < 0 && COMPOUND_HALVES.contains(first) || conjoinedReportingVerb(first) || glued(first)) {
            return true;
        }
        for (String w : Fold.fold(text).split(" ")) {
            if (COMMON_NOUNS.contains(w) || w.startsWith("ال") && COMMON_NOUNS.contains(w.substring(2))) {
                return true;
            }
        }
        return false;
    }

    /** "وقال", "وأضافت": the conjunction on a reporting verb opens a clause; و-initial names are not cues. */
    private static boolean conjoinedReportingVerb(String first) {
        return first.length() >= 4 && first.charAt(0) == 'و' && CueLexicon.get().lookup(first.substring(1)) != null;
    }

    /**
     * "بتغليظ": the preposition ب glued to a taf'il masdar (تـ X X يـ X). A mention of a person starts after the
     * preposition, and names that open with ب (بشار، بلال) do not continue with that pattern.
     */
    private static boolean glued(String first) {
        return first.length() == 6 && first.charAt(0) == 'ب' && first.charAt(1) == 'ت' && first.charAt(4) == 'ي';
    }
}
