package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.text.Fold;

/**
 * A group named once by its eponym ("جماعة الفلاني", "حركة الفلاني") is later called by its members in the plural
 * nisba ("قوات الفلانيين", "مقاتلو الفلانيين"). The spokesman of the plural form speaks for the group named before:
 * a fact-checker cites the one group, under the name the article introduced it with.
 */
final class GroupAliases {
    private GroupAliases() {
    }

    /**
     * The earlier full name whose last word is the singular of the plural nisba closing the body [a, e) (الفلانيين →
     * الفلاني), else {@code cited}.
     */
    static String earlierName(ParagraphContext c, int a, int e, SpeakerMemory mem, String cited) {
        if (e - a != 2) {
            return cited;
        }
        String singular = singularNisba(c.f[e - 1]);
        if (singular == null) {
            return cited;
        }
        for (String name : mem.institutionNames()) {
            String folded = Fold.fold(name);
            int sp = folded.lastIndexOf(' ');
            if (sp > 0 && folded.substring(sp + 1).equals(singular)) {
                return name;
            }
        }
        return cited;
    }

    /** "الفلانيين" / "الفلانيون" → "الفلاني"; null for any other word. */
    static String singularNisba(String folded) {
        if (!folded.startsWith("ال") || folded.length() < 7) {
            return null;
        }
        if (folded.endsWith("يين") || folded.endsWith("يون")) {
            return folded.substring(0, folded.length() - 2);
        }
        return null;
    }
}
