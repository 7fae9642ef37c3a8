package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_NAMES;

import java.util.Set;

/**
 * Which "وكالة" speaks: a news agency (an outlet) or another kind of agency (an official body). "وكالة" heads both
 * ("وكالة الأنباء الرسمية", "وكالة الأمم المتحدة للطفولة"), so the rest of the name decides: a credit-rating agency
 * ("وكالة «فيتش» للتصنيفات الائتمانية", "وكالة موديز") issues ratings, not news, even when its name is quoted like an
 * outlet's; an agency whose name carries its news trade anywhere ("وكالة المغرب العربي للأنباء", "الوكالة الوطنية
 * للإعلام") is an outlet even when the trade comes after a place or an adjective.
 */
final class AgencyKinds {

    private AgencyKinds() {
    }

    /** Folded names of the credit-rating agencies (general words: there are only a few of them). */
    private static final Set<String> RATING_NAMES = Set.of("فيتش", "موديز", "ستاندرد", "ستاندر");

    /** True when the speaker phrase [a, b) opens with "وكالة" / "الوكالة" and names an agency that is no news agency. */
    static boolean nonNewsAgency(ParagraphContext c, int a, int b) {
        String f0 = c.f[a];
        if (!(f0.equals("وكاله") || f0.equals("الوكاله"))) {
            return false;
        }
        for (int q = a + 1; q < b; q++) {
            if (rating(c.f[q])) {
                return true; // checked first: "وكالة فيتش للتصنيفات" is no outlet whatever follows
            }
        }
        for (int q = a + 1; q < b; q++) {
            if (newsTrade(c.f[q])) {
                return false;
            }
        }
        if (b - a > 1) {
            String f1 = c.f[a + 1];
            return !(f1.startsWith("الرسمي") || c.toks.get(a + 1).isQuote() || OUTLET_NAMES.contains(f1));
        }
        return true;
    }

    private static boolean rating(String folded) {
        return RATING_NAMES.contains(folded) || folded.contains("تصنيف");
    }

    /** "الأنباء", "للأنباء", "الإعلام", "للإعلام": the agency's trade is news. */
    private static boolean newsTrade(String folded) {
        return folded.contains("انباء") || folded.equals("الاعلام") || folded.equals("للاعلام");
    }
}
