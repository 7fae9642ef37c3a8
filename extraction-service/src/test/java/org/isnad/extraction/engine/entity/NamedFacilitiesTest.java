package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** Named hospitals, medical complexes and power stations as whole places ({@link NamedFacilities}). Invented sentences. */
class NamedFacilitiesTest {

    private static List<String> places(String sentence) {
        return TestSupport.entityTexts("عنوان\n" + sentence + "\n", EntityType.LOCATION);
    }

    private static List<String> all(String sentence) {
        return TestSupport.run("عنوان\n" + sentence + "\n").entities().stream().map(e -> e.text()).toList();
    }

    @Test
    void hospitalKeepsItsAdjectivesAndSwallowsItsCity() {
        List<String> a = places("ونقل ثلاثة جرحى إلى مستشفى الرحمة التخصصي ثم إلى مشفى حماة الوطني.");
        assertTrue(a.contains("مستشفى الرحمة التخصصي"), a.toString());
        assertTrue(a.contains("مشفى حماة الوطني"), a.toString());
        assertFalse(a.contains("حماة"), a.toString());
    }

    @Test
    void nationalHospitalAndMedicalComplex() {
        List<String> a = places("وأفاد مصدر في المشفى الوطني بأن مجمع السلام الطبي استقبل عشرات المصابين.");
        assertTrue(a.contains("المشفى الوطني"), a.toString());
        assertTrue(a.contains("مجمع السلام الطبي"), a.toString());
    }

    @Test
    void hospitalNamedAfterAPersonIsOnePlace() {
        List<String> a = all("وأُسعف الطفل إلى مستشفى الأمير حمزة في العاصمة.");
        assertTrue(a.contains("مستشفى الأمير حمزة"), a.toString());
    }

    @Test
    void stationsWithPowerAdjectiveOrCompoundName() {
        List<String> a = places("وتوقفت محطة الرميلة الحرارية عن العمل، كما تعطلت محطة رأس النبع بعد القصف.");
        assertTrue(a.contains("محطة الرميلة الحرارية"), a.toString());
        assertTrue(a.contains("محطة رأس النبع"), a.toString());
    }

    @Test
    void kindsOfStationsAndFigurativeStagesAreNoPlaces() {
        List<String> a = places("وشكّلت الزيارة محطة مهمة في العلاقات، فيما أغلقت محطة الوقود ومحطة القطار أبوابهما.");
        assertTrue(a.stream().noneMatch(x -> x.startsWith("محطة")), a.toString());
    }
}
