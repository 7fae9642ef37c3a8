package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.RuleEntityFinder.add;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Honorific words that are not followed by a name. "اللواء" is a rank (major general) and a unit (brigade): with a
 * number or an ordinal after it ("اللواء 30 مدرع", "اللواء الثلاثين مدرّع", "الفرقة الرابعة") it is the unit, an
 * organisation. "الصحفي / الإعلامي" after a definite noun that is no title are adjectives ("المؤتمر الصحفي").
 */
final class MilitaryUnits {
    private MilitaryUnits() {
    }

    static final Set<String> UNIT_HEADS = ArabicLexicons.set("اللواء", "الفرقة", "الكتيبة", "الفوج");

    /** Definite ordinals and tens used to number units (folded, without ال). */
    private static final Set<String> ORDINALS = ArabicLexicons.set("أول", "أولى", "ثاني", "ثانية", "ثالث", "ثالثة",
            "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة", "سابع", "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة",
            "عاشر", "عاشرة", "حادي", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين");

    /** Branch words that may close a unit's name ("مدرع", "مشاة"). */
    private static final Set<String> BRANCHES = ArabicLexicons.set("مدرع", "مشاة", "ميكا", "مغاوير", "صاعقة",
            "مدفعية", "حرس", "دبابات", "مشاه", "مدرعة");

    /** Whether the honorific at i qualifies a noun or heads a numbered unit instead of introducing a name. */
    static boolean notAPerson(String[] f, int i) {
        return unitEnd(f, null, i) > i || i > 0 && ArabicLexicons.ADJECTIVAL_HONORIFICS.contains(f[i])
                && f[i - 1].startsWith("ال") && !ArabicLexicons.TITLES.contains(f[i - 1])
                && !ArabicLexicons.HONORIFICS.contains(f[i - 1]);
    }

    /** End of "اللواء 30 مدرع" at i (with the token kinds when known), or i. */
    static int unitEnd(String[] f, List<Token> toks, int i) {
        if (!UNIT_HEADS.contains(f[i]) || i + 1 >= f.length) {
            return i;
        }
        String n = f[i + 1];
        boolean number = toks != null ? toks.get(i + 1).kind() == Token.Kind.NUMBER : !n.isEmpty()
                && Character.isDigit(n.charAt(0));
        boolean ordinal = n.startsWith("ال") && ORDINALS.contains(n.substring(2));
        if (!number && !ordinal) {
            return i;
        }
        int e = i + 2;
        if (e < f.length && BRANCHES.contains(f[e])) {
            e++;
        }
        return e;
    }

    /** Emits the unit at i as an organisation; returns the tokens used, or 0. */
    static int at(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int e = unitEnd(f, toks, i);
        if (e <= i) {
            return 0;
        }
        add(text, out, toks.get(i).start(), toks.get(e - 1).end(), EntityType.ORGANIZATION, null);
        return e - i;
    }
}
