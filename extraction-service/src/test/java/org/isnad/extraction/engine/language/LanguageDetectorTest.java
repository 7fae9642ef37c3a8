package org.isnad.extraction.engine.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector d = new LanguageDetector();

    @Test
    void scripts() {
        assertEquals("ar", d.detect("قال المصدر إن الهجوم وقع ليلاً in the city of Raqqa"));
        assertEquals("en", d.detect("The minister said the talks would resume next week in Geneva."));
        assertEquals("fr", d.detect("Le ministre a déclaré que les négociations reprendront la semaine prochaine."));
        assertEquals("und", d.detect("12345 !!! ???"));
        assertEquals("und", d.detect("Министр заявил, что переговоры возобновятся"));
        assertEquals("und", d.detect(""));
    }
}
