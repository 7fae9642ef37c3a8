package org.isnad.extraction.engine.entity;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;

/**
 * "سورية" is both the country and the feminine adjective "Syrian". Right after an indefinite feminine word
 * ("تعزيزات عسكرية سورية", "قوات أمنية سورية", "مدينة سورية") it is the adjective agreeing with that word, not
 * the country (which follows a preposition or starts a clause: "في سورية", "سورية تعلن"). Such a LOCATION is
 * dropped. Only the forms where the country's name and the adjective coincide are concerned.
 */
final class CountryNisbaAdjectives {
    private CountryNisbaAdjectives() {
    }

    /** Country names (folded) that are spelled like their feminine nisba adjective. */
    private static final String[] AMBIGUOUS_COUNTRIES = {"سوريه"};

    /** The mentions without the adjectives read as countries. */
    static List<Entity> review(String original, List<Entity> sorted) {
        return EntityLists.without(sorted, e -> e.type() == EntityType.LOCATION && isAmbiguousCountry(e.text())
                && afterIndefiniteFeminine(DescriptiveOrgMentions.previousWord(original, e.start())));
    }

    private static boolean isAmbiguousCountry(String text) {
        String f = org.isnad.extraction.engine.text.Fold.fold(text);
        for (String c : AMBIGUOUS_COUNTRIES) {
            if (c.equals(f)) {
                return true;
            }
        }
        return false;
    }

    /** A folded word ending in ة (folded ه) without the article: "عسكريه", "مدينه", "ليره". */
    static boolean afterIndefiniteFeminine(String folded) {
        return folded.length() >= 3 && folded.endsWith("ه") && !folded.startsWith("ال");
    }
}
