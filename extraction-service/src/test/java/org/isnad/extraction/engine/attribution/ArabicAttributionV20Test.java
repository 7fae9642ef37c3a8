package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/**
 * attribution-v20 rules, one group per error class of heldout16's first run (masdar objects, venue asides with a
 * relative clause, relays with a description or an age, relayed unnamed members, documenting and accusing bodies,
 * replies, spokesmen's and participle speakers' surnames, non-media networks, advice and prepositional fragments);
 * all sentences invented.
 */
class ArabicAttributionV20Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static boolean noClaimStartsWith(ExtractionResult r, String prefix) {
        return r.claims().stream().noneMatch(c -> c.text().startsWith(prefix));
    }

    // ---- 1. a masdar object right after a direct-object verb is the content, never the speaker

    @Test
    void preposedAnonymousSourceDeniesAnExistenceMasdar() {
        ExtractionResult r = run(TITLE + "غير أن مسؤولاً في البلدية، طلب عدم ذكر اسمه، نفى وقوع أي إصابات بين العمال، "
                + "وأكد لـ\"صوت الجنوب\" أن الحريق أُخمد خلال ساعة.");
        Claim denied = claimContaining(r, "وقوع أي إصابات");
        assertEquals(SourceType.ANONYMOUS, denied.attribution().sourceType(), denied.attribution().toString());
        assertTrue(denied.attribution().source().startsWith("مسؤول في البلدية"), denied.attribution().toString());
        Claim next = claimContaining(r, "الحريق أُخمد");
        assertEquals(SourceType.ANONYMOUS, next.attribution().sourceType(), next.attribution().toString());
        assertFalse(next.text().contains("وأكد"), next.text());
        assertTrue(noClaimStartsWith(r, "مسؤولاً"), r.claims().toString());
    }

    @Test
    void accusativeSourceWithAnonymityAsideDeniesInvolvement() {
        ExtractionResult r = run(TITLE + "لكن مصدراً في الشركة، فضّل عدم الكشف عن اسمه، نفى تورطها في صفقة السلاح.");
        Claim denied = claimContaining(r, "تورطها في صفقة");
        assertEquals(SourceType.ANONYMOUS, denied.attribution().sourceType());
        assertEquals("مصدر في الشركة", denied.attribution().source());
    }

    @Test
    void verbFirstDenialStopsTheSpeakerAtTheMasdar() {
        ExtractionResult r = run(TITLE + "ونفى المتحدث باسم الشرطة وجود أي معتقلين سياسيين في السجن المركزي.");
        Claim denied = claimContaining(r, "معتقلين سياسيين");
        assertTrue(denied.text().startsWith("وجود"), denied.text());
        assertEquals(SourceType.OFFICIAL, denied.attribution().sourceType());
        assertFalse(denied.attribution().source().contains("وجود"), denied.attribution().toString());
    }

    @Test
    void coordinatedDenialKeepsTheNamedSpeaker() {
        ExtractionResult r = run(TITLE + "وقال رئيس البلدية سامر الخليلي إن المياه ستعود إلى الأحياء الشرقية غداً، "
                + "ونفى وجود أي تلوث في الخزانات الرئيسية.");
        assertAttribution(claimContaining(r, "أي تلوث"), SourceType.NAMED_PERSON, "سامر الخليلي");
    }

    @Test
    void aDenialAddressedToAnOutletTakesItsObjectAfterTheOutlet() {
        ExtractionResult r = run(TITLE + "ونفى مصدر أمني لـ«الأخبار» وجود أي خلايا نائمة في المدينة.");
        Claim denied = claimContaining(r, "خلايا نائمة");
        assertTrue(denied.text().startsWith("وجود"), denied.text());
        assertEquals(SourceType.ANONYMOUS, denied.attribution().sourceType());
    }

    @Test
    void aNumberAfterADefiniteSubjectOpensTheObject() {
        ExtractionResult r = run(TITLE + "وأعلن الدفاع المدني 12 حالة وفاة بسبب الحر.");
        assertAttribution(claimContaining(r, "12 حالة وفاة"), SourceType.OFFICIAL, "الدفاع المدني");
    }

    // ---- 2 and 10. a venue described by a relative clause between the verb and its complement

    @Test
    void venueWithARelativeClauseBeforeTheComplementiser() {
        ExtractionResult r = run(TITLE + "اتهم النائب عن محافظة البصرة، كريم جاسم العلي، وزارة النفط بـ\"إهمال الحقول\"، "
                + "مطالباً رئيس الوزراء بالتدخل العاجل، وقال في مؤتمر صحفي عقده أمس الثلاثاء في مبنى مجلس النواب إن "
                + "\"أهالي البصرة يدفعون الثمن\".");
        Claim said = claimContaining(r, "أهالي البصرة يدفعون");
        assertFalse(said.text().contains("مؤتمر"), said.text());
        assertAttribution(said, SourceType.NAMED_PERSON, "كريم جاسم العلي");
    }

    @Test
    void venueWithARelativeClauseBeforeAColon() {
        ExtractionResult r = run(TITLE + "وقال وزير النقل سمير العلي إن الطريق سيفتتح قريباً.\n"
                + "وأضاف في كلمة ألقاها مساء الأحد في قاعة المركز الثقافي: \"المشروع تأخر بسبب نقص التمويل\".");
        Claim said = claimContaining(r, "المشروع تأخر");
        assertFalse(said.text().contains("ألقاها"), said.text());
        assertAttribution(said, SourceType.NAMED_PERSON, "سمير العلي");
    }

    // ---- 3. relays: a description or an age of the relayed source is no claim, بلغ + an age is no cue

    @Test
    void relayedSourceWithADescriptionAndAnAge() {
        ExtractionResult r = run(TITLE + "ونقلت وكالة رويترز عن إحدى المسعفات، وهي طالبة طب تبلغ من العمر 22 عاماً، "
                + "قولها إن \"المستشفى امتلأ خلال ساعتين\".");
        Claim quoted = claimContaining(r, "المستشفى امتلأ");
        assertTrue(quoted.attribution().source().contains("إحدى المسعفات"), quoted.attribution().toString());
        assertTrue(quoted.attribution().outlet().contains("رويترز"), quoted.attribution().toString());
        assertTrue(noClaimStartsWith(r, "ونقلت"), r.claims().toString());
    }

    @Test
    void oneOfTheSurvivorsIsAnonymousAndHisAgeIsNoSpeaker() {
        ExtractionResult r = run(TITLE + "ونقلت وكالة الأناضول عن أحد الناجين، وهو شاب من القرية يبلغ 19 عاماً، قوله "
                + "إن القارب غرق خلال دقائق.");
        Claim quoted = claimContaining(r, "القارب غرق");
        assertEquals(SourceType.ANONYMOUS, quoted.attribution().sourceType(), quoted.attribution().toString());
        assertTrue(quoted.attribution().source().contains("أحد الناجين"), quoted.attribution().toString());
        assertFalse("يبلغ".equals(quoted.attribution().cue()), quoted.attribution().toString());
    }

    @Test
    void relayedAnonymousSourceWithAnAsideIsCitedInTheNominative() {
        ExtractionResult r = run(TITLE + "ونقلت «الصباح» عن مصدراً مسؤولاً في وزارة النقل، فضّل عدم الكشف عن اسمه، "
                + "أن القطار الجديد سيعمل الشهر المقبل.");
        Claim quoted = claimContaining(r, "القطار الجديد");
        assertEquals(SourceType.ANONYMOUS, quoted.attribution().sourceType());
        assertEquals("مصدر مسؤول في وزارة النقل", quoted.attribution().source());
        assertTrue(noClaimStartsWith(r, "مصدراً"), r.claims().toString());
    }

    @Test
    void anAmountReachedIsNoReport() {
        ExtractionResult r = run(TITLE + "وتبلغ مساحة المحمية نحو 300 كيلومتر مربع، بحسب وزارة البيئة.");
        assertAttribution(claimContaining(r, "300 كيلومتر"), SourceType.OFFICIAL, "وزارة البيئة");
    }

    // ---- 4. بحسب ما أوردته X نقلاً عن Y: Y is the source, X the outlet

    @Test
    void relayInsideAPrepositionalAttribution() {
        ExtractionResult r = run(TITLE + "وقالت صحيفة «المدى» إن الحكومة ستناقش الموازنة.\n"
                + "وبحسب ما أوردته شبكة «رووداو» نقلاً عن عضو في لجنة النفط والطاقة النيابية، فإن اللجنة ستستضيف "
                + "وزير النفط الأسبوع المقبل.");
        Claim relayed = claimContaining(r, "ستستضيف وزير النفط");
        assertEquals(SourceType.ANONYMOUS, relayed.attribution().sourceType(), relayed.attribution().toString());
        assertTrue(relayed.attribution().source().startsWith("عضو في لجنة"), relayed.attribution().toString());
        assertTrue(relayed.attribution().outlet().contains("رووداو"), relayed.attribution().toString());
    }

    @Test
    void relayedOfficialInsideWafqan() {
        ExtractionResult r = run(TITLE + "ووفقاً لما أوردته صحيفة «النهار» نقلاً عن مسؤول في وزارة الطاقة، فإن "
                + "التقنين سيستمر حتى الصيف.");
        Claim relayed = claimContaining(r, "التقنين سيستمر");
        assertEquals(SourceType.OFFICIAL, relayed.attribution().sourceType());
        assertTrue(relayed.attribution().source().startsWith("مسؤول في وزارة الطاقة"), relayed.attribution().toString());
    }

    // ---- 5. documenting bodies and accusers

    @Test
    void aMonitorDocumentsAfterAReportAside() {
        ExtractionResult r = run(TITLE + "ووثّقت منظمة العفو الدولية، في تقرير نشرته اليوم، 320 حالة إخفاء قسري منذ "
                + "مطلع العام، متهمةً الأجهزة الأمنية بـ\"ممارسة التعذيب\".");
        assertAttribution(claimContaining(r, "320 حالة"), SourceType.OFFICIAL, "منظمة العفو الدولية");
        Claim accused = claimContaining(r, "ممارسة التعذيب");
        assertTrue(accused.text().startsWith("الأجهزة الأمنية"), accused.text());
        assertAttribution(accused, SourceType.OFFICIAL, "منظمة العفو الدولية");
    }

    @Test
    void thePassiveParticipleChargedAccusesNoOne() {
        ExtractionResult r = run(TITLE + "واعتقلت الشرطة امرأة، متهمة بسرقة 3 سيارات في الحي الشرقي.");
        assertTrue(r.claims().stream().noneMatch(c -> "متهمة".equals(c.attribution().cue())), r.claims().toString());
    }

    @Test
    void documentingInsideReportedSpeechIsNoNewReport() {
        ExtractionResult r = run(TITLE + "وقال مدير المرصد إنه وثّق 40 حالة اعتقال خلال الشهر.");
        assertAttribution(claimContaining(r, "40 حالة"), SourceType.OFFICIAL, "مدير المرصد");
    }

    @Test
    void aCoordinatedAccusationIsTheRunningSpeakers() {
        ExtractionResult r = run(TITLE + "وقالت منظمة \"أطباء بلا حدود\" إن فرقها عالجت 40 جريحاً، واتهمت القوات "
                + "الحكومية بـ\"منع وصول سيارات الإسعاف\".");
        Claim accused = claimContaining(r, "منع وصول");
        assertTrue(accused.text().startsWith("القوات الحكومية"), accused.text());
        assertEquals(SourceType.OFFICIAL, accused.attribution().sourceType());
        assertTrue(accused.attribution().source().contains("أطباء بلا حدود"), accused.attribution().toString());
    }

    @Test
    void aCoordinatedAccusationWithAGluedDefiniteCharge() {
        ExtractionResult r = run(TITLE + "ووثقت الشبكة الحقوقية، في تقريرها السنوي، مقتل 200 صحافي، واتهمت الحكومة "
                + "بالتقصير في حماية الصحافيين.");
        assertAttribution(claimContaining(r, "مقتل 200 صحافي"), SourceType.OFFICIAL, "الشبكة الحقوقية");
        Claim accused = claimContaining(r, "بالتقصير في حماية");
        assertTrue(accused.text().startsWith("الحكومة"), accused.text());
        assertAttribution(accused, SourceType.OFFICIAL, "الشبكة الحقوقية");
    }

    @Test
    void aConstructPhraseBeforeTheChargeIsOneAccused() {
        ExtractionResult r = run(TITLE + "وأعلنت نقابة الأطباء أن 12 طبيباً استقالوا هذا الشهر، واتهمت وزارة الصحة "
                + "بتجاهل مطالبهم.");
        Claim accused = claimContaining(r, "بتجاهل مطالبهم");
        assertTrue(accused.text().startsWith("وزارة الصحة"), accused.text());
        assertAttribution(accused, SourceType.OFFICIAL, "نقابة الأطباء");
    }

    @Test
    void aDescribedQuotedBodyBeforeItsVerb() {
        ExtractionResult r = run(TITLE + "غير أن «مرصد العدالة في الجنوب»، وهو جهة أهلية مستقلة، قال إنه سجّل 9 حالات "
                + "خطف منذ الشهر الماضي.");
        assertAttribution(claimContaining(r, "9 حالات"), SourceType.OFFICIAL, "مرصد العدالة في الجنوب");
        assertTrue(noClaimStartsWith(r, "غير أن"), r.claims().toString());
    }

    // ---- 6. replies

    @Test
    void aReplyWithBiAnnaIsAReport() {
        ExtractionResult r = run(TITLE + "ورد المتحدث باسم البلدية بأن 300 عامل يعملون على إزالة الأنقاض.");
        assertAttribution(claimContaining(r, "300 عامل"), SourceType.OFFICIAL, "البلدية");
    }

    @Test
    void aReplyWithBilQawlIsAReport() {
        ExtractionResult r = run(TITLE + "وردّت وزارة الكهرباء بالقول إن المحطة ستعود إلى العمل خلال 48 ساعة.");
        Claim reply = claimContaining(r, "المحطة ستعود");
        assertFalse(reply.text().contains("بالقول"), reply.text());
        assertAttribution(reply, SourceType.OFFICIAL, "وزارة الكهرباء");
    }

    @Test
    void newsThatCameAndInResponseAreNoReplies() {
        ExtractionResult r = run(TITLE + "وردت أنباء عن سقوط قذائف على الحي الشرقي.\n"
                + "رداً على القصف، قال الجيش إن قواته استهدفت 4 مواقع.");
        assertEquals(SourceType.UNATTRIBUTED, claimContaining(r, "سقوط قذائف").attribution().sourceType());
        assertAttribution(claimContaining(r, "4 مواقع"), SourceType.OFFICIAL, "الجيش");
    }

    @Test
    void anAcronymGivenInBracketsNamesTheBodyLater() {
        ExtractionResult r = run(TITLE + "وقالت المتحدثة باسم برنامج الأغذية العالمي (بام)، سارة نيلسن، إن المخازن فارغة.\n"
                + "وفي المقابل، أكد الجيش أن الطرق مفتوحة، وردّت بام بأن القوافل \"تتعرض لإطلاق نار\".");
        assertAttribution(claimContaining(r, "تتعرض لإطلاق نار"), SourceType.OFFICIAL, "برنامج الأغذية العالمي");
    }

    // ---- 7. surnames of spokesmen and of participle speakers

    @Test
    void aSpokesmansAppositiveNameWinsOverTheBodyAfterBism() {
        ExtractionResult r = run(TITLE + "وقال المتحدث باسم حرس الحدود، كارلوس مندوزا، إن القارب انطلق من طبرق.\n"
                + "وأضاف مندوزا أن 30 شخصاً فقدوا.");
        assertAttribution(claimContaining(r, "انطلق من طبرق"), SourceType.NAMED_PERSON, "كارلوس مندوزا");
        assertAttribution(claimContaining(r, "30 شخصاً"), SourceType.NAMED_PERSON, "كارلوس مندوزا");
    }

    @Test
    void theSurnameOfAParticiplesSpeakerRefersBack() {
        ExtractionResult r = run(TITLE + "وطالب النائب أشرف صبحي العدوي، عضو لجنة النقل، بتشديد الرقابة، مؤكداً أن "
                + "\"الطرق السريعة تفتقر إلى الإنارة\".\n"
                + "وأشار العدوي إلى أن 17 حادثاً وقعت الشهر الماضي.");
        assertAttribution(claimContaining(r, "17 حادثاً"), SourceType.NAMED_PERSON, "أشرف صبحي العدوي");
    }

    // ---- 8. a network without a media word is an organisation

    @Test
    void aNetworkForAPurposeIsNoOutlet() {
        ExtractionResult r = run(TITLE + "وأعلنت شبكة «نداء البحر» المعنية بإنقاذ الصيادين أنها تلقت 3 نداءات استغاثة.");
        Claim claim = claimContaining(r, "3 نداءات");
        assertEquals(SourceType.OFFICIAL, claim.attribution().sourceType(), claim.attribution().toString());
    }

    @Test
    void aNewsNetworkStaysAnOutlet() {
        ExtractionResult r = run(TITLE + "وذكرت شبكة الأفق الإخبارية أن 5 قرى غمرتها المياه.");
        assertEquals(SourceType.OUTLET, claimContaining(r, "5 قرى").attribution().sourceType());
    }

    // ---- 9. advice to people and prepositional fragments

    @Test
    void aWarningAddressedToPeopleIsAdvice() {
        ExtractionResult r = run(TITLE + "من جانبها، حذّرت هيئة الغذاء المواطنين من شراء العسل \"من غير المحلات "
                + "المرخصة\"، وكشفت في بيان أن فرق التفتيش سحبت 40 عينة.");
        assertTrue(noClaimStartsWith(r, "من غير"), r.claims().toString());
        assertEquals(1, r.claims().size(), r.claims().toString());
        assertAttribution(claimContaining(r, "40 عينة"), SourceType.OFFICIAL, "هيئة الغذاء");
    }

    @Test
    void aQuotedPrepositionalPhraseContinuesTheWarnedOfObject() {
        ExtractionResult r = run(TITLE + "وحذّرت البلدية من الاقتراب من الشاطئ \"في ساعات المد أو أثناء هبوب الرياح\".");
        Claim warned = claimContaining(r, "في ساعات المد");
        assertTrue(warned.text().startsWith("الاقتراب"), warned.text());
    }

    @Test
    void aQuotationAfterAVenueStillOpensTheContent() {
        ExtractionResult r = run(TITLE + "وقال الوزير في مؤتمر صحفي \"في هذه المرحلة لا نملك أي تمويل\".");
        Claim said = claimContaining(r, "لا نملك");
        assertFalse(said.text().contains("مؤتمر"), said.text());
        assertEquals(SourceType.OFFICIAL, said.attribution().sourceType());
    }

    // ---- negatives: similar shapes the new rules must leave alone

    @Test
    void aMasdarInsideADefiniteGenitiveStaysInTheSpeaker() {
        ExtractionResult r = run(TITLE + "ونفت وزارة الصحة وجود إصابات جديدة بالكوليرا في المدينة.");
        assertAttribution(claimContaining(r, "إصابات جديدة"), SourceType.OFFICIAL, "وزارة الصحة");
    }

    @Test
    void aTitleInsideTheVenueClauseIsTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقال في مؤتمر صحفي عقده وزير الخارجية أمس إن المفاوضات ستستأنف الأسبوع المقبل.");
        assertAttribution(claimContaining(r, "المفاوضات ستستأنف"), SourceType.OFFICIAL, "وزارة الخارجية");
    }

    @Test
    void aSentenceInitialAccuserKeepsHisAccused() {
        ExtractionResult r = run(TITLE + "واتهم وزير الداخلية المعارضة بـ\"التحريض على العنف\" خلال الاحتجاجات.");
        Claim accused = claimContaining(r, "التحريض على العنف");
        assertTrue(accused.text().startsWith("المعارضة"), accused.text());
        assertAttribution(accused, SourceType.OFFICIAL, "وزارة الداخلية");
    }

    @Test
    void aWarningOfSomethingStaysAClaim() {
        ExtractionResult r = run(TITLE + "وحذّرت الجمعية من موجة غلاء جديدة خلال الأشهر المقبلة.");
        assertAttribution(claimContaining(r, "موجة غلاء"), SourceType.OFFICIAL, "الجمعية");
    }
}
