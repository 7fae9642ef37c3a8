package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** ent25: "سورية" after an indefinite feminine word is the adjective, not the country. Invented sentences. */
class CountryNisbaAdjectivesTest {

    private static List<String> places(String text) {
        return TestSupport.entityTexts("عنوان\n" + text, EntityType.LOCATION);
    }

    @Test
    void adjectiveAfterAnIndefiniteFeminineWordIsNoCountry() {
        List<String> p = places("وأفاد مراسلون بأن دورية أمنية سورية انتشرت قرب معبر جديدة يابوس صباح الاثنين.");
        assertFalse(p.contains("سورية"), p.toString());
    }

    @Test
    void countryAfterAPrepositionOrAtClauseStartStays() {
        List<String> p = places("وعاد الوفد إلى سورية بعد جولة، وسورية تستعد لموسم الحصاد.");
        assertTrue(p.stream().filter(x -> x.contains("سورية")).count() >= 2, p.toString());
    }

    @Test
    void onlyTheSharedSpellingIsConcerned() {
        List<String> p = places("ووصلت قافلة طبية إلى سوريا بعد أسبوع.");
        assertTrue(p.contains("سوريا"), p.toString());
        assertTrue(CountryNisbaAdjectives.afterIndefiniteFeminine("عسكريه"));
        assertFalse(CountryNisbaAdjectives.afterIndefiniteFeminine("العسكريه"));
    }
}
