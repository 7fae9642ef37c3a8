package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v15: towns no list knows, found by the place noun before them and by coordination. Invented sentences. */
class UnknownTownRulesTest {

    private static List<String> locations(String text) {
        return TestSupport.run("عنوان الخبر\n" + text).entities().stream()
                .filter(e -> e.type() == EntityType.LOCATION).map(Entity::text).toList();
    }

    @Test
    void compoundTownNameAfterAPlaceNoun() {
        List<String> l = locations("ونزحت عشرات الأسر من محيط بلدة أم سرير ومن قرية أبو طويلة إلى المدارس.");
        assertTrue(l.contains("أم سرير"), l.toString());
        assertTrue(l.contains("أبو طويلة"), l.toString());
    }

    @Test
    void adjectiveAfterAPluralPlaceNounIsNotAName() {
        List<String> l = locations("وفرّ السكان من قرى محيطة ومن قرى نائية إلى المدينة.");
        assertFalse(l.contains("محيطة"), l.toString());
        assertFalse(l.contains("نائية"), l.toString());
    }

    @Test
    void dualPlaceNounNamesTwoPlacesAndStops() {
        List<String> l = locations("وشهدت بلديتا الزاوية وقرطبة وقفات احتجاجية، كما قصفت الطائرات جبهتي مرخة وباب "
                + "السوق.");
        assertTrue(l.contains("الزاوية"), l.toString());
        assertTrue(l.contains("قرطبة"), l.toString());
        assertFalse(l.contains("قفات"), l.toString());
        assertTrue(l.contains("مرخة"), l.toString());
        assertTrue(l.contains("باب السوق"), l.toString());
    }

    @Test
    void definiteFirstNameNeedsACoordinatedName() {
        List<String> l = locations("ويخشى السكان في قرى الحمرا والطويلة التنقل ليلاً، بينما تراجع الإنتاج في حقول النفط "
                + "والغاز وفي قرى الرعاة وأغنامهم.");
        assertTrue(l.contains("الحمرا"), l.toString());
        assertTrue(l.contains("الطويلة"), l.toString());
        assertFalse(l.contains("النفط") || l.contains("غاز") || l.contains("الرعاة"), l.toString());
    }

    @Test
    void coordinationStopsAtAFacilityNoun() {
        List<String> l = locations("وقصفت الطائرات موانئ الراس والخوخة ومحطة الكهرباء.");
        assertTrue(l.contains("الخوخة"), l.toString());
        assertFalse(l.contains("محطة"), l.toString());
    }

    @Test
    void townInAListOfExamplesBeforeAKnownPlace() {
        List<String> l = locations("وارتفعت الأسعار في مدن داخلية مثل تازناخت وبني ملال خلال الأسبوع.");
        assertTrue(l.contains("تازناخت"), l.toString());
    }

    @Test
    void compoundTownCoordinatedAfterAKnownPlace() {
        List<String> l = locations("وقطع المسلحون الطريق بين حمص وتل قرمة مساء الأحد، وبين دمشق وأبو سامر.");
        assertTrue(l.contains("تل قرمة"), l.toString());
        assertFalse(l.contains("أبو سامر"), l.toString());
    }

    @Test
    void fieldsOrAreasThatOnlyPointBackAreNoPlaces() {
        List<String> l = locations("وتراجع الإنتاج في حقول شمال المحافظة وفي حقول الجنوب، بينما توقف حقل العمر.");
        assertFalse(l.stream().anyMatch(x -> x.startsWith("حقول")), l.toString());
        assertTrue(l.contains("حقل العمر"), l.toString());
    }

    @Test
    void outskirtsOfAPlaceAreThePlace() {
        List<String> l = locations("وقصفت المدفعية قرى في ريف حلب الجنوبي وفي بادية الرقة، بينما هدأت الجبهات في "
                + "البادية السورية.");
        assertTrue(l.contains("حلب"), l.toString());
        assertTrue(l.contains("الرقة"), l.toString());
        assertFalse(l.stream().anyMatch(x -> x.startsWith("ريف") || x.startsWith("بادية")), l.toString());
        assertTrue(l.contains("البادية السورية"), l.toString());
    }
}
