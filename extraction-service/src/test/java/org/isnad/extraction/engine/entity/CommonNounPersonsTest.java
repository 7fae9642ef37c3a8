package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** Person mentions opening with a common word are dropped ({@link CommonNounPersons}). Invented sentences. */
class CommonNounPersonsTest {

    private static Entity person(String text) {
        return new Entity(text, EntityType.PERSON, 0, text.length(), text);
    }

    @Test
    void commonWordsAndGluedTitlesOpenNoName() {
        for (String t : List.of("جهاز تنمية", "دولة", "طلب عدم الكشف", "عقب اجتماع", "لقائد", "كرة")) {
            assertTrue(CommonNounPersons.opensWithCommonWord(t), t);
        }
    }

    @Test
    void namesThatFoldLikeParticlesStay() {
        for (String t : List.of("علي حسن", "أم محمد", "سليم الحلاق", "عقبة بن نافع")) {
            assertFalse(CommonNounPersons.opensWithCommonWord(t), t);
        }
        List<Entity> in = List.of(person("علي حسن"), person("دولة"));
        assertTrue(CommonNounPersons.review(in).equals(List.of(in.get(0))));
    }

    @Test
    void realNamesSurviveTheWholePipeline() {
        List<String> p = TestSupport.entityTexts("عنوان\nوقال علي حسن، عقب اجتماع مع الأهالي، إن العمل سيبدأ قريباً.\n",
                EntityType.PERSON);
        assertTrue(p.contains("علي حسن"), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.startsWith("عقب")), p.toString());
    }
}
