package org.isnad.extraction.engine.lexicon;

import static org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizerTest.expect;
import static org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizerTest.expectNone;

import org.isnad.extraction.engine.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Maghrebi and Kurdish towns that are not provincial seats (invented sentences). */
class RegionalTownsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "وصلت الشاحنات إلى قليبية مساء الجمعة;قليبية",
            "وانطلقت القافلة من تارودانت نحو الجنوب;تارودانت",
            "وسُجّلت أمطار غزيرة في شقلاوة وسوران;شقلاوة",
            "وارتفعت الأسعار في أسواق بوسعادة;بوسعادة",
            "وقال سكان من جرجيس إن المياه انقطعت;جرجيس",
    })
    void townIsALocation(String sentence, String town) {
        expect(sentence, town, EntityType.LOCATION, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "وأغلقت أفران كثيرة أبوابها بسبب الطحين;أفران",
            "وتضررت مساكن الأهالي من السيول;مساكن",
            "وأعيد فتح الحمامات العامة بعد الترميم;الحمامات",
            "وتعطل الاجتماع يوم الأربعاء الماضي;الأربعاء",
    })
    void commonWordIsNotATown(String sentence, String word) {
        expectNone(sentence, word);
    }
}
