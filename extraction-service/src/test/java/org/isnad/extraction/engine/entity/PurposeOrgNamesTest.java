package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v14: organisation names built on a purpose genitive (لـ / للـ). Invented sentences. */
class PurposeOrgNamesTest {

    private static List<String> orgs(String text) {
        return TestSupport.run(text).entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .map(Entity::text).toList();
    }

    @Test
    void purposeGenitiveWithItsConstructChainIsPartOfTheName() {
        List<String> o = orgs("عنوان\nوأوضحت الشركة العامة لمياه الشرب في المدينة أن الضخ سيتوقف، فيما قالت "
                + "الهيئة الوطنية لتنظيم وتطوير النقل البري إن 30 حافلة وصلت.");
        assertTrue(o.contains("الشركة العامة لمياه الشرب"), o.toString());
        assertTrue(o.contains("الهيئة الوطنية لتنظيم وتطوير النقل البري"), o.toString());
    }

    @Test
    void definiteGenitiveTakesOnlyItsAdjectivesAndCoordinations() {
        List<String> o = orgs("عنوان\nوقالت المديرية العامة للدفاع المدني وإدارة الكوارث إن 12 شخصاً أصيبوا.\n"
                + "وقال عضو المكتب التنفيذي للحزب سامر الخطيب إن الحزب سيقاطع.");
        assertTrue(o.contains("المديرية العامة للدفاع المدني وإدارة الكوارث"), o.toString());
        assertFalse(o.stream().anyMatch(x -> x.contains("سامر")), o.toString());
    }

    @Test
    void sportsFederationWithAShortPurposeNounIsAnOrganisationNotAPerson() {
        String text = "عنوان\nوأكد الاتحاد الأردني لكرة السلة أن 5 مباريات تأجلت، وقالت الاتحادية التونسية لكرة الطائرة "
                + "إن المنتخب سافر.";
        List<String> o = orgs(text);
        assertTrue(o.contains("الاتحاد الأردني لكرة السلة"), o.toString());
        assertTrue(o.contains("الاتحادية التونسية لكرة الطائرة"), o.toString());
        assertFalse(TestSupport.run(text).entities().stream().anyMatch(e -> e.type() == EntityType.PERSON),
                TestSupport.run(text).entities().toString());
    }

    @Test
    void placeAfterTheNameIsNotPartOfIt() {
        List<String> o = orgs("عنوان\nوقال رئيس الاتحاد الجهوي للتجارة والصناعة بالمنستير إن الأسعار ارتفعت.");
        assertFalse(o.stream().anyMatch(x -> x.contains("بالمنستير")), o.toString());
    }

    @Test
    void indefiniteCommitteeForAPurposeIsADescription() {
        // (the rule itself declines; another finder may still tag the phrase)
        org.isnad.extraction.engine.text.NormalizedText nt = org.isnad.extraction.engine.text.TextNormalizer
                .normalize("وشكّلت البلدية لجنة لتقدير الأضرار في الأحياء المتضررة.");
        List<org.isnad.extraction.engine.text.Token> toks = nt.lineTokens().get(0);
        String[] f = toks.stream().map(org.isnad.extraction.engine.text.Token::folded).toArray(String[]::new);
        List<Entity> out = new java.util.ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            PurposeOrgNames.at(nt, toks, f, i, out);
        }
        assertTrue(out.isEmpty(), out.toString());
    }
}
