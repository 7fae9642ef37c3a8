package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/**
 * v18 rules (a name after a described person, a correspondent's field check, a news portal, a ب-place before an
 * appositive accuser, unnamed ministers, oblique plurals of trades, long venue asides, dialect pronouns); invented
 * sentences.
 */
class ArabicAttributionV18Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void nameAfterADescriptionIsTheSpeaker() {
        ExtractionResult r = run(TITLE + "ويقول سائق الأجرة كمال حسين: \"البنزين خلص من الصبح\".");
        assertAttribution(claimContaining(r, "البنزين خلص"), SourceType.NAMED_PERSON, "كمال حسين");
    }

    @Test
    void nameAfterADescriptionWithAComplementiser() {
        ExtractionResult r = run(TITLE + "وقال موظف البنك كمال حسين إن 30 صرافاً آلياً توقفت.");
        assertAttribution(claimContaining(r, "30 صرافاً"), SourceType.NAMED_PERSON, "كمال حسين");
    }

    @Test
    void describedPersonWithoutANameStaysAnonymous() {
        ExtractionResult r = run(TITLE + "وقال موظف في البنك إن 30 صرافاً آلياً توقفت.");
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "30 صرافاً").attribution().sourceType());
    }

    @Test
    void correspondentFieldCheckWithATriliteralResumptiveVerbIsTheOutlet() {
        ExtractionResult r = run(TITLE + "وارتفع سعر الجالون إلى 9 آلاف جنيه، بحسب ما رصده مراسل «المرفأ».");
        assertAttribution(claimContaining(r, "9 آلاف"), SourceType.OUTLET, "المرفأ");
    }

    @Test
    void aNewsPortalsFieldCheckWithItsFindingIsTheOutlet() {
        ExtractionResult r = run(TITLE + "وعلى الأرض، رصدت «بوابة الشرق» خلال جولة في عدد من المخابز أن وزن الرغيف "
                + "لا يتجاوز 60 جراماً.");
        assertAttribution(claimContaining(r, "60 جراماً"), SourceType.OUTLET, "بوابة الشرق");
        assertFalse(claimContaining(r, "60 جراماً").text().contains("جولة"));
    }

    @Test
    void allocatingWithoutAComplementiserIsNoReport() {
        ExtractionResult r = run(TITLE + "ورصدت الحكومة 5 ملايين دينار لترميم المدارس هذا العام.");
        assertEquals(SourceType.UNATTRIBUTED, claimContaining(r, "5 ملايين").attribution().sourceType());
    }

    @Test
    void accuserTitleEndingInAPlaceBeforeAnAppositiveName() {
        ExtractionResult r = run(TITLE + "واتهم الكاتب العام للنقابة الجهوية للتعليم الثانوي بصفاقس، منير الحداد، "
                + "الوزارة بـ«الإهمال»، كاشفاً أن 40 معهداً بلا ماء.");
        assertAttribution(claimContaining(r, "بـ«الإهمال»"), SourceType.NAMED_PERSON, "منير الحداد");
        assertTrue(claimContaining(r, "بـ«الإهمال»").text().startsWith("الوزارة"));
        assertAttribution(claimContaining(r, "40 معهداً"), SourceType.NAMED_PERSON, "منير الحداد");
    }

    @Test
    void anUnnamedMinisterIsCitedAsTheMinistry() {
        ExtractionResult r = run(TITLE + "وقال وزير الزراعة، في تصريح تلفزيوني مساء أمس، إن الوزارة خصصت 3 ملايين "
                + "دينار للفلاحين.");
        assertAttribution(claimContaining(r, "3 ملايين"), SourceType.OFFICIAL, "وزارة الزراعة");
    }

    @Test
    void anUnnamedMinistersNisbaAgreesWithTheMinistry() {
        ExtractionResult r = run(TITLE + "وقال وزير الخارجية الأمريكي إن 3 جولات من المحادثات ستعقد.");
        assertAttribution(claimContaining(r, "3 جولات"), SourceType.OFFICIAL, "وزارة الخارجية الأمريكية");
    }

    @Test
    void aNamedMinisterStaysANamedPerson() {
        ExtractionResult r = run(TITLE + "وقال وزير الزراعة، كريم العابد، إن 3 سدود امتلأت.");
        assertAttribution(claimContaining(r, "3 سدود"), SourceType.NAMED_PERSON, "كريم العابد");
    }

    @Test
    void obliquePluralOfATradeIsAnonymous() {
        ExtractionResult r = run(TITLE + "ونقلت إذاعة «الموج» عن ممرضين في مستشفى المدينة أن 12 سريراً بقيت شاغرة.");
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "12 سريراً").attribution().sourceType());
    }

    @Test
    void denialObjectAfterALongVenueAside() {
        ExtractionResult r = run(TITLE + "ونفى الجيش، في بيان نقلته وكالة الأنباء الرسمية (سانا) مساء أمس، وجود أي "
                + "اشتباك على الحدود.");
        assertTrue(claimContaining(r, "اشتباك").text().startsWith("وجود"), r.claims().toString());
        assertAttribution(claimContaining(r, "اشتباك"), SourceType.OFFICIAL, "الجيش");
    }

    @Test
    void dialectPronounAfterCommaWawIsNoNewClause() {
        ExtractionResult r = run(TITLE + "وتقول المعلمة سلوى الحداد: \"الراتب ما يكفي أسبوع، واحنا في العيد والأسعار نار\".");
        assertTrue(claimContaining(r, "الراتب").text().contains("والأسعار نار"), r.claims().toString());
    }
}
