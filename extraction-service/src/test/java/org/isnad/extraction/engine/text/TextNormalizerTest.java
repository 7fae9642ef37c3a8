package org.isnad.extraction.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Span;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static String origOf(NormalizedText nt, String normFragment) {
        int i = nt.norm().indexOf(normFragment);
        assertTrue(i >= 0, "not in norm: " + normFragment + " / " + nt.norm());
        Span sp = nt.toOriginal(i, i + normFragment.length());
        return nt.original().substring(sp.start(), sp.end());
    }

    @Test
    void removesTatweelAndDiacriticsButMapsBackToOriginal() {
        String s = "الانفـــجارات العنيفةُ وقعتْ";
        NormalizedText nt = TextNormalizer.normalize(s);
        assertEquals("الانفجارات العنيفه وقعت", nt.norm());
        assertEquals("الانفـــجارات", origOf(nt, "الانفجارات"));
        assertEquals("العنيفةُ", origOf(nt, "العنيفه"));
    }

    @Test
    void foldsArabicIndicDigitsPercentAndAlef() {
        NormalizedText nt = TextNormalizer.normalize("بنسبة ٤٠٪ في إيران وأمريكا ٢٠٢٤");
        assertEquals("بنسبه 40% في ايران وامريكا 2024", nt.norm());
        assertEquals("٤٠٪", origOf(nt, "40%"));
    }

    @Test
    void bidiControlsAndSpacesAreCleaned() {
        String s = "\u200Fقال\u00A0المصدر\u202A  إن\u2009الهجوم\u200E";
        NormalizedText nt = TextNormalizer.normalize(s);
        assertEquals("قال المصدر ان الهجوم", nt.norm());
        assertEquals("المصدر", origOf(nt, "المصدر"));
        Span all = nt.toOriginal(0, nt.length());
        assertEquals(1, all.start());
    }

    @Test
    void allQuoteGlyphsBecomeOneQuote() {
        NormalizedText nt = TextNormalizer.normalize("و”قسد” و“داعش“ «سانا» \"X\"");
        assertEquals("و\"قسد\" و\"داعش\" \"سانا\" \"X\"", nt.norm());
    }

    @Test
    void nfkcPresentationFormsExpandWithOffsets() {
        // U+FEFB is the lam-alef ligature; U+FE8D isolated alef
        String s = "\uFEFB شيء \uFE8D";
        NormalizedText nt = TextNormalizer.normalize(s);
        assertTrue(nt.norm().startsWith("لا "), nt.norm());
        Span sp = nt.toOriginal(0, 2);
        assertEquals(0, sp.start());
        assertEquals(1, sp.end());
    }

    @Test
    void surrogatePairsAndNullAreSafe() {
        NormalizedText nt = TextNormalizer.normalize("a😀b");
        assertEquals(nt.original().length(), 4);
        Span sp = nt.toOriginal(0, nt.length());
        assertEquals(0, sp.start());
        assertEquals(4, sp.end());
        assertEquals("", TextNormalizer.normalize(null).norm());
    }

    @Test
    void everyNormalisedCharMapsInsideTheOriginal() {
        String s = "بغداد - (آر تي) - أعلنت\u00A0الوزارةُ، ﻻ «تعليق» ١٢٣ 😀 \r\n سطر";
        NormalizedText nt = TextNormalizer.normalize(s);
        for (int i = 0; i < nt.length(); i++) {
            Span sp = nt.toOriginal(i, i + 1);
            assertTrue(sp.start() >= 0 && sp.end() <= s.length() && sp.start() < sp.end());
        }
        assertEquals(s.length() - 1 - 0, nt.toOriginal(nt.length() - 1, nt.length()).start());
    }
}
