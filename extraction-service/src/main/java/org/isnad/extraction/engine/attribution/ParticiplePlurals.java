package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.lexicon.Gazetteer;

/**
 * Unnamed people in the oblique sound plural: "عن معلمين في المدرسة", "نقلت عن مزارعين". After عن or a preposition
 * the plural of a trade takes ـين, not ـون, and was read as a personal name. Only the participle pattern (مُفعِّل,
 * مُتفعِّل: معلمين، موظفين، متظاهرين، مسافرين) is taken, the shape of nearly every trade plural; given names that
 * happen to end in ـين are left to the name rules.
 */
final class ParticiplePlurals {
    private ParticiplePlurals() {
    }

    static boolean obliqueParticiple(String folded) {
        return folded.length() >= 6 && folded.startsWith("م") && folded.endsWith("ين")
                && !Gazetteer.get().isFirstName(folded) && !ArabicLexicons.FIRST_NAMES.contains(folded);
    }

    /** Construct plurals of representatives, who speak for an authority ("أحد ممثلي الحكومة"): not a group of people. */
    private static final java.util.Set<String> REPRESENTATIVES = ArabicLexicons.set("ممثلي", "متحدثي", "ناطقي",
            "مندوبي", "مسؤولي", "مسوولي");

    /**
     * "أحد شاغلي المنازل", "بعض سائقي الشاحنات", "أحد موظفي الشركة": a sound masculine plural in construct (its ن
     * dropped: ـي / ـو) before a definite noun names a group of people by what they do; one of them is unnamed.
     */
    static boolean constructPlural(String folded, String next) {
        int n = folded.length();
        return n >= 5 && !folded.startsWith("ال") && (folded.charAt(n - 1) == 'ي' || folded.charAt(n - 1) == 'و')
                && next != null && next.startsWith("ال") && !REPRESENTATIVES.contains(folded);
    }
}
