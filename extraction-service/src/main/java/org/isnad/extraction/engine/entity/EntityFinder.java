package org.isnad.extraction.engine.entity;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.text.NormalizedText;

/**
 * One source of entity mentions (statistical NER, gazetteer/triggers, dates, quantities, rules). Offsets are
 * into the ORIGINAL text; {@code text} equals {@code original.substring(start, end)}. Implementations must be
 * thread-safe and must not throw on any input.
 */
public interface EntityFinder {
    List<Entity> find(NormalizedText text, String language);

    /** With the article date (anchors relative dates); defaults to {@link #find(NormalizedText, String)}. */
    default List<Entity> find(NormalizedText text, String language, java.time.LocalDate articleDate) {
        return find(text, language);
    }

    /** Priority when two finders propose overlapping spans of the same length: higher wins. */
    default int priority() {
        return 0;
    }

    default String name() {
        return getClass().getSimpleName();
    }
}
