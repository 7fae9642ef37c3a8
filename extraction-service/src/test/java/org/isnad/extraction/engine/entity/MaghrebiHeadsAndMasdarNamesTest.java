package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Bodies headed by اتحادية / مندوبية / مفتشية / تنسيقية / ديوان, names opened by an -iya verbal noun ("جمعية حماية
 * المستهلك") and the "+" of an enlarged group. Invented sentences.
 */
class MaghrebiHeadsAndMasdarNamesTest {

    private static List<String> orgs(String sentence) {
        return TestSupport.entityTexts("عنوان\n" + sentence + "\n", EntityType.ORGANIZATION);
    }

    @Test
    void federationsAndInspectoratesAreOrganisations() {
        List<String> a = orgs("وأعلنت اتحادية السباحة عن قائمة المنتخب، فيما فتحت المفتشية العامة للمالية تحقيقاً.");
        assertTrue(a.contains("اتحادية السباحة"), a.toString());
        assertTrue(a.stream().anyMatch(x -> x.startsWith("المفتشية العامة")), a.toString());
        List<String> b = orgs("وقالت الاتحادية التونسية لكرة السلة إن المعسكر سيبدأ الأحد.");
        assertTrue(b.contains("الاتحادية التونسية لكرة السلة"), b.toString());
        List<String> c = orgs("وأصدر ديوان المحاسبة تقريره السنوي عن الإنفاق العام.");
        assertTrue(c.contains("ديوان المحاسبة"), c.toString());
    }

    @Test
    void theOfficeOfTheGovernorateIsNoName() {
        List<String> o = orgs("واحتج العشرات أمام ديوان المحافظة للمطالبة بتحسين الخدمات.");
        assertFalse(o.contains("ديوان المحافظة"), o.toString());
    }

    @Test
    void masdarInIyaOpensAName() {
        List<String> o = orgs("وحذرت جمعية حماية البيئة من التلوث، ووزعت جمعية رعاية المسنين وجبات ساخنة.");
        assertTrue(o.contains("جمعية حماية البيئة"), o.toString());
        assertTrue(o.contains("جمعية رعاية المسنين"), o.toString());
    }

    @Test
    void plusGluedToAnOrganisationBelongsToIt() {
        List<String> o = orgs("وقررت مجموعة أوبك+ الإبقاء على مستويات الإنتاج دون تغيير.");
        assertTrue(o.stream().anyMatch(x -> x.endsWith("أوبك+")), o.toString());
    }
}
