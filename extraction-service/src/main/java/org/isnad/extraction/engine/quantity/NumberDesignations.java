package org.isnad.extraction.engine.quantity;

import java.util.Set;
import org.isnad.extraction.engine.lexicon.ArabicText;

/**
 * Nouns that a following number names rather than counts: a resolution, an article of law, a road, decree or
 * flight number ("القرار 1701", "المادة 103", "الطريق الوطني رقم 23"). Shared by the quantity recogniser and the
 * engine's rule finder, so that neither reads the number as an amount.
 */
public final class NumberDesignations {
    private NumberDesignations() {
    }

    private static final Set<String> NOUNS = ArabicText.wordSet("""
            القرار بالقرار للقرار قرار المادة بالمادة للمادة والمادة الفصل بالفصل البند الفقرة رقم برقم ورقم
            المرسوم بالمرسوم القانون الرحلة
            """);

    /** True when the folded word {@code before} a number makes the number a designation. */
    public static boolean names(String before) {
        return NOUNS.contains(before);
    }
}
