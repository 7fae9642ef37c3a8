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
}
