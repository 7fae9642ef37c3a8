package org.isnad.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiTextTest {

    @Test
    void arabicAndEnglishHaveTheSameKeysAndNoEmptyText() {
        Map<String, String> arabic = UiText.load("ar");
        Map<String, String> english = UiText.load("en");
        assertEquals(english.keySet(), arabic.keySet());
        arabic.forEach((key, text) -> assertTrue(!text.isBlank(), key));
        assertTrue(arabic.get("appName").codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.ARABIC), "the Arabic file is read as UTF-8");
    }

    @Test
    void unknownLanguageFallsBackToArabic() {
        assertEquals("إسناد", new UiText().messages("fr").get("appName"));
    }
}
