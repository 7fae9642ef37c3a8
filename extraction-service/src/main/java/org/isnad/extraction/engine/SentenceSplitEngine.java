package org.isnad.extraction.engine;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first extractor: every sentence (ICU rules) of every non-boilerplate paragraph is a claim, unattributed.
 * Boilerplate here is only the obvious: lines with social, comment-form or "see also" prompts, and repeated
 * paragraphs. It keeps the platform's contract honest (offsets, boilerplate spans) until the Arabic engine
 * with clause-level claims and attribution replaces it.
 */
public final class SentenceSplitEngine implements ExtractionEngine {

    private static final String VERSION = "sentence-split-1";
    private static final int MIN_WORDS = 4;
    private static final List<String> BOILERPLATE_CUES = List.of(
            "تابعونا", "تابعوا", "اترك رد", "اترك تعليق", "لن يتم نشر عنوان بريدك", "شاهد أيضا", "شاهد أيضاً",
            "اقرأ أيضا", "اقرأ أيضاً", "آخر الأخبار", "شارك هذا", "مشاركة عبر", "اشترك في",
            "discussion about this post", "follow us", "share this", "read more", "see also", "subscribe",
            "leave a reply", "related articles");

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        String text = request.text() == null ? "" : request.text();
        String language = request.language() != null ? request.language() : detectLanguage(text);
        List<Span> boilerplate = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Set<String> seenParagraphs = new HashSet<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            Span paragraph = trim(text, start, end);
            if (paragraph.length() > 0) {
                String content = text.substring(paragraph.start(), paragraph.end());
                if (isBoilerplate(content) || !seenParagraphs.add(content)) {
                    boilerplate.add(paragraph);
                } else {
                    addSentences(text, paragraph, sentences, claims);
                }
            }
            start = end + 1;
        }
        return new ExtractionResult(language, VERSION, List.copyOf(boilerplate), List.copyOf(claims), List.of());
    }

    private static void addSentences(String text, Span paragraph, BreakIterator sentences, List<Claim> claims) {
        sentences.setText(text.substring(paragraph.start(), paragraph.end()));
        int from = sentences.first();
        for (int to = sentences.next(); to != BreakIterator.DONE; from = to, to = sentences.next()) {
            Span sentence = trim(text, paragraph.start() + from, paragraph.start() + to);
            String claimText = text.substring(sentence.start(), sentence.end());
            if (claimText.split("\\s+").length < MIN_WORDS) {
                continue;
            }
            boolean hasNumber = claimText.chars().anyMatch(Character::isDigit);
            double score = hasNumber ? 0.6 : 0.4;
            claims.add(new Claim(claimText, sentence.start(), sentence.end(), score,
                    Map.of("base", 0.4, "number", hasNumber ? 0.2 : 0.0), Attribution.NONE, List.of(), List.of()));
        }
    }

    private static boolean isBoilerplate(String paragraph) {
        String lower = paragraph.toLowerCase(Locale.ROOT);
        return BOILERPLATE_CUES.stream().anyMatch(lower::contains) && paragraph.length() < 300;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    static String detectLanguage(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0, n = Math.min(text.length(), 5000); i < n; i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            if (script == Character.UnicodeScript.ARABIC) {
                arabic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return latin > arabic ? "en" : "ar";
    }

    @Override
    public String version() {
        return VERSION;
    }
}
