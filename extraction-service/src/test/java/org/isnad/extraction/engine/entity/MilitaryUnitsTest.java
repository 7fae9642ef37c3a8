package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v14: numbered units are organisations, adjectival honorifics and quantifiers are no names. Invented sentences. */
class MilitaryUnitsTest {

    private static List<String> of(String text, EntityType type) {
        return TestSupport.entityTexts(text, type);
    }

    @Test
    void numberedBrigadeIsAnOrganisationNotARank() {
        String text = "عنوان\nوقال مصدر في اللواء الثلاثين مدرّع إن 5 جنود قتلوا، فيما أعلنت الفرقة 17 مشاة انسحابها.";
        List<String> orgs = of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("اللواء الثلاثين مدرّع"), orgs.toString());
        assertTrue(orgs.contains("الفرقة 17 مشاة"), orgs.toString());
        assertTrue(of(text, EntityType.PERSON).isEmpty(), of(text, EntityType.PERSON).toString());
    }

    @Test
    void rankBeforeANameIsStillAPerson() {
        List<String> p = of("عنوان\nوقال اللواء سامر الخطيب إن الجبهة هادئة.", EntityType.PERSON);
        assertTrue(p.contains("سامر الخطيب"), p.toString());
    }

    @Test
    void adjectivalHonorificAfterADefiniteNounIntroducesNoName() {
        List<String> p = of("عنوان\nوقال الوزير في المؤتمر الصحفي الأسبوعي عقب الاجتماع إن الأسعار ستنخفض.",
                EntityType.PERSON);
        assertFalse(p.stream().anyMatch(x -> x.contains("الأسبوعي")), p.toString());
    }

    @Test
    void quantifierAfterAGivenNameLikeWordIsNoName() {
        List<String> p = of("عنوان\nوأفاد تجار بأن ورشاً عدة بدأت تعتمد على الطاقة الشمسية.", EntityType.PERSON);
        assertTrue(p.isEmpty(), p.toString());
    }
}
