package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/**
 * Reporting-syntax rules of attribution-v7 (speaker extent, relays, continuations, postposed quotations); every
 * example sentence is invented for the test.
 */
class ArabicReportingSyntaxTest {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static void assertSource(ExtractionResult r, String claimPart, SourceType type, String source) {
        assertAttribution(claimContaining(r, claimPart), type, source);
    }

    @Test
    void prepositionPrefixedTitleIsAGenitiveAndTheDefiniteLedAppositiveIsTheName() {
        ExtractionResult r = run(TITLE + "وقال المستشار القانوني لرئيس الاتحاد، الهادي منصور، إن النادي لم يتلق أي "
                + "إخطار رسمي بالعقوبة، مؤكداً أن الاستئناف سيقدم خلال أسبوع.");
        assertSource(r, "إخطار رسمي", SourceType.NAMED_PERSON, "الهادي منصور");
        assertSource(r, "الاستئناف سيقدم", SourceType.NAMED_PERSON, "الهادي منصور");
        // the same after a title that ends in an honorific-like adjective (الإعلامي)
        ExtractionResult r2 = run(TITLE + "فيما نفى المستشار الإعلامي لوزير الدفاع، الصادق عمران، أن تكون القوات قد "
                + "انسحبت من المعبر الحدودي.");
        assertSource(r2, "انسحبت من المعبر", SourceType.NAMED_PERSON, "الصادق عمران");
    }

    @Test
    void mannerAdverbialWithPronounEndsTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقال المزارع خالد حداد إن المحصول تراجع إلى النصف هذا العام.\n"
                + "ويتابع حداد بنبرته الغاضبة: «لم نعد قادرين على شراء البذور ولا الأسمدة».");
        assertSource(r, "شراء البذور", SourceType.NAMED_PERSON, "خالد حداد");
    }

    @Test
    void relayAfterAnOutletMakesTheUnderlyingSourceTheSource() {
        ExtractionResult r = run(TITLE + "وذكرت صحيفة \"المساء\"، نقلاً عن مصادر قضائية، أن المحكمة أجلت النظر في "
                + "القضية إلى الشهر المقبل.\nوأفادت إذاعة \"الشروق\" نقلاً عن مسؤول في الميناء بأن ثلاث سفن محملة "
                + "بالقمح رست في الرصيف الشمالي.");
        Claim a = claimContaining(r, "أجلت النظر");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals("مصادر قضائية", a.attribution().source());
        assertTrue(a.attribution().outlet().contains("المساء"), a.attribution().outlet());
        assertSource(r, "ثلاث سفن", SourceType.OFFICIAL, "مسؤول في الميناء");
    }

    @Test
    void accusativeSubjectAfterLakinIsCitedInTheNominative() {
        ExtractionResult r = run(TITLE + "أعلنت الشرطة انتهاء عمليات البحث في المنطقة المنكوبة بعد ثلاثة أيام.\n"
                + "لكن مصدراً طبياً في المستشفى أكد أن عدد المصابين تجاوز الأربعين شخصاً.");
        assertSource(r, "عدد المصابين", SourceType.ANONYMOUS, "مصدر طبي في المستشفى");
        // without diacritics the head decides; a name that ends in ـيا stays as it is
        ExtractionResult r2 = run(TITLE + "انتهى الاجتماع دون اتفاق على موعد الجولة المقبلة من المحادثات.\n"
                + "لكن مصدرا دبلوماسيا أكد أن الجولة ستعقد في جنيف.\nلكن سوريا أكدت أن وفدها لن يشارك في الجولة المقبلة.");
        assertSource(r2, "ستعقد في جنيف", SourceType.ANONYMOUS, "مصدر دبلوماسي");
        assertEquals("سوريا", claimContaining(r2, "وفدها لن يشارك").attribution().source());
    }

    @Test
    void parentheticalGlossIsNotPartOfTheSource() {
        ExtractionResult r = run(TITLE + "وقال مسؤول في منظمة التجارة العالمية (المنظمة الدولية) إن المفاوضات "
                + "ستستأنف في جنيف الشهر المقبل.");
        assertSource(r, "المفاوضات ستستأنف", SourceType.OFFICIAL, "مسؤول في منظمة التجارة العالمية");
    }

    @Test
    void verbHomographInsideReportedContentIsNotACue() {
        ExtractionResult r = run(TITLE + "وقال الطبيب خالد حداد إن الإصابات بين العمال في المصنع ارتفعت بشكل ملحوظ، "
                + "وإن المستشفى يستقبل يومياً عشرات الحالات.");
        assertSource(r, "الإصابات بين العمال", SourceType.NAMED_PERSON, "خالد حداد");
        assertSource(r, "عشرات الحالات", SourceType.NAMED_PERSON, "خالد حداد");
    }

    @Test
    void continuationWithAPrepositionalPhraseBeforeTheComplementiser() {
        ExtractionResult r = run(TITLE + "وقال وزير الري أحمد سالم إن منسوب النهر انخفض إلى أدنى مستوى منذ عقد.\n"
                + "وأضاف في حديث لإذاعة \"صوت المدينة\" أن الحكومة ستفتح قنوات جديدة للري قبل الصيف.");
        assertSource(r, "قنوات جديدة", SourceType.NAMED_PERSON, "أحمد سالم");
    }

    @Test
    void quotationOverSeveralSentencesTakesThePostposedSpeaker() {
        ExtractionResult r = run(TITLE + "وقال رئيس البلدية خالد منصور إن أعمال الصيانة ستنتهي قبل نهاية الشهر.\n"
                + "«لم نر أي عامل هنا منذ شهرين. الشارع مليء بالحفر والمياه تغمر البيوت»، تقول سعاد إبراهيم، وهي أم "
                + "لثلاثة أطفال من الحي الشرقي.");
        Claim a = claimContaining(r, "أي عامل");
        assertEquals("سعاد إبراهيم", a.attribution().source());
        assertTrue(!a.text().contains("الشارع"), a.text());
        assertSource(r, "الشارع مليء", SourceType.NAMED_PERSON, "سعاد إبراهيم");
    }

    @Test
    void appositiveNameAfterADefiniteDescription() {
        ExtractionResult r = run(TITLE + "وقال المرشح لرئاسة النقابة في المدينة، سمير حداد، إن الانتخابات ستجرى في "
                + "موعدها رغم الطعون.");
        assertSource(r, "الانتخابات ستجرى", SourceType.NAMED_PERSON, "سمير حداد");
    }

    @Test
    void closingWithBilQawlContinuesTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقال الخبير سمير حداد إن الأسعار سترتفع خلال الشتاء، وختم حديثه بالقول إن "
                + "الحكومة لا تملك خطة واضحة للدعم.");
        assertSource(r, "لا تملك خطة", SourceType.NAMED_PERSON, "سمير حداد");
    }

    @Test
    void networkWithAPurposeGenitiveIsAnOrganisationNotAnOutlet() {
        ExtractionResult r = run(TITLE + "واعتبرت الشبكة الوطنية لمراقبة حقوق الإنسان أن الاعتقالات الأخيرة تمثل "
                + "انتهاكاً واضحاً للقانون.");
        assertSource(r, "الاعتقالات الأخيرة", SourceType.OFFICIAL, "الشبكة الوطنية لمراقبة حقوق الإنسان");
    }

    @Test
    void relayedSourceEndsAtTheSayingMasdarAndPrepositionalRelaysToo() {
        ExtractionResult r = run(TITLE + "ونقل موقع \"المدى\" عن مسؤولين في الميناء قولهم إن الرافعات متوقفة منذ أسبوع.\n"
                + "وطبقاً لما نقلته وكالة رويترز عن مصادر مصرفية، فإن البنك سيرفع الفائدة الشهر المقبل.");
        assertSource(r, "الرافعات متوقفة", SourceType.OFFICIAL, "مسؤولين في الميناء");
        Claim b = claimContaining(r, "سيرفع الفائدة");
        assertEquals(SourceType.ANONYMOUS, b.attribution().sourceType());
        assertEquals("مصادر مصرفية", b.attribution().source());
        assertEquals("وكالة رويترز", b.attribution().outlet());
    }

    @Test
    void ageInParenthesesAndADescriptiveAsideAreNotTheName() {
        ExtractionResult r = run(TITLE + "وقال أبو خالد، وهو صاحب محل في السوق، إن المبيعات تراجعت إلى النصف.\n"
                + "وقال خالد (42 عاماً)، وهو سائق حافلة، إن سعر الوقود تضاعف خلال شهر واحد.");
        assertSource(r, "المبيعات تراجعت", SourceType.NAMED_PERSON, "أبو خالد");
        assertSource(r, "سعر الوقود", SourceType.NAMED_PERSON, "خالد");
    }

    @Test
    void aDocumentAsSubjectIsAttributedToItsIssuer() {
        ExtractionResult r = run(TITLE + "وذكر بيان صادر عن وزارة الزراعة أن الجراد أتلف ثلث المحاصيل في الجنوب.\n"
                + "وقال تقرير لمنظمة الأغذية والزراعة إن أسعار القمح سترتفع في الربع الأخير.\n"
                + "وأفاد بيان للجيش بأن وحداته أحبطت محاولة تسلل قرب الحدود الشرقية.");
        assertSource(r, "الجراد أتلف", SourceType.OFFICIAL, "وزارة الزراعة");
        assertSource(r, "أسعار القمح", SourceType.OFFICIAL, "منظمة الأغذية والزراعة");
        assertSource(r, "أحبطت محاولة", SourceType.OFFICIAL, "الجيش");
    }

    @Test
    void undiacritisedDhakaraWithASubjectIsActive() {
        ExtractionResult r = run(TITLE + "وذكر المرصد أن الغارات أوقعت عشرة قتلى في ريف المدينة الغربي.");
        Claim a = claimContaining(r, "الغارات أوقعت");
        assertTrue(a.text().startsWith("الغارات"), a.text());
        assertEquals("المرصد", a.attribution().source());
    }

    @Test
    void accusedIndefiniteNounWithAdjectiveIsNotPartOfTheSpeaker() {
        ExtractionResult r = run(TITLE + "واتهمت وزارة الداخلية شبكة منظمة بتهريب الأدوية المدعومة إلى دول الجوار.");
        Claim a = claimContaining(r, "بتهريب الأدوية");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertEquals("وزارة الداخلية", a.attribution().source());
    }

    @Test
    void documentIssuerAfterAPrepositionAndARelativeVerb() {
        ExtractionResult r = run(TITLE + "ورفعت وزارة النقل رسوم العبور على الطرق السريعة بنسبة 15 في المئة، بحسب تعميم "
                + "نشرته الوزارة على موقعها الرسمي.\nوأشار تقرير لمنظمة \"أطباء العالم\" صدر الشهر الماضي إلى أن "
                + "نصف العيادات الريفية أغلقت أبوابها.");
        assertSource(r, "رسوم العبور", SourceType.OFFICIAL, "وزارة النقل");
        assertSource(r, "العيادات الريفية", SourceType.OFFICIAL, "منظمة أطباء العالم");
    }

    @Test
    void genericDefiniteHeadTakesTheNameGivenEarlierInTheParagraph() {
        ExtractionResult r = run(TITLE + "وخفض بنك الاستثمار الوطني سقف القروض، فيما قال موظف في البنك إن الطلبات "
                + "تضاعفت خلال الشهر الماضي.\nوسجلت الفرق الطبية في مدينة الموصل ثلاثين إصابة جديدة، بحسب ما أفادت "
                + "به دائرة الصحة في المدينة.");
        assertSource(r, "الطلبات تضاعفت", SourceType.ANONYMOUS, "موظف في بنك الاستثمار الوطني");
        assertSource(r, "ثلاثين إصابة", SourceType.OFFICIAL, "دائرة الصحة في الموصل");
    }

    @Test
    void definiteTitleContinuationTakesTheLatestSpeakerWithThatHeadNamedOrNot() {
        ExtractionResult r = run(TITLE + "وقال وزير الزراعة سمير حداد إن الموسم سيكون جيداً رغم الجفاف.\n"
                + "وقال مسؤول في وزارة الري إن السدود فقدت نصف مخزونها هذا الصيف.\n"
                + "وتابع المسؤول أن الآبار الجوفية لم تعد تكفي حاجة المزارعين.");
        assertSource(r, "الآبار الجوفية", SourceType.OFFICIAL, "مسؤول في وزارة الري");
    }

    @Test
    void theRelayingOutletIsRememberedForALaterDefiniteOutletHead() {
        ExtractionResult r = run(TITLE + "ونقلت صحيفة \"الصباح\" عن مصادر برلمانية أن التصويت على القانون أُجل.\n"
                + "وأشارت الصحيفة إلى أن الخلاف يدور حول المادة الثالثة من القانون.");
        assertSource(r, "التصويت على القانون", SourceType.ANONYMOUS, "مصادر برلمانية");
        assertSource(r, "المادة الثالثة", SourceType.OUTLET, "صحيفة الصباح");
    }

    @Test
    void participleAfterANarratedVerbTakesThatVerbsSubjectAndSkipsTheOccasion() {
        ExtractionResult r = run(TITLE + "وقالت نقابة الأطباء إن عشرات الأطباء غادروا البلاد هذا العام.\n"
                + "وطالبت النقابة بزيادة الرواتب، مشيرة في بيان إلى أن نصف المستشفيات تعمل بطاقم ناقص.");
        assertSource(r, "نصف المستشفيات", SourceType.OFFICIAL, "نقابة الأطباء");
    }

    @Test
    void unseededNameBeforeATitleAppositive() {
        ExtractionResult r = run(TITLE + "وقال جوزيب بوريل، مسؤول السياسة الخارجية في الاتحاد الأوروبي، إن العقوبات "
                + "ستبقى سارية حتى نهاية العام.");
        assertSource(r, "العقوبات ستبقى", SourceType.NAMED_PERSON, "جوزيب بوريل");
    }

    @Test
    void anonymousSourceCloseToAnInstitutionAndMannerNounAfterTheName() {
        ExtractionResult r = run(TITLE + "وقال مصدر مقرب من الرئاسة لـ\"الوطن\" إن اللقاء سيعقد الأسبوع المقبل.\n"
                + "وقال الوزير خالد منصور إن الحوار هو الطريق الوحيد للحل.\n"
                + "وقال منصور بنبرة حادة إن بلاده لن تقبل الإملاءات الخارجية.");
        assertSource(r, "اللقاء سيعقد", SourceType.ANONYMOUS, "مصدر مقرب من الرئاسة");
        assertSource(r, "الإملاءات الخارجية", SourceType.NAMED_PERSON, "خالد منصور");
    }

    @Test
    void givenNameBeforeAbuIsAFamilyNameNotAKunya() {
        ExtractionResult r = run(TITLE + "وقال رئيس البلدية نبيل أبو ردينة إن المياه ستعود إلى الأحياء الشرقية غداً.");
        assertSource(r, "المياه ستعود", SourceType.NAMED_PERSON, "نبيل أبو ردينة");
    }

    @Test
    void continuationWithIlaAnnaAndACoordinatedReportOfTheSameSpeaker() {
        ExtractionResult r = run(TITLE + "وقالت المديرة التنفيذية للبرنامج سارة العلي إن التمويل يغطي ثلاثة أشهر فقط.\n"
                + "وأشارت إلى أن المانحين لم يفوا بتعهداتهم، ونفت أن تكون الأموال قد حولت إلى جهات أخرى.");
        assertSource(r, "المانحين لم يفوا", SourceType.NAMED_PERSON, "سارة العلي");
        Claim b = claimContaining(r, "الأموال قد حولت");
        assertEquals("سارة العلي", b.attribution().source());
        assertTrue(!b.text().contains("المانحين"), b.text());
    }

    @Test
    void subjectAfterAShortPrepositionalPhrase() {
        ExtractionResult r = run(TITLE + "وقال في وقت لاحق المتحدث باسم الشرطة إن المشتبه بهم نقلوا إلى العاصمة.");
        // (v14: an unnamed spokesman is cited as the body he speaks for)
        assertSource(r, "المشتبه بهم نقلوا", SourceType.OFFICIAL, "الشرطة");
    }

    @Test
    void pointingVerbWithIlaAndAMasdarAfterAConnector() {
        ExtractionResult r = run(TITLE + "وتراجعت صادرات القمح هذا العام، بحسب تقديرات وزارة الزراعة، بينما تشير بيانات "
                + "الجمارك إلى تسجيل نحو مليوني طن فقط حتى نهاية أيلول.");
        assertSource(r, "مليوني طن", SourceType.OFFICIAL, "بيانات الجمارك");
    }

    @Test
    void preposedSubjectAfterAConnectorInsideASentenceIsANewSpeaker() {
        ExtractionResult r = run(TITLE + "وأكد مدير المستشفى أن عدد الجرحى بلغ ثلاثين، لكن مصادر طبية قالت إن العدد "
                + "تجاوز الخمسين.");
        assertSource(r, "تجاوز الخمسين", SourceType.ANONYMOUS, "مصادر طبية");
        assertSource(r, "عدد الجرحى", SourceType.OFFICIAL, "مدير المستشفى");
    }
}
