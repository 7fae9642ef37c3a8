package org.isnad.ingestion.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextFingerprintTest {

    private static final String ORIGINAL = "قال الخبير إن “قسد” سيطرت على 3 آبار نفط.";

    @Test
    void invisibleDifferencesBetweenCopiesDoNotChangeTheHash() {
        String hash = TextFingerprint.contentHash(ORIGINAL);
        // diacritics, tatweel, other quote glyphs, Arabic-Indic digits, extra spaces, an RTL mark
        assertEquals(hash, TextFingerprint.contentHash("قَالَ الخبيـــر إن ”قسد” سيطرت على ٣ آبار نفط."));
        assertEquals(hash, TextFingerprint.contentHash("  قال   الخبير إن \"قسد\" سيطرت\u200F على 3 آبار نفط "));
        // hamza and alef forms, teh marbuta vs heh, alef maksura vs yeh are spelled both ways across outlets
        assertEquals(TextFingerprint.contentHash("أكدت الوزارة أن المستشفى"),
                TextFingerprint.contentHash("اكدت الوزاره ان المستشفي"));
    }

    @Test
    void differentWordsOrNumbersGiveDifferentHashes() {
        String hash = TextFingerprint.contentHash(ORIGINAL);
        assertNotEquals(hash, TextFingerprint.contentHash(ORIGINAL.replace("3", "4")));
        assertNotEquals(hash, TextFingerprint.contentHash(ORIGINAL.replace("سيطرت", "انسحبت")));
        assertEquals(64, hash.length());
    }

    @Test
    void languageGuessFollowsTheScript() {
        assertEquals("ar", TextFingerprint.guessLanguage(ORIGINAL));
        assertEquals("en", TextFingerprint.guessLanguage("The ministry said 40 people were killed."));
        assertNull(TextFingerprint.guessLanguage("2024 - 12 - 01"));
    }
}
