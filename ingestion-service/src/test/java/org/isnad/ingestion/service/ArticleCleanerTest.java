package org.isnad.ingestion.service;

import org.isnad.common.problem.ProblemException;
import org.isnad.ingestion.config.IngestionConfig;
import org.isnad.ingestion.rest.ArticleSubmission;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArticleCleanerTest {

    private final ArticleCleaner cleaner = new ArticleCleaner(new IngestionConfig() {
        @Override
        public int maxArticleChars() {
            return 500;
        }

        @Override
        public int maxBatchArticles() {
            return 10;
        }
    });

    @Test
    void htmlBecomesItsReadableParagraphsWithoutScriptsOrNavigation() {
        String html = """
                <html><head><title>x</title><script>var a = 1;</script></head><body>
                <nav><a href="/">الرئيسية</a></nav>
                <article><h1>عنوان الخبر</h1>
                <p>قال الوزير إن <b>الأسعار</b> ارتفعت.</p>
                <div>فقرة في div مباشرة</div>
                <ul><li><p>بند أول</p></li><li>بند ثان</li></ul>
                <form><button>أرسل</button></form></article>
                <footer>© 2026</footer></body></html>""";
        CleanArticle clean = cleaner.clean(submission(null, html));
        assertEquals("عنوان الخبر\n\nقال الوزير إن الأسعار ارتفعت.\n\nفقرة في div مباشرة\n\nبند أول\n\nبند ثان",
                clean.text());
        assertEquals("ar", clean.language());
    }

    @Test
    void plainTextKeepsOneParagraphPerLineAndDropsControlCharacters() {
        CleanArticle clean = cleaner.clean(submission("  السطر الأول\u0007 \r\n\r\n\n\tالسطر\u00A0الثاني  \n", null));
        assertEquals("السطر الأول\n\nالسطر الثاني", clean.text());
    }

    @Test
    void anArticleWithNoTextIsABadRequest() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> cleaner.clean(submission(null, "<html><script>x()</script></html>")));
        assertEquals(400, problem.status());
    }

    @Test
    void anArticleLongerThanTheLimitIsTooLarge() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> cleaner.clean(submission("كلمة ".repeat(200), null)));
        assertEquals(413, problem.status());
    }

    private static ArticleSubmission submission(String body, String html) {
        return new ArticleSubmission("العنوان", body, html, null, null, null, null);
    }
}
