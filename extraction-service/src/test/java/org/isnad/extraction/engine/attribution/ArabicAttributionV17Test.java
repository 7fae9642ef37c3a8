package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/** v17 rules (construct chains in titles, …); invented sentences. */
class ArabicAttributionV17Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void titleWithAConstructChainBeforeAnUnlistedName() {
        ExtractionResult r = run(TITLE + "وقال رئيس نقابة الصيادين خليل الدباغ إن 200 قارب توقفت.\n"
                + "وأضاف الدباغ أن 15 ميناء أغلقت.");
        assertAttribution(claimContaining(r, "200 قارب"), SourceType.NAMED_PERSON, "خليل الدباغ");
        assertAttribution(claimContaining(r, "15 ميناء"), SourceType.NAMED_PERSON, "خليل الدباغ");
    }

    @Test
    void twoConstructNounsBeforeTheName() {
        ExtractionResult r = run(TITLE + "وقال نقيب أصحاب المطاحن زاهر قنديل إن 50 مطحنة أقفلت.");
        assertAttribution(claimContaining(r, "50 مطحنة"), SourceType.NAMED_PERSON, "زاهر قنديل");
    }

    @Test
    void constructChainWithoutANameStaysOfficial() {
        ExtractionResult r = run(TITLE + "وقال مدير فرع المؤسسة العامة للمياه في حمص إن 9 آبار جفت.");
        org.junit.jupiter.api.Assertions.assertEquals(SourceType.OFFICIAL,
                claimContaining(r, "9 آبار").attribution().sourceType());
    }

    @Test
    void lamGenitiveAfterAConstructChainIsNotAName() {
        ExtractionResult r = run(TITLE + "ونقلت صحيفة «الصباح» عن مدير فرع الشركة الوطنية لتكرير وتسويق الزيوت "
                + "في المدينة، وليد سمعان، قوله إن 14 خزاناً فرغت.");
        assertAttribution(claimContaining(r, "14 خزاناً"), SourceType.NAMED_PERSON, "وليد سمعان");
    }
}
