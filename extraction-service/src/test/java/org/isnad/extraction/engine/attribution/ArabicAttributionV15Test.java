package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/** v15 rules (structural classes: long titled subjects, continuations, back-references, documents …); every sentence is invented. */
class ArabicAttributionV15Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void longTitledSubjectWithAffiliationBeforeTheVerbIsTheNamedSpeaker() {
        ExtractionResult r = run(TITLE + "لكن الباحث في معهد الدراسات البحرية الدكتور سامر خليل الحداد رأى أن "
                + "40 سفينة غادرت الميناء.\nوأوضح الحداد أن 12 رصيفاً أغلقت.");
        assertAttribution(claimContaining(r, "40 سفينة"), SourceType.NAMED_PERSON, "سامر خليل الحداد");
        assertAttribution(claimContaining(r, "12 رصيفاً"), SourceType.NAMED_PERSON, "سامر خليل الحداد");
    }

    @Test
    void longPhraseWithoutANameBeforeTheVerbStaysNarration() {
        ExtractionResult r = run(TITLE + "وشهدت الأسواق الشعبية في وسط المدينة القديمة خلال عطلة نهاية الأسبوع الماضي "
                + "ازدحاماً كبيراً اعتبر أن 30 محلاً أغلقت.");
        assertAttribution(claimContaining(r, "ازدحاماً"), SourceType.UNATTRIBUTED, null);
    }

    @Test
    void coordinatedContinuationWithAVenueAndAColonKeepsTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقال وزير النقل خالد الحربي إن 40 حافلة وصلت، وأضاف في حديث لـ\"صوت المدينة\": "
                + "\"سنشتري 20 قطاراً\".");
        assertAttribution(claimContaining(r, "40 حافلة"), SourceType.NAMED_PERSON, "خالد الحربي");
        assertAttribution(claimContaining(r, "20 قطاراً"), SourceType.NAMED_PERSON, "خالد الحربي");
    }

    @Test
    void sentenceInitialContinuationWithAVenueAndAColonKeepsTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقالت وزيرة الصحة ليلى حداد إن 7 مستشفيات امتلأت.\n"
                + "وتابعت خلال مؤتمر صحفي: \"وصلت 15 شحنة دواء\".");
        assertAttribution(claimContaining(r, "15 شحنة"), SourceType.NAMED_PERSON, "ليلى حداد");
    }

    @Test
    void definiteHeadInALaterParagraphIsTheInstitutionNamedInNarration() {
        ExtractionResult r = run(TITLE + "ورفع مجلس مصرف الشمال، خلال اجتماعه الدوري، سعر الإقراض.\n"
                + "وأضاف المجلس أن 14 فرعاً جديداً ستفتح العام المقبل.");
        assertAttribution(claimContaining(r, "14 فرعاً"), SourceType.OFFICIAL, "مصرف الشمال");
    }

    @Test
    void definiteHeadInTheSameSentenceIsTheFullNameWithItsGenitive() {
        ExtractionResult r = run(TITLE + "غير أن تحالف قوى الشمال الديمقراطية رفض الاتهامات، وقال التحالف في بيانه "
                + "إن 25 مقاتلاً من عناصره انسحبوا من البلدة.");
        assertAttribution(claimContaining(r, "25 مقاتلاً"), SourceType.OFFICIAL, "تحالف قوى الشمال الديمقراطية");
    }

    @Test
    void relayedInstitutionAfterVerbWithLamIsRememberedWithoutTheLam() {
        ExtractionResult r = run(TITLE + "نزحت 300 أسرة من القرى الحدودية، وفقاً لمكتب الإغاثة الإقليمي.\n"
                + "وأوضح المكتب في تقريره أن 40 مدرسة أغلقت.");
        assertAttribution(claimContaining(r, "40 مدرسة"), SourceType.OFFICIAL, "مكتب الإغاثة الإقليمي");
    }

    @Test
    void documentNamedAsTheVenueOfAReportSpeaksForItsIssuer() {
        ExtractionResult r = run(TITLE + "أعلنت الهيئة الوطنية للأرصاد، في مذكرة خاصة صدرت صباح اليوم، أن 6 محافظات "
                + "ستشهد أمطاراً غزيرة.\nوأشارت المذكرة إلى أن 20 طريقاً قد تغلق.");
        assertAttribution(claimContaining(r, "20 طريقاً"), SourceType.OFFICIAL, "الهيئة الوطنية للأرصاد");
    }

    @Test
    void documentWithPossessivePronounAsTheVenueSpeaksForItsIssuer() {
        ExtractionResult r = run(TITLE + "وقالت شركة النقل البحري في بلاغها الأسبوعي إن 9 سفن تأخرت.\n"
                + "وأوضح البلاغ أن 3 موانئ أغلقت.");
        assertAttribution(claimContaining(r, "3 موانئ"), SourceType.OFFICIAL, "شركة النقل البحري");
    }

    @Test
    void figuresWithAdjectivePublishedByABackReferencedBodyAreThatBodys() {
        ExtractionResult r = run(TITLE + "أصدرت وزارة الزراعة والري تقريرها السنوي.\n"
                + "وبحسب الأرقام الرسمية التي نشرتها الوزارة على موقعها، تراجع إنتاج القمح بنسبة 12%.");
        assertAttribution(claimContaining(r, "12%"), SourceType.OFFICIAL, "وزارة الزراعة والري");
    }

    @Test
    void medialRelayBetweenSpeakerAndComplementiserIsTheOutletNotTheSource() {
        ExtractionResult r = run(TITLE + "من جهتها، ادعت الشرطة الإقليمية في بيان، وفقاً لصحيفة المساء، أن 8 مشتبهين "
                + "اعتقلوا، وأن عناصرها \"تعرضوا لإطلاق نار\".\nوأضافت أن 3 سيارات ضبطت.\n"
                + "وأضافت الصحيفة أن الحملة ستستمر 5 أيام.");
        assertAttribution(claimContaining(r, "8 مشتبهين"), SourceType.OFFICIAL, "الشرطة الإقليمية");
        assertAttribution(claimContaining(r, "تعرضوا لإطلاق نار"), SourceType.OFFICIAL, "الشرطة الإقليمية");
        assertAttribution(claimContaining(r, "3 سيارات"), SourceType.OFFICIAL, "الشرطة الإقليمية");
        assertAttribution(claimContaining(r, "5 أيام"), SourceType.OUTLET, "صحيفة المساء");
    }

    @Test
    void participleAfterAFrontedAdverbialTakesTheInstitutionThatActed() {
        ExtractionResult r = run(TITLE + "وفي الإطار نفسه، خفّضت هيئة الموانئ الوطنية، خلال اجتماعها الأخير، رسوم الرسو "
                + "بنسبة 10%، معتبرةً أن 60 سفينة إضافية ستصل الشهر المقبل.");
        assertAttribution(claimContaining(r, "60 سفينة"), SourceType.OFFICIAL, "هيئة الموانئ الوطنية");
    }

    @Test
    void compoundGivenNameWithHasabIsNotAPrepositionalCue() {
        ExtractionResult r = run(TITLE + "كما نفى الناطق باسم الحركة، العقيد يوسف حسب الله داود، في اتصال هاتفي مع "
                + "\"صوت الوادي\"، أن تكون 40 آلية قد دخلت البلدة، زاعماً أن 7 قرى ما زالت تحت سيطرتهم.");
        assertAttribution(claimContaining(r, "40 آلية"), SourceType.NAMED_PERSON, "يوسف حسب الله داود");
        assertAttribution(claimContaining(r, "7 قرى"), SourceType.NAMED_PERSON, "يوسف حسب الله داود");
    }

    @Test
    void preposedDenialWithAVenueAsideTakesItsNounPhraseObject() {
        ExtractionResult r = run(TITLE + "غير أن تحالف القبائل الشرقية نفى، في بيان نشره على موقعه الرسمي، أي صلة له "
                + "بإحراق 12 منزلاً في القرية.");
        assertAttribution(claimContaining(r, "12 منزلاً"), SourceType.OFFICIAL, "تحالف القبائل الشرقية");
    }

    @Test
    void preposedSubjectWithoutAsideKeepsTheComplementiserRule() {
        ExtractionResult r = run(TITLE + "لكن تجمع المهنيين أكد، خلال مؤتمر صحفي، أن 30 طبيباً اعتقلوا.");
        assertAttribution(claimContaining(r, "30 طبيباً"), SourceType.OFFICIAL, "تجمع المهنيين");
    }

    @Test
    void anonymousSourceWithAnAsideAfterAnAdversativeIsTheSpeaker() {
        ExtractionResult r = run(TITLE + "ولم تعلّق الوزارة على الحادث حتى لحظة كتابة هذا الخبر، إلا أن موظفاً في الميناء، "
                + "طلب عدم ذكر اسمه، أكد أن 15 حاوية فقدت.");
        assertAttribution(claimContaining(r, "15 حاوية"), SourceType.ANONYMOUS, "موظف في الميناء");
        assertAttribution(claimContaining(r, "لم تعلّق الوزارة"), SourceType.UNATTRIBUTED, null);
    }

    @Test
    void reportingFormAfterAMomentNounIsAMasdar() {
        ExtractionResult r = run(TITLE + "ولم تصدر الشركة أي توضيح حتى ساعة نشر التقرير عن 20 رحلة ألغيت.");
        assertAttribution(claimContaining(r, "20 رحلة"), SourceType.UNATTRIBUTED, null);
    }

    @Test
    void articleLedGivenNameInAnAppositiveIsTheNamedSpeaker() {
        ExtractionResult r = run(TITLE + "وقال رئيس النقابة الجهوية للنقل بصفاقس، الطاهر الزواري، إن 200 سائق أضربوا.\n"
                + "وتابع الزواري أن 15 خطاً توقف.");
        assertAttribution(claimContaining(r, "200 سائق"), SourceType.NAMED_PERSON, "الطاهر الزواري");
        assertAttribution(claimContaining(r, "15 خطاً"), SourceType.NAMED_PERSON, "الطاهر الزواري");
    }

    @Test
    void articleLedGivenNameAfterATitleWithAPlaceIsTheNamedSpeaker() {
        ExtractionResult r = run(TITLE + "ويرى الباحث في الشأن المالي المهدي الورغي أن 12 مصرفاً ستندمج.");
        assertAttribution(claimContaining(r, "12 مصرفاً"), SourceType.NAMED_PERSON, "المهدي الورغي");
    }

    @Test
    void femaleGivenNameEndingLikeANisbaIsAPerson() {
        ExtractionResult r = run(TITLE + "وقالت فوزية بن صالح إن 3 مدارس أغلقت.\nوقالت إعلامية سورية إن 5 صحفيين اعتقلوا.");
        assertAttribution(claimContaining(r, "3 مدارس"), SourceType.NAMED_PERSON, "فوزية بن صالح");
        org.junit.jupiter.api.Assertions.assertNotEquals(SourceType.NAMED_PERSON,
                claimContaining(r, "5 صحفيين").attribution().sourceType());
    }

    @Test
    void nameAfterATitleScopedByADefinitePhraseIsTheSpeaker() {
        ExtractionResult r = run(TITLE + "ويرى النائب سامي الدوري أن 10 مشاريع تعطلت، في حين أكد النائب عن التحالف "
                + "المدني الديمقراطي كاوه رسول أن 4 مشاريع فقط تعطلت.");
        assertAttribution(claimContaining(r, "10 مشاريع"), SourceType.NAMED_PERSON, "سامي الدوري");
        assertAttribution(claimContaining(r, "4 مشاريع"), SourceType.NAMED_PERSON, "كاوه رسول");
    }

    @Test
    void coordinatedCueWithoutSubjectCarriesTheNarratedPersonOver() {
        ExtractionResult r = run(TITLE + "وقال المدرب خالد العلي إن 22 لاعباً سيشاركون.\n"
                + "وفاز العدّاء ياسر محمود الشامي بالمركز الأول في السباق، وقال لـ\"الرياضية\" إنه تدرب 6 ساعات يومياً.");
        assertAttribution(claimContaining(r, "6 ساعات"), SourceType.NAMED_PERSON, "ياسر محمود الشامي");
    }

    @Test
    void coordinatedCueAfterAnInstitutionsNarrationKeepsTheLastSpeaker() {
        ExtractionResult r = run(TITLE + "وقال المدرب خالد العلي إن 22 لاعباً سيشاركون.\n"
                + "وأقام الاتحاد الرياضي حفلاً للمنتخب، وأضاف أن 3 لاعبين أصيبوا.");
        assertAttribution(claimContaining(r, "3 لاعبين"), SourceType.NAMED_PERSON, "خالد العلي");
    }

    @Test
    void quotedFirstPersonAppealIsNoClaimButAQuotedThirdPersonDemandStays() {
        ExtractionResult r = run(TITLE + "وقال مدير المستشفى خالد العمر إن 30 مريضاً نقلوا.\n"
                + "وتابع العمر: \"نطالب الحكومة بإرسال 5 مولدات قبل نهاية الأسبوع\".\n"
                + "وأضاف أن البنك الدولي \"طالب بزيادة التمويل 20% خلال العام\".");
        org.junit.jupiter.api.Assertions.assertFalse(org.isnad.extraction.engine.TestSupport.anyClaimContains(r, "5 مولدات"));
        assertAttribution(claimContaining(r, "20%"), SourceType.NAMED_PERSON, "خالد العمر");
    }

    @Test
    void institutionBranchWithItsPlaceAndParentIsTheSpeakerOfAMasdarObject() {
        ExtractionResult r = run(TITLE + "أعلنت مديرية الكهرباء في دمشق التابعة للحكومة المحلية توقف 4 محطات عن العمل، "
                + "ما حرم 300 ألف نسمة من التيار.");
        assertAttribution(claimContaining(r, "4 محطات"), SourceType.OFFICIAL, "مديرية الكهرباء في دمشق التابعة للحكومة المحلية");
    }

    @Test
    void warningWithANounPhraseObjectIsTheWarnersClaim() {
        ExtractionResult r = run(TITLE + "من جهتها، حذّرت نقابة المخابز في بيان من \"نقص 30% في الطحين\" خلال الشهر المقبل.");
        assertAttribution(claimContaining(r, "30%"), SourceType.OFFICIAL, "نقابة المخابز");
    }
}
