package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** Common nouns that point back at a place are not place names. Invented sentences. */
class PlaceReferenceRulesTest {

    private static List<String> locations(String text) {
        return TestSupport.run(text).entities().stream().filter(e -> e.type() == EntityType.LOCATION)
                .map(Entity::text).toList();
    }

    @Test
    void compassWordPlusGenericNounIsNotALocation() {
        List<String> l = locations("عنوان\nوهطلت أمطار غزيرة على مدينة الكرك جنوبي المملكة، وامتدت إلى مناطق شمال البلاد "
                + "وغربي القطاع.");
        assertTrue(l.contains("الكرك"), l.toString());
        assertTrue(l.stream().noneMatch(x -> x.equals("المملكة") || x.equals("البلاد") || x.equals("القطاع")),
                l.toString());
    }

    @Test
    void theCityCoordinatedWithAPlaceIsNotMedina() {
        List<String> l = locations("عنوان\nوانقطعت المياه عن مخيم الزهور والمدينة منذ الصباح.");
        assertTrue(l.stream().noneMatch(x -> x.equals("المدينة")), l.toString());
    }
}
