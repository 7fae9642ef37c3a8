package org.isnad.extraction.engine.entity;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;

/**
 * The year in the number of a law or decree is part of its reference, not a date of the story: "القانون رقم 151
 * لسنة 2019", "المرسوم رقم 8 لعام 2021" (the gold leaves it out; a year said as a date phrase, "صدر عام 1955", stays).
 * A DATE that starts right after "رقم N ل" is dropped; the check reads a few characters back from the mention.
 */
final class LawNumberYears {
    private LawNumberYears() {
    }

    private static final String NUMBER_WORD = "رقم";

    /** The mentions without the years of law numbers. */
    static List<Entity> review(String original, List<Entity> sorted) {
        return EntityLists.without(sorted, e -> e.type() == EntityType.DATE && afterLawNumber(original, e.start()));
    }

    /** True when "رقم <digits> ل" (or "رقم <digits> لل") ends right before {@code start}. */
    static boolean afterLawNumber(String s, int start) {
        int i = start - 1;
        if (i < 0 || s.charAt(i) != 'ل') {
            return false;
        }
        i--;
        if (i >= 0 && s.charAt(i) == 'ل') {
            i--; // "لل" before a definite year noun
        }
        if (i < 0 || s.charAt(i) != ' ') {
            return false;
        }
        int digitsEnd = i;
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        if (i == digitsEnd || i < 1 || s.charAt(i - 1) != ' ') {
            return false;
        }
        int wordEnd = i - 1;
        return wordEnd >= NUMBER_WORD.length() && s.startsWith(NUMBER_WORD, wordEnd - NUMBER_WORD.length());
    }
}
