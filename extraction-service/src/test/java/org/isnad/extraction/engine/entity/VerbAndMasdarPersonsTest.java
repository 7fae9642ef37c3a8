package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * Person mentions that are a conjoined reporting verb, a masdar or plain noun, a preposition glued to a taf'il
 * masdar, or half of a compound given name are dropped ({@link CommonNounPersons}). Invented text.
 */
class VerbAndMasdarPersonsTest {

    @Test
    void verbsMasdarsAndCompoundHalvesAreNoPersons() {
        for (String t : List.of("وقال", "وأضافت", "وجود", "بحث هاتفياً", "وعد بإطلاق دفعة", "الدفعة", "غش",
                "بتشديد عقوبات التهريب", "بتخفيض", "الدين", "دين", "السواحل")) {
            assertTrue(CommonNounPersons.opensWithCommonWord(t), t);
        }
    }

    @Test
    void namesOfTheSameShapeStay() {
        for (String t : List.of("وليد حمدان", "وسيم الأحمد", "وعد الخطيب", "بشار عيسى", "بلال التميمي",
                "عز الدين حسن", "نور الدين بدوي", "عبد الله الراشد", "تغريد الحسن", "وجدان سليم")) {
            assertFalse(CommonNounPersons.opensWithCommonWord(t), t);
        }
    }

    @Test
    void namedSpeakerStaysAndCommonWordsDoNotBecomePersons() {
        String text = "عنوان\nوقال رئيس اتحاد الصيادين، مروان الحلبي، إن الوزارة وعدت بإطلاق دفعة جديدة من الدعم.\n"
                + "وقال الحلبي إن وجود الرقابة ضروري لمنع غش الوقود في المحطات.\n";
        List<String> p = TestSupport.entityTexts(text, EntityType.PERSON);
        assertTrue(p.contains("مروان الحلبي"), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.contains("وجود") || x.contains("دفعة") || x.startsWith("وقال")),
                p.toString());
    }
}
