package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.isnad.extraction.engine.lexicon.NameBoundaries;
import org.junit.jupiter.api.Test;

/** Where a person name stops or cannot start (both person finders, through the engine). Invented sentences. */
class PersonBoundaryRulesTest {

    private static List<String> persons(String text) {
        return TestSupport.run(text).entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .map(Entity::text).toList();
    }

    @Test
    void titleWithCoordinatedOrLamGenitiveModifiersThenCommaName() {
        List<String> p = persons("عنوان\nوقال وزير الزراعة والري، كمال منصور، إن الموسم جيد. "
                + "وأوضحت المديرة التنفيذية للهيئة، سلوى درويش، أن العمل مستمر.");
        assertTrue(p.contains("كمال منصور"), p.toString());
        assertTrue(p.contains("سلوى درويش"), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.startsWith("وال") || x.startsWith("لل")), p.toString());
    }

    @Test
    void nameDoesNotRunIntoConjoinedVerbNounOrCompassWord() {
        List<String> p = persons("عنوان\nوضربت العاصفة منطقة وادي موسى وأدت إلى أضرار. واستقبل سليمان حداد وأعضاء الوفد "
                + "الضيوف في بلدة خان يونس جنوبي القطاع.");
        assertTrue(p.contains("سليمان حداد"), p.toString());
        assertTrue(p.stream().noneMatch(x -> x.contains("موسى") || x.contains("يونس") || x.contains("وأعضاء")),
                p.toString());
    }

    @Test
    void facilityNamedAfterAPersonIsNotAPerson() {
        List<String> p = persons("عنوان\nونقل المصابون إلى مستشفى الملك حسين ثم إلى مستشفى ناصر في المدينة.");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void verbsAdjectivesAndPrepositionAreNotGivenNames() {
        List<String> p = persons("عنوان\nالقاهرة (د ب أ) - رفعت الحكومة أسعار الخبز. ونقلت وكالة عن مسؤول تركي قوله إن "
                + "الأمر على صعيد آخر. وحضر أمين سر اللجنة الاجتماع. وقالت إن البحر ولّى مقبرة.");
        assertTrue(p.isEmpty(), p.toString());
    }

    @Test
    void pronounSuffixedNounIsNotTheNameAfterATitle() {
        List<String> p = persons("عنوان\nوقال رئيس مجلس إدارتها، المهندس فادي سلامة، إن الشركة ستتوسع.");
        assertTrue(p.contains("فادي سلامة"), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.contains("إدارتها")), p.toString());
    }

    @Test
    void boundaryPredicates() {
        assertTrue(NameBoundaries.startsWithCliticPhrase("وإجلاء"));
        assertTrue(NameBoundaries.startsWithCliticPhrase("للمديرية"));
        assertFalse(NameBoundaries.startsWithCliticPhrase("وليد"));
        assertFalse(NameBoundaries.startsWithCliticPhrase("وائل"));
        assertTrue(NameBoundaries.isPrepositionAla("على"));
        assertFalse(NameBoundaries.isPrepositionAla("علي"));
        assertTrue(NameBoundaries.isPlaceNoun("بمستشفي"));
    }

    @Test
    void theophoricCompoundKeepsTheNameGoing() {
        List<String> p = persons("عنوان\nوقال المتحدث باسم الحركة، العقيد يوسف فضل الله بشارة، إن القوات انسحبت. "
                + "وأضاف حسب البيان أن 4 جنود أصيبوا.");
        assertTrue(p.contains("يوسف فضل الله بشارة"), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.startsWith("حسب")), p.toString());
    }
}
