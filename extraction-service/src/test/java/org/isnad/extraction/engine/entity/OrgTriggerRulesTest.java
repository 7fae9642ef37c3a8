package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** Administrative and judicial bodies as organisation triggers. Invented sentences. */
class OrgTriggerRulesTest {

    private static List<String> orgs(String text) {
        return TestSupport.run(text).entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .map(Entity::text).toList();
    }

    @Test
    void departmentsAuthoritiesAndProsecutionAreOrganisations() {
        List<String> o = orgs("عنوان\nوحذرت دائرة الأرصاد الجوية من سيول، فيما فتحت النيابة العامة تحقيقاً، "
                + "وأصدرت المنسقية العامة للاجئين بياناً، وانتشرت عناصر الدرك الوطني في المدينة.");
        assertTrue(o.contains("دائرة الأرصاد الجوية"), o.toString());
        assertTrue(o.contains("النيابة العامة"), o.toString());
        assertTrue(o.stream().anyMatch(x -> x.startsWith("المنسقية العامة")), o.toString());
        assertTrue(o.contains("الدرك الوطني"), o.toString());
    }

    @Test
    void figurativeCircleIsNotADepartment() {
        List<String> o = orgs("عنوان\nوقال المحلل إن المنطقة عادت إلى دائرة العنف بعد أشهر من الهدوء.");
        assertTrue(o.stream().noneMatch(x -> x.contains("دائرة")), o.toString());
    }

    @Test
    void datelineOutletInBracketsOrQuotesIsAnOrganisation() {
        List<String> a = orgs("عنوان\nالمنامة (أخبار الخليج) - افتتح المعرض الدولي للكتاب أبوابه أمس بمشاركة واسعة.");
        assertTrue(a.contains("أخبار الخليج"), a.toString());
        List<String> b = orgs("عنوان\nنواكشوط - «الصحراء اليوم»\nوصلت قافلة مساعدات إلى الولاية الشرقية.");
        assertTrue(b.contains("الصحراء اليوم"), b.toString());
        List<String> c = orgs("عنوان\nوقال الرجل - وهو يبتسم - إن الطقس جميل.");
        assertTrue(c.isEmpty(), c.toString());
    }
}
