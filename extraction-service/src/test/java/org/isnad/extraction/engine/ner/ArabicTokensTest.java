package org.isnad.extraction.engine.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokensTest {

    private static void assertRoundTrip(String text) {
        List<ArabicTokens.Token> toks = ArabicTokens.tokenize(text);
        int prevEnd = 0;
        for (ArabicTokens.Token t : toks) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), "offsets of " + t);
            assertTrue(t.start() >= prevEnd, "tokens in order and non-overlapping");
            assertTrue(t.end() > t.start());
            assertTrue(text.substring(prevEnd, t.start()).isBlank() || text.substring(prevEnd, t.start()).chars()
                .allMatch(c -> ArabicTokens.isSpace((char) c)), "only whitespace skipped between tokens");
            prevEnd = t.end();
        }
    }

    @Test
    void offsetsRoundTripOnMixedText() {
        String text = "قال الرئيس الفرنسي إيمانويل ماكرون، في باريس (د ب أ): «إن النمو بلغ 4.3% و1,000 دولار»؟!\n"
            + "\tوكتب على Twitter: \"AK-biyik's\" — 😀 ٣٫٥ مليون… وللأمم المتحدة \u200Cدورٌ.";
        assertRoundTrip(text);
        assertRoundTrip("");
        assertRoundTrip("   \n ");
        assertRoundTrip("...!!؟؟---");
    }

    @Test
    void splitsPunctuationButKeepsCliticsAttached() {
        assertEquals(List.of("قال", "الرئيس", "،", "إن", "وللأمم", "المتحدة", "."),
            ArabicTokens.tokenStrings("قال الرئيس، إن وللأمم المتحدة."));
        assertEquals(List.of("(", "د", "ب", "أ", ")"), ArabicTokens.tokenStrings("(د ب أ)"));
        assertEquals(List.of("«", "بالقاهرة", "»", ":", "\""), ArabicTokens.tokenStrings("«بالقاهرة»:\""));
    }

    @Test
    void keepsNumbersAndPercentagesTogether() {
        assertEquals(List.of("بنسبة", "4.3%", "من", "1,200", "و", "٣٫٥"),
            ArabicTokens.tokenStrings("بنسبة 4.3% من 1,200 و ٣٫٥"));
        assertEquals(List.of("2006", "."), ArabicTokens.tokenStrings("2006."));
        assertEquals(List.of("--", "…"), ArabicTokens.tokenStrings("--…"));
    }

    @Test
    void sentencesEndAtStopsAndLineBreaks() {
        String text = "وصل الوزير إلى دمشق. ثم غادر؟ نعم\nسطر جديد";
        List<List<ArabicTokens.Token>> s = ArabicTokens.sentences(text);
        assertEquals(4, s.size());
        assertEquals(".", s.get(0).get(s.get(0).size() - 1).text());
        assertEquals("؟", s.get(1).get(s.get(1).size() - 1).text());
        assertEquals("نعم", s.get(2).get(0).text());
        assertEquals("سطر", s.get(3).get(0).text());
        assertTrue(ArabicTokens.sentences("").isEmpty());
    }
}
