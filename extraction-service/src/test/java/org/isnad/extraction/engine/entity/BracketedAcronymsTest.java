package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** Short names in brackets after an organisation ({@link BracketedAcronyms}). Invented sentences. */
class BracketedAcronymsTest {

    private static List<String> orgs(String sentence) {
        return TestSupport.entityTexts("عنوان\n" + sentence + "\n", EntityType.ORGANIZATION);
    }

    @Test
    void agencyShortNameInBracketsIsAnOrganisation() {
        List<String> o = orgs("وقال مسؤول في الميناء لوكالة الأنباء العمانية (ونا) إن السفينة رست صباحاً.");
        assertTrue(o.contains("ونا"), o.toString());
    }

    @Test
    void companyAndLatinAcronymsToo() {
        List<String> a = orgs("وأعلنت شركة الكهرباء الوطنية (كهربا) عن جدول جديد لساعات التقنين في العاصمة.");
        assertTrue(a.contains("كهربا"), a.toString());
        List<String> b = orgs("وحذرت المنظمة الدولية للهجرة (IOM) من موجة نزوح جديدة في الإقليم.");
        assertTrue(b.contains("IOM"), b.toString());
    }

    @Test
    void statusWordsAgesAndPhrasesInBracketsAreNoNames() {
        List<String> a = orgs("وقاتلت جبهة النصرة (سابقاً) إلى جانب فصائل أخرى في الريف الغربي.");
        assertFalse(a.contains("سابقاً"), a.toString());
        List<String> b = orgs("وهاجم تنظيم داعش (المحظور في عدة دول) موقعاً عسكرياً قرب الحدود.");
        assertTrue(b.stream().noneMatch(x -> x.contains("المحظور")), b.toString());
    }

    @Test
    void bracketAfterANonOrganisationStaysOut() {
        List<String> o = orgs("وارتفع سعر الكيلو من البندورة (الطماطم) في الأسواق المحلية خلال الأسبوع.");
        assertFalse(o.contains("الطماطم"), o.toString());
    }

    @Test
    void definiteWordsBeforeTheBracketCompleteTheName() {
        List<String> o = orgs("وأكد سمير أن طائرة تابعة لوكالة حماية الغابات والمراعي الأوروبية (غابكس) تشارك في البحث.");
        assertTrue(o.contains("غابكس"), o.toString());
        assertTrue(o.contains("وكالة حماية الغابات والمراعي الأوروبية"), o.toString());
    }

    @Test
    void aDayInBracketsOrAWordAfterAPrepositionIsNoShortName() {
        List<String> a = orgs("وقالت وزارة النقل العامة (الأحد) إن الطريق أعيد فتحه.");
        assertFalse(a.contains("الأحد"), a.toString());
        List<String> b = orgs("وقال مكتب الأمم المتحدة في العاصمة (نيروبي) إن المساعدات وصلت.");
        assertFalse(b.contains("نيروبي"), b.toString());
    }
}
