package org.isnad.review.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ArabicTextTest {

    @Test
    void stripsDiacriticsAndTatweel() {
        assertEquals("الحكومه اعلنت", ArabicText.normalize("الحُكُومَةُ أعْلَنَـــت"));
    }

    @Test
    void unifiesAlefYehAndTehMarbuta() {
        assertEquals("ابراهيم الي اسيا مدرسه", ArabicText.normalize("إبراهيم إلى آسيا مدرسة"));
        assertEquals(ArabicText.normalize("مستشفى الأمل"), ArabicText.normalize("مستشفي الامل"));
    }

    @Test
    void foldsDigitsCaseAndWhitespace() {
        assertEquals("ارتفع 25 بالمئه who", ArabicText.normalize("  ارتفع\u00A0٢٥\n\tبالمئة   WHO "));
    }

    @Test
    void foldsPresentationForms() {
        assertEquals("لا", ArabicText.normalize("\uFEFB"));
    }

    @Test
    void nullStaysNull() {
        assertNull(ArabicText.normalize(null));
    }
}
