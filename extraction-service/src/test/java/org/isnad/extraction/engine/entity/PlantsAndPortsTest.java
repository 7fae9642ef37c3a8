package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** v18: plants and refineries named by their site, the dual "معملي A وB", ports named by their side. Invented. */
class PlantsAndPortsTest {

    private static List<String> places(String text) {
        return TestSupport.entityTexts("عنوان\n" + text, EntityType.LOCATION);
    }

    @Test
    void aPlantNamedByItsSiteIsAPlace() {
        List<String> p = places("وقال إن معمل الذوق توقف عن العمل، وإن العمال غادروا معمل دير نبوح مساء.");
        assertTrue(p.contains("معمل الذوق"), p.toString());
        assertTrue(p.contains("معمل دير نبوح"), p.toString());
    }

    @Test
    void aPlantNamedByWhatItMakesIsNoPlace() {
        List<String> p = places("وأغلق معمل الإسمنت أبوابه، فيما توقف معمل السكر عن الإنتاج.");
        assertFalse(p.stream().anyMatch(x -> x.startsWith("معمل")), p.toString());
    }

    @Test
    void theDualOfAPlantNamesTwoSites() {
        List<String> p = places("وتوقف العمل في معملي الجية والذوق بسبب نقص الوقود.");
        assertTrue(p.contains("الجية"), p.toString());
        assertTrue(p.contains("الذوق"), p.toString()); // the conjunction stays outside
        assertFalse(p.contains("والذوق"), p.toString());
    }

    @Test
    void aPortNamedByItsSideIsAPlace() {
        List<String> p = places("واندلع حريق في الميناء الشمالي، فيما بقي العمل بالمرفأ الغربي معلقاً.");
        assertTrue(p.contains("الميناء الشمالي"), p.toString());
        assertTrue(p.contains("بالمرفأ الغربي") || p.contains("المرفأ الغربي"), p.toString());
        assertFalse(places("وتوقفت السفن في الميناء بسبب الحريق.").contains("الميناء"));
    }

    @Test
    void aSiloOrMillNamedByItsTownIsAPlace() {
        List<String> p = places("وتجمع المزارعون أمام سايلو كسرة شرقي البلدة، وتوقفت مطحنة الفرات عن العمل.");
        assertTrue(p.contains("سايلو كسرة"), p.toString());
        assertTrue(p.contains("مطحنة الفرات"), p.toString());
        assertFalse(p.contains("كسرة"), p.toString());
    }

    @Test
    void aSiloOfAKindOrWithAPhraseIsNoPlace() {
        List<String> p = places("ونقلت الشحنة إلى صومعة قمح ثم إلى سايلو من الحجم الكبير، وأغلقت مطحنة الدقيق أبوابها.");
        assertFalse(p.stream().anyMatch(x -> x.startsWith("صومعة") || x.startsWith("سايلو")
                || x.startsWith("مطحنة")), p.toString());
    }
}
