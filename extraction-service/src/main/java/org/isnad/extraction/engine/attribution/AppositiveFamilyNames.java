package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.text.Token;

/**
 * "…، محمد الطاهر الجربي، في تصريح": a comma-delimited appositive name of three words whose second and third both
 * carry the article. The second is part of a compound given name (محمد الطاهر، محمد الصادق) and the third, closing
 * the appositive, is the family name — an adjective cannot follow a personal name there. Nationality nisbas
 * (السوري …) and the status words of a title (العام، السابق، المتقاعد) are still left out.
 */
final class AppositiveFamilyNames {
    private AppositiveFamilyNames() {
    }

    /** Words that follow a name or title as modifiers, never a family name. */
    private static final Set<String> MODIFIERS = ArabicLexicons.set("العام", "العامة", "الحالي", "الجديد",
            "الأول", "الثاني", "المكلف", "المساعد", "نفسه", "ذاته");

    /**
     * Whether the ال-word at {@code e} closes the appositive (comma or phrase end right after it) as a second
     * article-led family word after the one at {@code e - 1}, the appositive opening right after a comma.
     */
    static boolean secondFamilyWord(ParagraphContext c, int s, int e, int b) {
        if (e >= b || e - s != 2 || s == 0 || !c.toks.get(s - 1).isComma()
                || c.toks.get(e).kind() != Token.Kind.WORD) {
            return false;
        }
        String fe = c.f[e];
        if (!fe.startsWith("ال") || fe.length() < 5 || PersonNames.isNisbaAdjective(fe) || MODIFIERS.contains(fe)
                || ArabicLexicons.RANK_STATUS.contains(fe) || ArabicLexicons.TITLES.contains(fe)
                || SpeakerSpans.stop(c, e) || SpeakerSpans.notName(c, e) || ArabicAttributor.LEX.lookup(fe) != null) {
            return false;
        }
        return e + 1 == b || e + 1 < c.toks.size() && c.toks.get(e + 1).isComma();
    }
}
