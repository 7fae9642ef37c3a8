package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/** v14 rules (names closing a titled speaker phrase, rank status words, unnamed spokesmen …); every sentence is invented. */
class ArabicAttributionV14Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void honorificNameAfterALongTitleIsTheNamedSpeaker() {
        ExtractionResult r = run(TITLE + "وقال عضو المجلس المختص بقطاع النظافة والبيئة، المهندس ناجي العامري، إن "
                + "300 حاوية جديدة وصلت إلى الأحياء.\nوأضاف العامري أن 40 عاملاً انضموا إلى الفرق.");
        assertAttribution(claimContaining(r, "300 حاوية"), SourceType.NAMED_PERSON, "ناجي العامري");
        assertAttribution(claimContaining(r, "40 عاملاً"), SourceType.NAMED_PERSON, "ناجي العامري");
    }

    @Test
    void retiredRankIsNotPartOfTheName() {
        ExtractionResult r = run(TITLE + "ويرى المحلل العسكري، العقيد المتقاعد ناجي بن عوض باحميد، أن 300 جندي "
                + "انسحبوا من المواقع الأمامية.");
        assertAttribution(claimContaining(r, "300 جندي"), SourceType.NAMED_PERSON, "ناجي بن عوض باحميد");
        List<String> persons = r.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::text).toList();
        assertTrue(persons.contains("ناجي بن عوض باحميد"), persons.toString());
        assertFalse(persons.stream().anyMatch(p -> p.contains("المتقاعد")), persons.toString());
    }

    @Test
    void compoundGivenNameWithArticleAfterAbdIsKept() {
        ExtractionResult r = run(TITLE + "وقال مدير التخطيط في البلدية، الدكتور رامي عبد الرحمن الخطيب، إن "
                + "12 مشروعاً ستنطلق الشهر المقبل.");
        assertAttribution(claimContaining(r, "12 مشروعاً"), SourceType.NAMED_PERSON, "رامي عبد الرحمن الخطيب");
    }

    @Test
    void titleAppositiveWithoutHonorificStaysWithTheExistingRules() {
        ExtractionResult r = run(TITLE + "وقال رئيس الهيئة العامة للنقل، وليد الساعدي، إن 80 حافلة دخلت الخدمة.");
        assertAttribution(claimContaining(r, "80 حافلة"), SourceType.NAMED_PERSON, "وليد الساعدي");
    }

    @Test
    void unnamedSpokesmanIsCitedAsTheBodyHeSpeaksFor() {
        ExtractionResult r = run(TITLE + "وقال المتحدث باسم وزارة النقل إن 20 قطاراً توقفت عن العمل.\n"
                + "وأضاف المتحدث أن الإصلاحات تستغرق 3 أيام.\n"
                + "في المقابل، زعم المتحدث العسكري باسم قوات المعارضة أن 50 مقاتلاً قتلوا.");
        assertAttribution(claimContaining(r, "20 قطاراً"), SourceType.OFFICIAL, "وزارة النقل");
        assertAttribution(claimContaining(r, "3 أيام"), SourceType.OFFICIAL, "وزارة النقل");
        assertAttribution(claimContaining(r, "50 مقاتلاً"), SourceType.OFFICIAL, "قوات المعارضة");
    }

    @Test
    void spokesmanNamedEarlierStaysTheNamedPerson() {
        ExtractionResult r = run(TITLE + "وقال المتحدث باسم الوزارة، وليد الساعدي، إن 5 محطات توقفت.\n"
                + "وتابع الناطق باسم وزارة الكهرباء أن 12 محطة أخرى ستتوقف.");
        assertAttribution(claimContaining(r, "5 محطات"), SourceType.NAMED_PERSON, "وليد الساعدي");
        assertAttribution(claimContaining(r, "12 محطة"), SourceType.NAMED_PERSON, "وليد الساعدي");
    }

    @Test
    void nameAfterAnAcronymGlossAndAPlaceIsTheRelayedSpeaker() {
        ExtractionResult r = run(TITLE + "ونقلت وكالة الأنباء عن رئيس فرع المؤسسة العامة للنقل البري (النقل) في "
                + "المدينة، وليد عبد الهادي، قوله إن 40 حافلة جديدة ستدخل الخدمة.");
        assertAttribution(claimContaining(r, "40 حافلة"), SourceType.NAMED_PERSON, "وليد عبد الهادي");
    }

    @Test
    void acronymGlossStillClosesAnInstitutionWithoutAName() {
        ExtractionResult r = run(TITLE + "وقال رئيس فرع المؤسسة العامة للنقل البري (النقل) في المدينة إن 40 حافلة "
                + "جديدة ستدخل الخدمة.");
        assertAttribution(claimContaining(r, "40 حافلة"), SourceType.OFFICIAL, "رئيس فرع المؤسسة العامة للنقل البري (النقل)");
    }

    @Test
    void honorificPronounRefersToTheDignitaryNamedBefore() {
        ExtractionResult r = run(TITLE + "وقال معالي ناصر بن خالد المري، وزير الدولة، إن 19 طفلاً عادوا إلى ذويهم.\n"
                + "وأضاف معاليه أن الحوار \"هو السبيل الوحيد لإنهاء النزاعات\".");
        assertAttribution(claimContaining(r, "19 طفلاً"), SourceType.NAMED_PERSON, "ناصر بن خالد المري");
        assertAttribution(claimContaining(r, "السبيل الوحيد"), SourceType.NAMED_PERSON, "ناصر بن خالد المري");
    }

    @Test
    void titleThenNameAfterAFrontedAccordingToPhrase() {
        ExtractionResult r = run(TITLE + "وبحسب ما أفادت مفوضة حقوق الطفل في البلاد، ماريا فولكوفا، عبر قناتها على "
                + "«تلغرام»، فإن الجانبين اتفقا على إعادة 12 طفلاً.");
        Claim c = claimContaining(r, "12 طفلاً");
        assertAttribution(c, SourceType.NAMED_PERSON, "ماريا فولكوفا");
        assertTrue(c.text().startsWith("الجانبين"), c.text());
    }

    @Test
    void betweenBeforeANumberIsAPrepositionNotTheVerbShowed() {
        ExtractionResult r = run(TITLE + "رفعت البلدية رسوم النظافة إلى 20 ديناراً شهرياً، لفترات تتراوح بين 3 و6 أشهر، "
                + "بعد أن كانت 15 ديناراً، وذلك على خلفية ارتفاع كلفة الوقود.");
        assertTrue(r.claims().size() == 1, r.claims().toString());
        assertAttribution(r.claims().get(0), SourceType.UNATTRIBUTED, null);
        assertTrue(r.claims().get(0).text().contains("على خلفية ارتفاع كلفة الوقود"), r.claims().get(0).text());
    }

    @Test
    void conditionAfterAnAnnouncedPlanIsPartOfTheObject() {
        ExtractionResult r = run(TITLE + "وكانت وزارة النقل قد أعلنت في أيار الماضي عن خطة لتوسيع المطار بكلفة 90 مليون "
                + "دولار، على أن تنتهي مرحلتها الأولى \"قبل نهاية العام\".");
        Claim c = claimContaining(r, "90 مليون");
        assertAttribution(c, SourceType.OFFICIAL, "وزارة النقل");
        assertTrue(c.text().startsWith("خطة لتوسيع المطار"), c.text());
        assertTrue(c.text().contains("على أن تنتهي"), c.text());
    }

    @Test
    void expressedFeelingsAreNoClaims() {
        ExtractionResult r = run(TITLE + "ودعت البعثة الأممية، في بيان مقتضب، الأطراف إلى «ضبط النفس»، معربةً عن قلقها من "
                + "«تصاعد القتال».\nوأعربت وزارة الخارجية، في بيان لها اليوم، عن شكرها للطرفين، مؤكدةً أن 30 أسيراً "
                + "عادوا إلى ذويهم.");
        assertFalse(r.claims().stream().anyMatch(c -> c.text().contains("قلق") || c.text().contains("شكرها")),
                r.claims().toString());
        assertAttribution(claimContaining(r, "30 أسيراً"), SourceType.OFFICIAL, "وزارة الخارجية");
    }

    @Test
    void expressedBeliefWithAComplementiserIsStillAReport() {
        ExtractionResult r = run(TITLE + "وأعرب الوزير عن اعتقاده بأن 30 أسيراً سيفرج عنهم قريباً.");
        assertAttribution(claimContaining(r, "30 أسيراً"), SourceType.OFFICIAL, "الوزير");
    }

    @Test
    void preposedSubjectWithTwoTitlesAndANameBeforeAVenuePhrase() {
        ExtractionResult r = run(TITLE + "غير أن الناطق الرسمي باسم الحكومة، وزير الثقافة والعلاقات مع البرلمان، سامي "
                + "ولد أحمد الأمين، نفى في المؤتمر الصحفي الأسبوعي عقب اجتماع مجلس الوزراء \"وجود أي اتفاق لاستقبال "
                + "مهاجرين\"، واصفاً ما نشرته الصحيفة بأنه \"معلومات مغلوطة\".\nوأضاف الوزير أن 300 مهاجر رُحّلوا.");
        Claim denial = claimContaining(r, "وجود أي اتفاق");
        assertAttribution(denial, SourceType.NAMED_PERSON, "سامي ولد أحمد الأمين");
        assertFalse(denial.text().contains("الناطق"), denial.text());
        assertAttribution(claimContaining(r, "معلومات مغلوطة"), SourceType.NAMED_PERSON, "سامي ولد أحمد الأمين");
        assertAttribution(claimContaining(r, "300 مهاجر"), SourceType.NAMED_PERSON, "سامي ولد أحمد الأمين");
        assertFalse(r.claims().stream().anyMatch(c -> c.text().startsWith("غير أن")), r.claims().toString());
    }

    @Test
    void participleBeforeAColonOpensANewClaimOfTheSameSpeaker() {
        ExtractionResult r = run(TITLE + "وقال المزارع سامي الخطيب إن المحصول تراجع بنسبة 40 في المئة، مضيفاً: «لم نعد نروي "
                + "الأرض إلا مرة كل أسبوع».");
        Claim first = claimContaining(r, "40 في المئة");
        assertFalse(first.text().contains("نروي"), first.text());
        assertAttribution(claimContaining(r, "نروي"), SourceType.NAMED_PERSON, "سامي الخطيب");
    }

    @Test
    void longTitledTopicOfAmmaIsTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقال الخبير سامر الحداد إن 20 قارباً غرقت.\n"
                + "أما المحلل السياسي سيدي محمود ولد الطالب، فاعتبر في حديث للصحيفة أن الرد \"جاء متأخراً\".");
        assertAttribution(claimContaining(r, "جاء متأخراً"), SourceType.NAMED_PERSON, "سيدي محمود ولد الطالب");
    }
}
