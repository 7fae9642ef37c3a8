package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Body nouns whose complement says which kind or which institution it serves, not which body: federal government,
 * supervising ministry, a bank's or a court's own management ({@link DescriptiveOrgMentions}). Invented sentences.
 */
class GenericBodyDescriptionsTest {

    private static List<String> orgs(String sentence) {
        return TestSupport.entityTexts("عنوان\n" + sentence + "\n", EntityType.ORGANIZATION);
    }

    @Test
    void federalGovernmentAndSupervisingMinistryAreDescriptions() {
        List<String> o = orgs("وطالب المحتجون الحكومة الفيدرالية بالتدخل، فيما قالت الوزارة الوصية إنها تتابع الملف.");
        assertTrue(o.stream().noneMatch(x -> x.contains("الفيدرالية") || x.contains("الوصية")), o.toString());
    }

    @Test
    void managementOfAnInstitutionIsNoBody() {
        List<String> o = orgs("وقررت إدارة المصرف تمديد ساعات العمل، وقالت هيئة المحكمة إن الجلسة ستستأنف لاحقاً، "
                + "وأعلنت إدارة المطار تأخير الرحلات.");
        assertTrue(o.stream().noneMatch(x -> x.startsWith("إدارة") || x.startsWith("هيئة")), o.toString());
    }

    @Test
    void namedBodiesWithTheSameHeadsStay() {
        List<String> o = orgs("وقالت هيئة الرقابة المالية إن وزارة الاقتصاد ستراجع قرار إدارة الجمارك الأخير.");
        assertTrue(o.contains("هيئة الرقابة المالية"), o.toString());
        assertTrue(o.contains("وزارة الاقتصاد"), o.toString());
    }
}
