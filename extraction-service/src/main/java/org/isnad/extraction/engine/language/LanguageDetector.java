package org.isnad.extraction.engine.language;

import java.util.Set;
import org.isnad.extraction.engine.text.Chars;

/**
 * Script-first language detection. Arabic script (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, presentation
 * forms) decides "ar" as soon as it is at least 30% of the letters; otherwise, for Latin script, a stop-word
 * vote separates en / fr / es / de (the only Latin languages we tell apart; the extraction rules exist for ar
 * and en only). Anything else is "und". Linear time; looks at most the first 20,000 chars.
 *
 * <p>Lingua is deliberately not used: our supported set is {ar, en}; deciding ar vs Latin is a script
 * question, and within Latin the service only needs "is it English", which stop words answer reliably on
 * article-length input without an ~100 MB model.
 */
public final class LanguageDetector {
    private static final Set<String> EN = Set.copyOf(java.util.List.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
            "with", "was", "said", "by", "it", "as", "from", "at", "has", "have", "are", "were", "be", "this", "he",
            "his", "not", "but", "an", "after", "will", "would"));
    private static final Set<String> FR = Set.copyOf(java.util.List.of("le", "la", "les", "des", "et", "du", "est", "une", "un", "dans",
            "que", "qui", "pour", "sur", "pas", "au", "avec", "a", "ont", "sont", "selon"));
    private static final Set<String> ES = Set.copyOf(java.util.List.of("el", "los", "las", "del", "y", "que", "una", "por", "con",
            "para", "es", "se", "en", "al", "como", "según", "su", "fue"));
    private static final Set<String> DE = Set.copyOf(java.util.List.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu",
            "mit", "von", "den", "dem", "auf", "sich", "des", "im", "für", "wird"));

    public String detect(String text) {
        if (text == null || text.isEmpty()) {
            return "und";
        }
        int n = Math.min(text.length(), 20_000);
        int arabic = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Chars.isLetter(c)) {
                continue;
            }
            if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)
                    || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
                arabic++;
            } else if (c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF)) {
                latin++;
            } else {
                other++;
            }
        }
        int letters = arabic + latin + other;
        if (letters == 0) {
            return "und";
        }
        if (arabic * 10 >= letters * 3) {
            return "ar";
        }
        if (latin * 2 < letters) {
            return "und";
        }
        int en = 0;
        int fr = 0;
        int es = 0;
        int de = 0;
        int words = 0;
        int i = 0;
        while (i < n && words < 3000) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                String w = text.substring(i, j).toLowerCase(java.util.Locale.ROOT);
                words++;
                if (EN.contains(w)) {
                    en++;
                }
                if (FR.contains(w)) {
                    fr++;
                }
                if (ES.contains(w)) {
                    es++;
                }
                if (DE.contains(w)) {
                    de++;
                }
            }
            i = j;
        }
        int best = Math.max(Math.max(en, fr), Math.max(es, de));
        if (best == 0 || best * 25 < words) {
            return words < 8 && latin > 0 ? "en" : "und";
        }
        if (best == en) {
            return "en";
        }
        if (best == fr) {
            return "fr";
        }
        if (best == es) {
            return "es";
        }
        return "de";
    }
}
