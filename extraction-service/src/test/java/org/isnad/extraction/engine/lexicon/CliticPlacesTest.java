package org.isnad.extraction.engine.lexicon;

import static org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizerTest.expect;
import static org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizerTest.expectNone;

import org.isnad.extraction.engine.EntityType;
import org.junit.jupiter.api.Test;

/** A known place glued to a clitic after a title, and particles that fold to a place name (invented sentences). */
class CliticPlacesTest {

    @Test
    void placeAfterPrepositionIsNotTheNameAfterATitle() {
        String s = "وصرّح المدير الجهوي للصحة بسوسة، أن المستشفى استقبل المصابين.";
        expectNone(s, "بسوسة");
        expect(s, "سوسة", EntityType.LOCATION, null);
    }

    @Test
    void placeAfterConjunctionEndsAName() {
        expectNone("وقال الوزير كريم بن حسين ولحمص نصيب من المشاريع.", "كريم بن حسين ولحمص");
    }

    @Test
    void givenNameStartingWithBaIsStillAPerson() {
        expect("وقال المدير الجهوي بشير العيادي إن الأشغال ستنتهي قريباً.", "بشير العيادي",
                EntityType.PERSON, null);
    }

    @Test
    void conjunctionAnAfterAPlaceIsNotCoordinatedAsVan() {
        expectNone("وأفاد شهود بأن الجرحى نقلوا إلى مدينة حماة، وأن اثنين منهم في حال حرجة.", "وأن");
    }

    @Test
    void vanAfterATriggerIsStillAPlace() {
        expect("ووقع الزلزال قرب مدينة وان شرقي تركيا.", "وان", EntityType.LOCATION, null);
    }
}
