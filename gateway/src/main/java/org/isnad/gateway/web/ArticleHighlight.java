package org.isnad.gateway.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into paragraphs of plain and highlighted runs so the claim's characters, and only they,
 * sit inside the highlight. Offsets are UTF-16 indices into the article text (the extraction contract), so
 * slicing the Java string is exact in any script and direction; the template escapes every run.
 */
public final class ArticleHighlight {

    /** A run of text, highlighted or not. */
    @io.quarkus.qute.TemplateData
    public record Run(String text, boolean mark) {
    }

    /** A paragraph of the article (its text between line breaks) as runs. */
    @io.quarkus.qute.TemplateData
    public record Paragraph(List<Run> runs) {
    }

    private ArticleHighlight() {
    }

    /**
     * The article as paragraphs, with [start, end) highlighted. An empty list when the offsets do not fit the
     * text or do not select {@code claimText} (the page then shows the claim on its own rather than a wrong
     * highlight).
     */
    public static List<Paragraph> of(String article, int start, int end, String claimText) {
        if (article == null || start < 0 || end > article.length() || start >= end
                || (claimText != null && !article.substring(start, end).equals(claimText))) {
            return List.of();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int from = 0;
        while (from <= article.length()) {
            int newline = article.indexOf('\n', from);
            int to = newline < 0 ? article.length() : newline;
            if (to > from && !article.substring(from, to).isBlank()) {
                paragraphs.add(new Paragraph(runs(article, from, to, start, end)));
            }
            if (newline < 0) {
                break;
            }
            from = newline + 1;
        }
        return paragraphs;
    }

    private static List<Run> runs(String article, int from, int to, int start, int end) {
        List<Run> runs = new ArrayList<>(3);
        int markFrom = Math.max(from, start);
        int markTo = Math.min(to, end);
        if (markFrom >= markTo) {
            runs.add(new Run(article.substring(from, to), false));
            return runs;
        }
        if (markFrom > from) {
            runs.add(new Run(article.substring(from, markFrom), false));
        }
        runs.add(new Run(article.substring(markFrom, markTo), true));
        if (to > markTo) {
            runs.add(new Run(article.substring(markTo, to), false));
        }
        return runs;
    }
}
