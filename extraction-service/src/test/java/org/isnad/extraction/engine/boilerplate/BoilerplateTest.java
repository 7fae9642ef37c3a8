package org.isnad.extraction.engine.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.TestSupport;
import org.isnad.extraction.engine.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private static final String BODY = "عنوان الخبر هنا\n"
            + "قال وزير الخارجية أحمد علي إن المحادثات مع الجانب التركي حققت تقدماً ملموساً في ملف المياه خلال الأسبوع الماضي.\n";

    @ParameterizedTest
    @ValueSource(strings = {"تابعونا على فيسبوك وتويتر", "اترك رداً", "اترك تعليقاً",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "Discussion about this post",
            "شارك هذا الخبر: فيسبوك | تويتر | واتساب", "المصدر / سبوتنيك", "المصدر: رويترز",
            "شاهد أيضاً : الإمارات تنفي تزويد طرفي النزاع في السودان بالأسلحة", "© جميع الحقوق محفوظة 2024",
            "Sign up for our newsletter", "Reporting by John Smith; Editing by Jane Doe", "كلمات مفتاحية: التضخم، مصر"})
    void singleLineKinds(String line) {
        String text = BODY + line + "\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, line), "not boilerplate: " + line + " -> " + r.boilerplate());
        assertFalse(TestSupport.anyClaimContains(r, line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"نرجو الالتزام بآداب الحوار عند كتابة تعليقك",
            "التعليقات المنشورة لا تعبر بالضرورة عن رأي الصحيفة",
            "جميع التعليقات تخضع للمراجعة قبل النشر، ويحتفظ الموقع بحق حذف المسيء منها",
            "المقالات المنشورة في هذا القسم تعبر عن رأي كاتبها فقط",
            "The views expressed in the comments do not necessarily reflect those of the site",
            "البريد الإلكتروني"})
    void commentPolicyAndDisclaimerLines(String line) {
        String text = BODY + "أضف تعليقك\n" + line + "\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, line), "not boilerplate: " + line + " -> " + r.boilerplate());
        assertFalse(TestSupport.anyClaimContains(r, line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"وقال الوزير إن التعليقات التي نشرها النائب لا تعبر عن رأي الحكومة الرسمي.",
            "ودعا رئيس الوزراء جميع الأطراف إلى الالتزام بالحوار الوطني والابتعاد عن العنف."})
    void reportedStatementsAboutCommentsOrDialogueAreContent(String line) {
        List<BoilerplateDetector.Line> lines = new BoilerplateDetector().detect(TextNormalizer.normalize(BODY + line + "\n"));
        assertTrue(lines.isEmpty(), lines.toString());
    }

    @Test
    void latestNewsListAfterHeaderIsBoilerplate() {
        String text = BODY + "آخر الأخبار\nمصر ترفع أسعار الوقود للمرة الثالثة\nريال مدريد يحسم صفقة المهاجم البرازيلي\n"
                + "بالفيديو.. لحظة انهيار جسر في الولاية\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "مصر ترفع أسعار الوقود للمرة الثالثة"));
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "بالفيديو.. لحظة انهيار جسر في الولاية"));
        assertEquals(1, r.claims().size(), r.claims().toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.text().equals("ريال مدريد")));
    }

    @Test
    void trailingRunOfUnrelatedHeadlinesWithoutHeader() {
        String text = BODY + "الذهب يرتفع في الأسواق المحلية\nانطلاق امتحانات الشهادة الثانوية\nمنتخب الشباب يتأهل إلى النهائي\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "انطلاق امتحانات الشهادة الثانوية"));
    }

    @Test
    void repeatedParagraphIsCollapsed() {
        String para = "وأضاف المصدر أن القوات الحكومية سيطرت على ثلاث قرى جديدة في ريف المحافظة الجنوبي.";
        String text = BODY + para + "\n" + para + "\n";
        ExtractionResult r = TestSupport.run(text);
        int second = text.lastIndexOf(para);
        assertTrue(r.boilerplate().stream().anyMatch(b -> b.start() <= second && b.end() >= second + para.length() - 1));
        assertEquals(1, r.claims().stream().filter(c -> c.text().contains("سيطرت على ثلاث قرى")).count());
    }

    @Test
    void contentIsNotBoilerplate() {
        List<BoilerplateDetector.Line> lines = new BoilerplateDetector().detect(TextNormalizer.normalize(BODY));
        assertTrue(lines.isEmpty(), lines.toString());
    }

    @Test
    void onlyBoilerplateGivesNoClaims() {
        String text = "تابعونا على تلغرام\nاترك رد\nDiscussion about this post\nالمصدر: سانا\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(r.claims().isEmpty());
        assertTrue(r.entities().isEmpty());
        assertFalse(r.boilerplate().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ك.م/ ر.ن (أ ف ب، د ب أ)", "ه.س/ ف (رويترز)", "ن.ع/ أ.ف.ب", "ab/xy (AFP, AP, Reuters)"})
    void editorsCreditClosingTheArticle(String line) {
        String text = BODY + line + "\nمواضيع ذات صلة\nارتفاع أسعار الخبز في العاصمة\nافتتاح معرض الكتاب السنوي\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, line), "not boilerplate: " + line + " -> " + r.boilerplate());
        assertFalse(TestSupport.anyClaimContains(r, line.substring(line.length() - 3)), r.claims().toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.text().contains("رويترز") || e.text().contains("AFP")),
                r.entities().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"وقال م. سالم إن السد (الجديد) سيفتتح غداً.", "أ.د. هشام رضا (جامعة القاهرة)",
            "ع.م/ سعر الخبز ارتفع (رسمياً)"})
    void shortLinesWithInitialsOrBracketsThatAreProseStayContent(String line) {
        List<BoilerplateDetector.Line> lines = new BoilerplateDetector().detect(TextNormalizer.normalize(BODY + line + "\n"));
        assertTrue(lines.stream().noneMatch(l -> l.kind().equals("credit-trailer")), lines.toString());
    }
}
