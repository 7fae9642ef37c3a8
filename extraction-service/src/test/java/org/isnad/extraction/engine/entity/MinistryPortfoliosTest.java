package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Ministries and directorates named by several portfolios joined with و. Invented sentences. */
class MinistryPortfoliosTest {

    private static List<String> orgs(String sentence) {
        return TestSupport.entityTexts("عنوان\n" + sentence + "\n", EntityType.ORGANIZATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"وزارة الصناعة والتجارة", "وزارة النقل والمواصلات والاتصالات", "وزارة الزراعة والثروة السمكية",
            "وزارة الشؤون الاجتماعية والعمل", "وزارة الاستثمار والتعاون الدولي", "وزارة الثقافة وشؤون التراث",
            "مديرية التربية والتعليم", "هيئة الطاقة والمعادن"})
    void joinedPortfoliosAreOneBody(String name) {
        List<String> o = orgs("وأصدرت " + name + " بياناً حول الإجراءات الجديدة للموسم المقبل.");
        assertTrue(o.contains(name), o.toString());
    }

    @Test
    void aSecondBodyAfterWawStaysApart() {
        List<String> a = orgs("ونسقت وزارة الدفاع والجيش الوطني عمليات الإجلاء من القرى الحدودية.");
        assertTrue(a.contains("وزارة الدفاع"), a.toString());
        List<String> b = orgs("وقالت وزارة الداخلية والأمن العام إن الطريق سيفتح صباح الغد.");
        assertTrue(b.contains("وزارة الداخلية"), b.toString());
    }
}
