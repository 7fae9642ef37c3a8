package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.RuleEntityFinder.add;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.attribution.CueLexicon;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Descriptive names of bodies built on a purpose genitive: head noun + definite adjectives + لـ/للـ + what the body
 * does or serves — "الشركة العامة لكهرباء المدينة", "الوحدة التنفيذية لإدارة مخيمات النازحين", "المندوبية العامة
 * للأمن المدني وتسيير الأزمات", "بعثة الأمم المتحدة لمساعدة البلد". The name must be definite before the genitive
 * (an indefinite "لجنة لتقدير الأضرار" is a description, not a name) and runs through the genitive's construct chain
 * up to a preposition, punctuation or a verb.
 */
final class PurposeOrgNames {
    private PurposeOrgNames() {
    }

    /** Heads of bodies (folded, without article) that take a purpose genitive. */
    private static final Set<String> HEADS = ArabicLexicons.set("شركة", "وحدة", "مندوبية", "إدارة", "مؤسسة",
            "جمعية", "مقر", "شبكة", "بعثة", "مديرية", "هيئة", "منظمة", "مركز", "مفوضية", "لجنة", "مجلس", "صندوق",
            "جهاز", "مكتب", "دائرة", "وكالة", "برنامج", "اتحاد", "منسقية", "غرفة", "مصلحة", "سلطة", "وزارة",
            // observatories, institutes and professional bodies: "المرصد الوطني لحماية المستهلك"
            "مرصد", "معهد", "نقابة", "رابطة", "ائتلاف", "منتدى", "أكاديمية", "مجمع", "مختبر",
            // sports federations, "الاتحادية الجزائرية لكرة اليد" (the Maghrebi word for a federation)
            "اتحادية");

    /** Every written form of a head (bare, definite, definite with و/ب/ف) → letters before the head's article. */
    private static final java.util.Map<String, Integer> FORMS = new java.util.HashMap<>();

    static {
        for (String h : HEADS) {
            FORMS.put(h, -1); // indefinite: needs a definite genitive after it
            FORMS.put("ال" + h, 0);
            for (String p : new String[]{"و", "ب", "ف"}) {
                FORMS.put(p + "ال" + h, 1);
            }
        }
    }

    /** The words a purpose-genitive name can start with (for the start sets of {@link RuleEntityFinder}). */
    static final Set<String> STARTS = java.util.Collections.unmodifiableSet(FORMS.keySet());

    private static final int MAX_MODIFIERS = 4;
    private static final int MAX_CHAIN = 4;
    private static final CueLexicon LEX = CueLexicon.get();

    /** Tokens used by a purpose-genitive organisation name at i, or 0. */
    static int at(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        Integer form = FORMS.get(f[i]);
        if (form == null) {
            return 0;
        }
        boolean definite = form >= 0;
        int strip = Math.max(0, form);
        int k = i + 1;
        while (k < n && k - i <= MAX_MODIFIERS && word(toks, k) && f[k].startsWith("ال") && !stop(f[k])) {
            definite = true; // adjectives ("العامة") or a definite genitive ("الأمم المتحدة")
            k++;
        }
        if (!definite || k >= n || !word(toks, k)) {
            return 0;
        }
        String g = f[k];
        boolean definiteGenitive = g.startsWith("لل") && g.length() > 3;
        // a short purpose noun ("لكرة") only with its definite genitive after it ("لكرة القدم"): لا / لم / لن have none
        boolean shortPurpose = g.length() == 4 && k + 1 < n && word(toks, k + 1) && f[k + 1].startsWith("ال");
        boolean purpose = !definiteGenitive && g.startsWith("ل") && (g.length() >= 5 || shortPurpose) && !stop(g);
        if (!definiteGenitive && !purpose) {
            return 0;
        }
        int e = k + 1;
        int chain = 0;
        while (e < n && chain < MAX_CHAIN && word(toks, e) && !stop(f[e]) && !personOrPlace(f[e])) {
            String fe = f[e];
            boolean article = fe.startsWith("ال") || fe.startsWith("وال");
            if (definiteGenitive && !article && !fe.startsWith("و")) {
                break; // after "للجماعة" only its adjectives and coordinations belong to the name
            }
            if (fe.startsWith("و") && fe.length() > 3 && !(e + 1 < n && word(toks, e + 1) && !stop(f[e + 1]))) {
                break; // a coordinated noun must be followed by its own genitive ("وتسيير الأزمات")
            }
            e++;
            chain++;
        }
        if (purpose && chain == 0) {
            return 0; // "لجنة … لتقدير" alone: no object, no name
        }
        while (e > k + 1 && f[e - 1].startsWith("و") && !f[e - 1].startsWith("وال")) {
            e--; // a dangling coordination
        }
        add(text, out, toks.get(i).start() + strip, toks.get(e - 1).end(), EntityType.ORGANIZATION, null);
        return e - i;
    }

    /** A name word or a prepositional place ("بالقيروان") after the body's name is not part of it. */
    private static boolean personOrPlace(String f) {
        return f.startsWith("بال") || f.startsWith("كال") || ArabicLexicons.FIRST_NAMES.contains(f)
                || ArabicLexicons.HONORIFICS.contains(f) || ArabicLexicons.TITLES.contains(f) || f.equals("عبد")
                || f.equals("ابو") || f.equals("بن");
    }

    private static boolean word(List<Token> toks, int k) {
        return toks.get(k).kind() == Token.Kind.WORD;
    }

    /** Prepositions, particles, cues and stop adjectives end the name. */
    private static boolean stop(String f) {
        return ArabicLexicons.SPEAKER_STOPS.contains(f) || ArabicLexicons.NOT_NAME.contains(f)
                || LEX.lookup(f) != null || LEX.isComplementizer(f) || ArabicNameRules.isOrgStopAdjective(f)
                || f.equals("التي") || f.equals("الذي") || f.equals("لها") || f.equals("لهم") || f.equals("له");
    }
}
