package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/** v16 rules (time phrase after the verb, bank back-references, sports federations, groups of people); invented sentences. */
class ArabicAttributionV16Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void pluperfectAnnouncementWithATimePhraseKeepsTheInstitution() {
        ExtractionResult r = run(TITLE + "وكانت وزارة الزراعة بحكومة الإنقاذ قد أعلنت الأسبوع الماضي توزيع 500 طن "
                + "من البذور على المزارعين.");
        assertAttribution(claimContaining(r, "500 طن"), SourceType.OFFICIAL, "وزارة الزراعة بحكومة الإنقاذ");
    }

    @Test
    void pluperfectReportOfANewspaperWithATimePhraseKeepsTheOutlet() {
        ExtractionResult r = run(TITLE + "وكانت صحيفة «الوادي اليوم» قد ذكرت الشهر الماضي أن 30 مصنعاً أغلقت أبوابها.");
        assertAttribution(claimContaining(r, "30 مصنعاً"), SourceType.OUTLET, "صحيفة الوادي اليوم");
    }

    @Test
    void verbFirstReportWithATimePhraseBeforeTheSubject() {
        ExtractionResult r = run(TITLE + "وأعلنت أمس وزارة الري أن 40 بئراً جفت في الجنوب.");
        assertAttribution(claimContaining(r, "40 بئراً"), SourceType.OFFICIAL, "وزارة الري");
    }

    @Test
    void bankBackReferenceResolvesToTheFullName() {
        ExtractionResult r = run(TITLE + "وأعلن مصرف السودان المركزي، في بيان، أنه طبع 2 مليار جنيه.\n"
                + "وقال المصرف إن 300 فرع ستفتح أبوابها.");
        assertAttribution(claimContaining(r, "300 فرع"), SourceType.OFFICIAL, "مصرف السودان المركزي");
    }

    @Test
    void spokesmanOfABankBackReferenceIsTheBankNamedBefore() {
        ExtractionResult r = run(TITLE + "وأعلن مصرف السودان المركزي، في بيان، أنه طبع 2 مليار جنيه.\n"
                + "وقال المتحدث باسم المصرف في تصريح للإذاعة إن 300 فرع ستفتح أبوابها، مشيراً إلى أن 40 صرافاً آلياً تعطلت.");
        assertAttribution(claimContaining(r, "300 فرع"), SourceType.OFFICIAL, "مصرف السودان المركزي");
        assertAttribution(claimContaining(r, "40 صرافاً"), SourceType.OFFICIAL, "مصرف السودان المركزي");
    }

    @Test
    void spokesmanOfASportsFederationIsTheFederation() {
        ExtractionResult r = run(TITLE + "وأكد الناطق الرسمي باسم الاتحادية التونسية لكرة السلة، في تصريح للصحفيين، "
                + "أن 12 لاعباً أوقفوا.");
        assertAttribution(claimContaining(r, "12 لاعباً"), SourceType.OFFICIAL, "الاتحادية التونسية لكرة السلة");
    }

    @Test
    void sportsFederationSpeakingIsOfficial() {
        ExtractionResult r = run(TITLE + "وقال الاتحاد المغربي لألعاب القوى إن 8 عدائين تأهلوا إلى النهائي.");
        assertAttribution(claimContaining(r, "8 عدائين"), SourceType.OFFICIAL, "الاتحاد المغربي لألعاب القوى");
    }

    @Test
    void indefiniteGroupOfPeopleIsAnonymous() {
        ExtractionResult r = run(TITLE + "وقال عدد من السكان إن 70 منزلاً تضررت.");
        assertAttribution(claimContaining(r, "70 منزلاً"), SourceType.ANONYMOUS, "عدد من السكان");
    }

    @Test
    void someOfficialsStayOfficial() {
        ExtractionResult r = run(TITLE + "وقال عدد من المسؤولين في البلدية إن 9 جسور أغلقت.");
        assertAttribution(claimContaining(r, "9 جسور"), SourceType.OFFICIAL, "عدد من المسؤولين");
    }

    @Test
    void indefiniteGroupWithADescriptionIsAnonymous() {
        ExtractionResult r = run(TITLE + "وقال عدد من الباحثين عن سكن تحدثوا للصحيفة إنهم ينتظرون منذ 3 أعوام.");
        assertAttribution(claimContaining(r, "3 أعوام"), SourceType.ANONYMOUS, "عدد من الباحثين عن سكن");
    }

    @Test
    void elativeAfterMinIsNotAReportingVerb() {
        ExtractionResult r = run(TITLE + "ويعد ملف النقل من أبرز الملفات في المدينة، وشهدت 3 أحياء احتجاجات محدودة.\n"
                + "وتعد البلدة من أبرز المناطق التي شهدت 12 حريقاً هذا الصيف.");
        assertAttribution(claimContaining(r, "3 أحياء"), SourceType.UNATTRIBUTED, null);
        assertAttribution(claimContaining(r, "12 حريقاً"), SourceType.UNATTRIBUTED, null);
    }

    @Test
    void highlightingVerbStillReports() {
        ExtractionResult r = run(TITLE + "وأبرز تقرير وزارة التعليم أن 20 مدرسة أغلقت.");
        assertAttribution(claimContaining(r, "20 مدرسة"), SourceType.OFFICIAL, "تقرير وزارة التعليم");
    }

    @Test
    void commaWawShortImperfectOpensANewClaim() {
        ExtractionResult r = run(TITLE + "ووصلت 40 شاحنة إلى المعبر أمس، وتعد المدينة من أبرز نقاط العبور منذ عام 2019.");
        org.junit.jupiter.api.Assertions.assertFalse(claimContaining(r, "40 شاحنة").text().contains("وتعد"),
                r.claims().toString());
        assertAttribution(claimContaining(r, "وتعد المدينة"), SourceType.UNATTRIBUTED, null);
    }

    @Test
    void denialWithAnAnyObjectAfterABareSurname() {
        ExtractionResult r = run(TITLE + "وقال رئيس البلدية السابق كريم بوزيان إن 15 مشروعاً توقفت.\n"
                + "وخلال الجلسة، نفى بوزيان أي تدخل له في اختيار 4 شركات، مؤكداً أن اللجنة هي التي وقعت.");
        assertAttribution(claimContaining(r, "4 شركات"), SourceType.NAMED_PERSON, "كريم بوزيان");
        assertAttribution(claimContaining(r, "اللجنة هي"), SourceType.NAMED_PERSON, "كريم بوزيان");
    }
}
