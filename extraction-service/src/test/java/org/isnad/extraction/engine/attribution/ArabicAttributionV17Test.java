package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/**
 * v17 rules (construct chains in titles, participles and coordinated cues after a narrated clause, Form II verbs with
 * shadda, group aliases, armed-group heads, ordinary people described or named); invented sentences.
 */
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

    @Test
    void participleAfterAFormFourVerbWithAnInstitutionWhoseHeadStartsWithBa() {
        ExtractionResult r = run(TITLE + "وأبقى بنك الساحل سعر الفائدة عند 3%، معتبراً أن التضخم سيبلغ 4% هذا العام.");
        assertAttribution(claimContaining(r, "سيبلغ 4%"), SourceType.OFFICIAL, "بنك الساحل");
    }

    @Test
    void participleSubjectStopsBeforeAConstructObject() {
        ExtractionResult r = run(TITLE + "وخفضت الحكومة أسعار الوقود بنسبة 10%، مؤكدة أن 2 مليون أسرة ستستفيد.");
        assertAttribution(claimContaining(r, "2 مليون أسرة"), SourceType.OFFICIAL, "الحكومة");
    }

    @Test
    void participleSubjectStopsBeforeAPossessedObject() {
        ExtractionResult r = run(TITLE + "وأرجأ برلمان الإقليم جلسته إلى الأسبوع المقبل، مؤكداً أن 12 نائباً تغيبوا.");
        assertAttribution(claimContaining(r, "12 نائباً"), SourceType.OFFICIAL, "برلمان الإقليم");
    }

    @Test
    void formTwoVerbWithShaddaOpensTheMainClause() {
        ExtractionResult r = run(TITLE + "ومدّد الجيش الوطني حظر التجول صباح اليوم، معلناً أن 7 مسلحين اعتقلوا.");
        assertAttribution(claimContaining(r, "7 مسلحين"), SourceType.OFFICIAL, "الجيش الوطني");
    }

    @Test
    void formTwoVerbWithAnObjectPronounAfterCommaWawIsANewClaim() {
        ExtractionResult r = run(TITLE + "وقالت جماعة الأنصار في بيان إن مقاتليها صدوا هجوماً، وكبّدتهم 50 قتيلاً.");
        org.junit.jupiter.api.Assertions.assertFalse(claimContaining(r, "صدوا هجوماً").text().contains("50 قتيلاً"),
                r.claims().toString());
        assertAttribution(claimContaining(r, "50 قتيلاً"), SourceType.OFFICIAL, "جماعة الأنصار");
    }

    @Test
    void nounWithADoubledLetterAndPossessiveIsNoVerb() {
        org.junit.jupiter.api.Assertions.assertFalse(org.isnad.extraction.engine.segment.ClauseRules.isWawFormTwo("وجدّه"));
        org.junit.jupiter.api.Assertions.assertFalse(
                org.isnad.extraction.engine.segment.ClauseRules.isWawFormTwoWithObject("وردّت"));
        org.junit.jupiter.api.Assertions.assertTrue(
                org.isnad.extraction.engine.segment.ClauseRules.isWawFormTwoWithObject("وسلّمها"));
        org.junit.jupiter.api.Assertions.assertFalse(
                org.isnad.extraction.engine.segment.ClauseRules.isWawFormTwoWithObject("ومدّته"));
        org.junit.jupiter.api.Assertions.assertFalse(
                org.isnad.extraction.engine.segment.ClauseRules.isWawFormTwoWithObject("وحصّتها"));
    }

    @Test
    void spokesmanOfAGroupCalledByItsPluralNisbaIsTheGroupNamedBefore() {
        ExtractionResult r = run(TITLE + "وشنت جماعة الزيداني هجوماً على مواقع الجيش فجر الأحد.\n"
                + "في المقابل، زعم المتحدث العسكري باسم قوات الزيدانيين، في بيان، أن مقاتليها أسروا 20 جندياً.");
        assertAttribution(claimContaining(r, "20 جندياً"), SourceType.OFFICIAL, "جماعة الزيداني");
    }

    @Test
    void armedGroupHeadNounIsNoGivenName() {
        ExtractionResult r = run(TITLE + "وقالت ميليشيا النسور في بيان إن مقاتليها أسروا 20 جندياً.\n"
                + "وأعلنت سرايا الشمال أن 3 من عناصرها قتلوا.");
        assertAttribution(claimContaining(r, "20 جندياً"), SourceType.OFFICIAL, "ميليشيا النسور");
        assertAttribution(claimContaining(r, "3 من عناصرها"), SourceType.OFFICIAL, "سرايا الشمال");
    }

    @Test
    void institutionThatActsInTheMainClauseSpeaksInTheCoordinatedCue() {
        ExtractionResult r = run(TITLE + "وتسلمت البلدية 40 حافلة جديدة الأسبوع الماضي، وأكدت أن 10 منها ستخصص للطلاب.\n"
                + "وأغلقت الشرطة 4 طرق رئيسية، وأوضحت في بيان أن 2 منها ستفتح غداً.");
        assertAttribution(claimContaining(r, "10 منها"), SourceType.OFFICIAL, "البلدية");
        assertAttribution(claimContaining(r, "2 منها"), SourceType.OFFICIAL, "الشرطة");
    }

    @Test
    void narratedSubjectThatIsNoBodyIsNotCarried() {
        ExtractionResult r = run(TITLE + "وارتفعت الأسعار بنسبة 10% الشهر الماضي، وأكدت أن الأزمة تتفاقم منذ 3 أشهر.");
        org.junit.jupiter.api.Assertions.assertNotEquals("الأسعار", claimContaining(r, "3 أشهر").attribution().source());
    }

    @Test
    void givenNameClosingADescriptionOfAnOrdinaryPerson() {
        ExtractionResult r = run(TITLE + "وتقول ربة المنزل هدى إنها تنفق 300 دينار شهرياً على الخبز.");
        assertAttribution(claimContaining(r, "300 دينار"), SourceType.NAMED_PERSON, "هدى");
    }

    @Test
    void singularTradeWithItsGenitiveIsAnAnonymousPerson() {
        ExtractionResult r = run(TITLE + "وقال بائع فواكه في السوق إن التفاح بلغ 9 دنانير.\n"
                + "وقالت موظفة في البريد إن 70 طرداً تأخرت.");
        assertAttribution(claimContaining(r, "9 دنانير"), SourceType.ANONYMOUS, "بائع فواكه في السوق");
        assertAttribution(claimContaining(r, "70 طرداً"), SourceType.ANONYMOUS, "موظفة في البريد");
    }

    @Test
    void singularTradeWithAnAppositiveNameIsThatPerson() {
        ExtractionResult r = run(TITLE + "وقال صاحب المخبز، نبيل الورتاني، إن 20 كيساً من الطحين نفدت.");
        assertAttribution(claimContaining(r, "20 كيساً"), SourceType.NAMED_PERSON, "نبيل الورتاني");
    }

    @Test
    void documentIssuedInNarrationSpeaksForItsIssuer() {
        ExtractionResult r = run(TITLE + "ونشرت الهيئة الوطنية للإحصاء مذكرة حول الأسعار.\n"
                + "وأشارت المذكرة إلى أن أسعار اللحوم ارتفعت بنسبة 9%.");
        assertAttribution(claimContaining(r, "9%"), SourceType.OFFICIAL, "الهيئة الوطنية للإحصاء");
    }

    @Test
    void reportWithAPossessiveOrTanwinIssuedInNarration() {
        ExtractionResult r = run(TITLE + "وأصدر مصرف الجنوب تقريره السنوي أمس.\n"
                + "وأوضح التقرير أن الاحتياطي تراجع إلى 4 مليارات دولار.\n"
                + "وأصدرت منظمة حقوق السجناء تقريراً جديداً.\nوذكر التقرير أن 300 معتقل تعرضوا للتعذيب.");
        assertAttribution(claimContaining(r, "4 مليارات"), SourceType.OFFICIAL, "مصرف الجنوب");
        assertAttribution(claimContaining(r, "300 معتقل"), SourceType.OFFICIAL, "منظمة حقوق السجناء");
    }

    @Test
    void bodyActingInTheSentenceBeforeSpeaksInASubjectlessReport() {
        ExtractionResult r = run(TITLE + "وقال المحلل سامر الخوري إن الوضع خطير منذ 3 أشهر.\n"
                + "وسيطرت قوات النخبة على 3 بلدات في الشمال.\nوأعلنت في بيان أنها أسرت 50 مقاتلاً.");
        assertAttribution(claimContaining(r, "50 مقاتلاً"), SourceType.OFFICIAL, "قوات النخبة");
    }

    @Test
    void narrationWithoutABodyLeavesTheLastSpeaker() {
        ExtractionResult r = run(TITLE + "وقال المحلل سامر الخوري إن الوضع خطير منذ 3 أشهر.\n"
                + "وارتفعت الأسعار بنسبة 10% خلال الشهر.\nوأضاف أن 4 مصانع أغلقت.");
        assertAttribution(claimContaining(r, "4 مصانع"), SourceType.NAMED_PERSON, "سامر الخوري");
    }

    @Test
    void relativeClauseWithAnyVerbBeforeThePrepositionalSource() {
        ExtractionResult r = run(TITLE + "وبحسب ما رصدته منظمة الرقابة المدنية خلال الأسبوع، قتل 14 مدنياً.");
        assertAttribution(claimContaining(r, "14 مدنياً"), SourceType.OFFICIAL, "منظمة الرقابة المدنية");
    }

    @Test
    void quotedNameIsNoPerson() {
        ExtractionResult r = run(TITLE + "ووفق ما عاينته «صدى المدينة» خلال جولة ميدانية، بلغ سعر الكيلوغرام 40 ديناراً.");
        Claim c = claimContaining(r, "40 ديناراً");
        org.junit.jupiter.api.Assertions.assertNotEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        org.junit.jupiter.api.Assertions.assertEquals("صدى المدينة", c.attribution().source());
    }

    @Test
    void nameEndingInAMediaWordIsAnOutlet() {
        ExtractionResult r = run(TITLE + "ووفق ما عاينته «الوادي نيوز» خلال جولة ميدانية، بلغ سعر الكيلوغرام 40 ديناراً.\n"
                + "وقال موقع الجنوب بوست إن 12 محلاً أغلقت.");
        assertAttribution(claimContaining(r, "40 ديناراً"), SourceType.OUTLET, "الوادي نيوز");
        org.junit.jupiter.api.Assertions.assertEquals(SourceType.OUTLET,
                claimContaining(r, "12 محلاً").attribution().sourceType());
    }

    @Test
    void subjectlessContinuationAgreesInGenderWithItsSpeaker() {
        ExtractionResult r = run(TITLE + "وقالت الباحثة سلوى الحداد إن 40% من الأسر فقيرة.\n"
                + "وقال الخبير كمال العبيدي إن 5 مصانع أغلقت.\nوأضافت أن 12 مدرسة بلا كهرباء.\n"
                + "وأضاف أن 7 مستشفيات تعمل جزئياً.");
        assertAttribution(claimContaining(r, "12 مدرسة"), SourceType.NAMED_PERSON, "سلوى الحداد");
        assertAttribution(claimContaining(r, "7 مستشفيات"), SourceType.NAMED_PERSON, "كمال العبيدي");
    }

    @Test
    void genderOfCueForms() {
        org.junit.jupiter.api.Assertions.assertEquals(CueGender.Gender.FEMININE, CueGender.of("وأضافت"));
        org.junit.jupiter.api.Assertions.assertEquals(CueGender.Gender.FEMININE, CueGender.of("فتقول"));
        org.junit.jupiter.api.Assertions.assertEquals(CueGender.Gender.MASCULINE, CueGender.of("وتابع"));
        org.junit.jupiter.api.Assertions.assertEquals(CueGender.Gender.MASCULINE, CueGender.of("مشيراً"));
        org.junit.jupiter.api.Assertions.assertEquals(CueGender.Gender.FEMININE, CueGender.of("مشيرةً"));
    }
}
