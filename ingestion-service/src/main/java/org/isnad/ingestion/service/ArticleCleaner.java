package org.isnad.ingestion.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.isnad.common.problem.ProblemException;
import org.isnad.ingestion.config.IngestionConfig;
import org.isnad.ingestion.rest.ArticleSubmission;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a submission into the clean text every later stage works on: paragraphs separated by one blank line,
 * HTML reduced to its readable blocks, control characters dropped. Boilerplate is left for extraction to mark
 * (it returns spans for it) so that nothing a reviewer might want to see is silently lost here.
 */
@ApplicationScoped
public class ArticleCleaner {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\t\\x{00A0}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000} ]+");
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt";
    private static final String NOISE = "script, style, noscript, template, iframe, svg, form, button, nav, aside, header, footer, select";

    private final IngestionConfig config;

    public ArticleCleaner(IngestionConfig config) {
        this.config = config;
    }

    public CleanArticle clean(ArticleSubmission submission) {
        String text = submission.html() != null && !submission.html().isBlank()
                ? paragraphsOf(submission.html())
                : normaliseParagraphs(submission.body());
        if (text.isEmpty()) {
            throw new ProblemException(400, "empty-article", "Empty article",
                    "The article has no readable text after cleaning");
        }
        if (text.length() > config.maxArticleChars()) {
            throw new ProblemException(413, "payload-too-large", "Article too long",
                    "The article has " + text.length() + " characters; at most " + config.maxArticleChars()
                            + " are accepted");
        }
        String title = normaliseParagraphs(submission.title()).replace("\n\n", " ");
        String language = submission.language() != null ? submission.language() : TextFingerprint.guessLanguage(text);
        return new CleanArticle(title, text, language, TextFingerprint.contentHash(text));
    }

    /** The readable blocks of an HTML page in document order, one paragraph each. */
    String paragraphsOf(String html) {
        Document document = Jsoup.parse(html);
        document.select(NOISE).remove();
        List<String> paragraphs = new ArrayList<>();
        Set<Element> taken = new HashSet<>();
        for (Element block : document.body().select(BLOCKS + ", div")) {
            if (hasTakenAncestor(block, taken)) {
                continue;
            }
            boolean isDiv = block.normalName().equals("div");
            // a div is a paragraph only when it holds text itself, not just other blocks
            if (isDiv && (block.ownText().isBlank() || !block.select(BLOCKS).isEmpty())) {
                continue;
            }
            taken.add(block);
            String paragraph = tidyLine(block.text());
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        if (paragraphs.isEmpty()) {
            return normaliseParagraphs(document.body().wholeText());
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean hasTakenAncestor(Element element, Set<Element> taken) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (taken.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    /** Plain text: one paragraph per non-empty line, lines trimmed, separated by a blank line. */
    static String normaliseParagraphs(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\n")) {
            String tidy = tidyLine(line);
            if (!tidy.isEmpty()) {
                paragraphs.add(tidy);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String tidyLine(String line) {
        String noControls = CONTROL.matcher(line).replaceAll("");
        return HORIZONTAL_SPACE.matcher(noControls).replaceAll(" ").strip();
    }
}
