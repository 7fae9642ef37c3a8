package org.isnad.extraction.engine.entity;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.text.Fold;

/**
 * "بتوقيت مكة المكرمة", "بتوقيت القدس", "توقيت غرينتش": a place after the word for clock time names a time zone,
 * not a place the article is about, so the mention is dropped. One look at the word before each LOCATION.
 */
final class TimeZonePlaces {
    private TimeZonePlaces() {
    }

    private static final String TIME = Fold.fold("توقيت");

    static List<Entity> review(String original, List<Entity> in) {
        return EntityLists.without(in, e -> e.type() == EntityType.LOCATION && afterClockTime(original, e.start()));
    }

    /** The word before {@code start} is توقيت, bare or with ب / و / ال. */
    static boolean afterClockTime(String original, int start) {
        String word = DescriptiveOrgMentions.previousWord(original, start);
        return word.length() >= TIME.length() && word.length() <= TIME.length() + 3 && word.endsWith(TIME);
    }
}
