package org.isnad.extraction.engine.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finance disclaimers and "more from <section>" link lists are boilerplate; news about them stays. Invented lines. */
class DisclaimerAndSectionListTest {
    private static final String BODY = "عنوان الخبر هنا\n"
            + "قال وزير الاقتصاد سامي خليل إن الصادرات الزراعية ارتفعت بنسبة كبيرة خلال الربع الأخير من العام.\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "إخلاء المسؤولية: المعلومات الواردة أعلاه لا تمثل نصيحة استثمارية وتقع مسؤولية القرار على القارئ.",
            "تنبيه للقراء: هذا المحتوى لأغراض إعلامية فقط ولا يعد توصية ببيع أي سهم.",
            "Disclaimer: the figures above are provided for readers and may change without notice.",
            "This article is for informational purposes only and is not investment advice."})
    void disclaimersAreBoilerplate(String line) {
        String text = BODY + line + "\n";
        assertTrue(TestSupport.coveredByBoilerplate(text, TestSupport.run(text), line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وقالت هيئة السوق المالية إنها ستلزم شركات الوساطة بنشر إخلاء المسؤولية في كل تقاريرها اعتباراً من العام المقبل، "
                    + "مشيرة إلى أن 12 شركة خالفت القواعد في 2024.",
            "وأكد المحلل أن المزيد من الشركات ستطرح أسهمها في البورصة خلال الربع المقبل."})
    void newsAboutDisclaimersOrMoreStaysContent(String line) {
        String text = BODY + line + "\n";
        assertFalse(TestSupport.coveredByBoilerplate(text, TestSupport.run(text), line), line);
    }

    @Test
    void moreFromASectionHeadsALinkList() {
        String text = BODY + "وأضاف أن الحكومة ستدعم المزارعين بقروض ميسّرة خلال الموسم المقبل.\n"
                + "المزيد من المغرب العربي\n"
                + "وزير الداخلية يزور ولاية قفصة\n"
                + "أمطار غزيرة في نابل والمنستير\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "المزيد من المغرب العربي"));
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "وزير الداخلية يزور ولاية قفصة"));
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "أمطار غزيرة في نابل والمنستير"));
    }
}
