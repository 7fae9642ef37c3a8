package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/** v9 rules from the heldout8 error classes; every sentence is invented for the test. */
class ArabicAttributionV9Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static void assertPerson(Claim c, String name) {
        assertAttribution(c, SourceType.NAMED_PERSON, name);
    }

    @Test
    void compoundGivenNameInAnAppositiveKeepsTheFamilyName() {
        ExtractionResult r = run(TITLE + "من جهته، أوضح محافظ الشمال، محمد الصادق بوزيان، في تصريح للصحافة، أن "
                + "الطريق سيفتح غداً.\nوأضاف بوزيان أن الورشة ستنتهي في الربيع المقبل.");
        assertPerson(claimContaining(r, "الطريق سيفتح"), "محمد الصادق بوزيان");
        assertPerson(claimContaining(r, "الورشة ستنتهي"), "محمد الصادق بوزيان");
    }

    @Test
    void multiWordFamilyNameRefersBackToThePerson() {
        ExtractionResult r = run(TITLE + "وحذّر الخبير في الطاقة، كريم بن سالم، من أن \"الأسعار سترتفع\".\n"
                + "وتابع بن سالم: \"الشتاء سيكون صعباً على الأسر\".");
        assertPerson(claimContaining(r, "الأسعار سترتفع"), "كريم بن سالم");
        assertPerson(claimContaining(r, "الشتاء سيكون صعباً"), "كريم بن سالم");
    }

    @Test
    void presentTenseCueWithItsOwnSubjectAfterFiHinaIsANewReport() {
        ExtractionResult r = run(TITLE + "وأوضح الوزير سامي خليل أن الصادرات تراجعت بنسبة 20%، في حين يؤكد الجانب "
                + "الإيراني أن الأسعار العالمية هي السبب.\nويرى محللون أن الأزمة ستطول، في حين تقول منظمة التجارة "
                + "العالمية إن الطلب سيتعافى قريباً.");
        assertPerson(claimContaining(r, "الصادرات تراجعت"), "سامي خليل");
        Claim side = claimContaining(r, "الأسعار العالمية هي السبب");
        assertEquals(SourceType.OFFICIAL, side.attribution().sourceType(), side.toString());
        assertEquals("الجانب الإيراني", side.attribution().source());
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "الأزمة ستطول").attribution().sourceType());
        Claim org = claimContaining(r, "الطلب سيتعافى");
        assertEquals(SourceType.OFFICIAL, org.attribution().sourceType(), org.toString());
        assertEquals("منظمة التجارة العالمية", org.attribution().source());
    }

    @Test
    void presentTenseVerbInsideTheContentStaysReportedSpeech() {
        ExtractionResult r = run(TITLE + "وقال المحلل ماهر نعيم إن الحكومة تقول شيئاً وتفعل شيئاً آخر في ملف الأسعار.");
        assertPerson(claimContaining(r, "تفعل شيئاً آخر"), "ماهر نعيم");
    }

    @Test
    void subjectWithAppositiveNameAfterGhayraAnnaIsANewSpeakerAndLaterHisDefiniteSurname() {
        ExtractionResult r = run(TITLE + "وبحسب صحيفة الوطن، رصدت البلدية مليون دينار لترميم السوق، غير أن رئيس لجنة "
                + "التجار، سليم الجبوري، قال إن \"الأموال لم تصرف بعد\".\nوأضاف الجبوري أن المحلات ما زالت مغلقة.");
        assertEquals(SourceType.OUTLET, claimContaining(r, "رصدت البلدية").attribution().sourceType());
        assertPerson(claimContaining(r, "الأموال لم تصرف"), "سليم الجبوري");
        assertPerson(claimContaining(r, "المحلات ما زالت مغلقة"), "سليم الجبوري");
    }
}
