package org.isnad.gateway.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleHighlightTest {

    private static final String ARTICLE = "عنوان الخبر\nقال الوزير إن 12 شخصاً قتلوا في حماة، وأضاف أن الطرق مغلقة.\n\nتابعونا";

    @Test
    void highlightHoldsExactlyTheClaimAndNothingIsLost() {
        String claim = "12 شخصاً قتلوا في حماة";
        int start = ARTICLE.indexOf(claim);
        List<ArticleHighlight.Paragraph> paragraphs = ArticleHighlight.of(ARTICLE, start, start + claim.length(), claim);
        assertEquals(3, paragraphs.size(), "blank lines are not paragraphs");
        List<ArticleHighlight.Run> runs = paragraphs.get(1).runs();
        assertEquals(List.of(new ArticleHighlight.Run("قال الوزير إن ", false), new ArticleHighlight.Run(claim, true),
                new ArticleHighlight.Run("، وأضاف أن الطرق مغلقة.", false)), runs);
        StringBuilder joined = new StringBuilder();
        paragraphs.forEach(p -> p.runs().forEach(r -> joined.append(r.text())));
        assertEquals(ARTICLE.replace("\n", ""), joined.toString());
    }

    @Test
    void claimAtTheVeryStartOrEndOfAParagraphHasNoEmptyRuns() {
        String claim = "تابعونا";
        int start = ARTICLE.indexOf(claim);
        List<ArticleHighlight.Paragraph> paragraphs = ArticleHighlight.of(ARTICLE, start, start + claim.length(), claim);
        assertEquals(List.of(new ArticleHighlight.Run(claim, true)), paragraphs.get(2).runs());
    }

    @Test
    void surrogatePairsAndMixedScriptsAreSlicedByUtf16Offsets() {
        String article = "😀 قال \u200Fالمتحدث\u200F: \"Reuters\" أكدت 5 حالات";
        String claim = "\"Reuters\" أكدت 5 حالات";
        int start = article.indexOf(claim);
        var runs = ArticleHighlight.of(article, start, start + claim.length(), claim).get(0).runs();
        assertEquals(claim, runs.get(1).text());
        assertTrue(runs.get(1).mark());
    }

    @Test
    void offsetsThatDoNotSelectTheClaimGiveNoHighlightRatherThanAWrongOne() {
        assertTrue(ArticleHighlight.of(ARTICLE, 0, 5, "شيء آخر").isEmpty());
        assertTrue(ArticleHighlight.of(ARTICLE, -1, 5, null).isEmpty());
        assertTrue(ArticleHighlight.of(ARTICLE, 5, ARTICLE.length() + 1, null).isEmpty());
        assertTrue(ArticleHighlight.of(null, 0, 1, null).isEmpty());
        assertFalse(ArticleHighlight.of(ARTICLE, 0, 5, null).isEmpty());
    }
}
