package org.isnad.extraction.engine.attribution;

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
 * attr25 rules, one group per attribution error class of heldout19 (an anonymity condition read as a report, a
 * non-human plural taken for the accuser, victims' families, a statement fronted before its issuer's cue); all
 * sentences invented.
 */
class ArabicAttributionAttr25Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static void assertSource(Claim c, SourceType t, String source) {
        assertEquals(t, c.attribution().sourceType(), c.attribution().toString());
        assertEquals(source, c.attribution().source(), c.attribution().toString());
    }

    // ---- 1. "تحدث شريطة عدم الكشف عن هويته": how the source spoke, not a report

    @Test
    void spokeOnConditionOfAnonymityIsNoCue() {
        ExtractionResult r = run(TITLE + "غير أن مسؤولاً في البلدية، تحدث شريطة عدم الكشف عن اسمه، أكد بأن الأعمال "
                + "\"ستنتهي قبل الخريف\"، مشيراً إلى أن الكلفة بلغت مليوني دينار.");
        assertSource(claimContaining(r, "ستنتهي قبل الخريف"), SourceType.ANONYMOUS, "مسؤول في البلدية");
        assertSource(claimContaining(r, "الكلفة بلغت"), SourceType.ANONYMOUS, "مسؤول في البلدية");
    }

    @Test
    void spokeOnConditionWithBishartIsNoCue() {
        ExtractionResult r = run(TITLE + "وقال ضابط في الشرطة، تحدث بشرط عدم ذكر اسمه، إن الموقوفين \"اعترفوا بسرقة المخزن\".");
        Claim c = claimContaining(r, "اعترفوا بسرقة المخزن");
        assertEquals(SourceType.ANONYMOUS, c.attribution().sourceType(), c.attribution().toString());
        assertFalse(c.attribution().source().contains("بشرط"), c.attribution().toString());
    }

    @Test
    void spokeAboutATopicStaysAReport() {
        ExtractionResult r = run(TITLE + "تحدث مسؤول في الوزارة عن تأخر في صرف الرواتب.");
        Claim c = claimContaining(r, "تأخر في صرف الرواتب");
        assertTrue(c.attribution().source() != null && c.attribution().source().startsWith("مسؤول في الوزارة"),
                c.attribution().toString());
    }

    // ---- 2. a masculine accusation verb + a plural in ـات: the accused, not the accuser

    @Test
    void pluralAfterMasculineAccusationIsTheAccused() {
        ExtractionResult r = run(TITLE + "من جانبه، رأى الباحث كريم الزين، أستاذ الاقتصاد في جامعة صفاقس، أن الأزمة "
                + "\"ليست ظرفية\"، واتهم شبكات من المضاربين وتجار الجملة بـ\"احتكار المواد الأساسية منذ سنوات\"، "
                + "محذّراً من أن \"الأسعار ستواصل الارتفاع\".");
        assertSource(claimContaining(r, "احتكار المواد"), SourceType.NAMED_PERSON, "كريم الزين");
        assertSource(claimContaining(r, "الأسعار ستواصل"), SourceType.NAMED_PERSON, "كريم الزين");
    }

    @Test
    void pluralWithAdjectiveAfterMasculineAccusationIsTheAccused() {
        ExtractionResult r = run(TITLE + "ونفى النائب سليم العبيدي أن تكون الحكومة \"قد تراجعت عن وعودها\"، واتهم "
                + "جهات خارجية بـ\"تمويل حملات التشويه\".");
        assertSource(claimContaining(r, "تمويل حملات التشويه"), SourceType.NAMED_PERSON, "سليم العبيدي");
    }

    @Test
    void pluralAfterFeminineAccusationIsTheAccuser() {
        ExtractionResult r = run(TITLE + "واتهمت جهات حقوقية الحكومة بـ\"التضييق على الصحافيين\".");
        Claim c = claimContaining(r, "التضييق على الصحافيين");
        assertEquals(SourceType.ANONYMOUS, c.attribution().sourceType(), c.attribution().toString());
        assertTrue(c.attribution().source().startsWith("جهات حقوقية"), c.attribution().toString());
    }

    // ---- 3. the families of victims are unnamed people

    @Test
    void victimsFamiliesDualIsAnonymous() {
        ExtractionResult r = run(TITLE + "وطالبت عائلتا الضحيتين، في بيان قرأه أحد الوجهاء، السلطات بـ\"محاسبة الفاعلين\"، "
                + "مؤكدتين أن الدفن سيتم صباح الاثنين في مقبرة البلدة.");
        assertSource(claimContaining(r, "الدفن سيتم"), SourceType.ANONYMOUS, "عائلتا الضحيتين");
    }

    @Test
    void namedHeadOfAFamiliesAssociationStaysNamed() {
        ExtractionResult r = run(TITLE + "وقال رئيس رابطة أسر المفقودين، سمير حداد، إن السلطات \"لم تفتح أي تحقيق\".");
        Claim c = claimContaining(r, "لم تفتح أي تحقيق");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType(), c.attribution().toString());
    }

    // ---- 4. "وفي بيان …، أعلن X أن" … "وأضاف البيان": the statement speaks for X

    @Test
    void frontedStatementContinuationTakesTheIssuer() {
        ExtractionResult r = run(TITLE + "وفي بيان صادر عن مديرية الإعلام العسكري، أعلنت القوات البحرية أن زوارقها "
                + "\"اعترضت قارباً مشبوهاً\" قبالة الساحل الغربي.\nوأضاف البيان أن طاقم القارب المؤلف من خمسة أشخاص "
                + "سُلّم إلى الشرطة.");
        assertSource(claimContaining(r, "طاقم القارب"), SourceType.OFFICIAL, "القوات البحرية");
    }

    @Test
    void frontedStatementDoesNotSpeakForAnotherDocument() {
        ExtractionResult r = run(TITLE + "وفي بيان صادر مساء الخميس، أعلنت وزارة الزراعة أن موسم الحصاد \"سيبدأ مبكراً\" "
                + "هذا العام.\nوأضاف التقرير أن المساحات المزروعة تراجعت بنحو الخمس.");
        Claim c = claimContaining(r, "المساحات المزروعة");
        assertFalse("وزارة الزراعة".equals(c.attribution().source()), c.attribution().toString());
    }

    @Test
    void frontedVenueThatIsNoDocumentLeavesTheStatementAlone() {
        ExtractionResult r = run(TITLE + "وفي مؤتمر صحفي عقده ظهر الأحد، أعلن المحافظ رامي سلوم أن المعبر \"سيفتح قريباً\".\n"
                + "وأضاف البيان أن حركة الشاحنات ستستأنف تدريجياً.");
        Claim c = claimContaining(r, "حركة الشاحنات");
        assertFalse("رامي سلوم".equals(c.attribution().source()), c.attribution().toString());
    }

    // ---- 5. "، محمد الطاهر الجربي،": a second article-led word closing the appositive is the family name

    @Test
    void secondArticleLedWordClosingTheAppositiveIsTheFamilyName() {
        ExtractionResult r = run(TITLE + "وقال الأمين العام للنقابة الوطنية للأطباء، كمال الهادي الزغلامي، في تصريح "
                + "لـ«الأخبار»، إن نسبة المشاركة في الإضراب \"تجاوزت 80 بالمائة\".\nوأضاف الزغلامي أن النقابة "
                + "راسلت رئاسة الحكومة مرتين.");
        assertSource(claimContaining(r, "نسبة المشاركة"), SourceType.NAMED_PERSON, "كمال الهادي الزغلامي");
        assertSource(claimContaining(r, "راسلت رئاسة الحكومة"), SourceType.NAMED_PERSON, "كمال الهادي الزغلامي");
    }

    @Test
    void nationalityAfterTheAppositiveNameStaysOut() {
        ExtractionResult r = run(TITLE + "وقال الطبيب في مستشفى المدينة، عمر الحكيم السوري، إن الإصابات \"طفيفة\".");
        assertSource(claimContaining(r, "الإصابات"), SourceType.NAMED_PERSON, "عمر الحكيم");
    }

    // ---- 6. "كبير الاقتصاديين في …": a title head, so the appositive name after the comma is the speaker

    @Test
    void seniorTitleTakesTheAppositiveName() {
        ExtractionResult r = run(TITLE + "ويرى كبير المحللين في بنك الخليج، الدكتور سعد العتيبي، أن التضخم "
                + "\"سيتراجع قريباً\".\nوأضاف العتيبي أن أسعار الإيجارات ارتفعت.");
        assertSource(claimContaining(r, "سيتراجع قريباً"), SourceType.NAMED_PERSON, "سعد العتيبي");
        assertSource(claimContaining(r, "أسعار الإيجارات"), SourceType.NAMED_PERSON, "سعد العتيبي");
    }

    @Test
    void unnamedSeniorTitleIsNoPersonalName() {
        ExtractionResult r = run(TITLE + "وقال كبير المفاوضين إن الجولة المقبلة \"حاسمة\".");
        Claim c = claimContaining(r, "الجولة المقبلة");
        assertFalse(c.attribution().sourceType() == SourceType.NAMED_PERSON, c.attribution().toString());
    }

    // ---- 7. the person an institution is named after ("بجامعة محمد الخامس") is no speaker

    @Test
    void universityNamesakeIsNotTheSpeaker() {
        ExtractionResult r = run(TITLE + "ويرى أستاذ الاقتصاد بجامعة محمد الخامس الدكتور يوسف العلمي أن التضخم "
                + "\"سيتراجع قريباً\"، محذراً من أن الأسعار \"لن تنخفض\".");
        assertSource(claimContaining(r, "سيتراجع قريباً"), SourceType.NAMED_PERSON, "يوسف العلمي");
        assertSource(claimContaining(r, "لن تنخفض"), SourceType.NAMED_PERSON, "يوسف العلمي");
    }

    @Test
    void namesakeAfterAnHonorificIsSkippedForTheAppositiveName() {
        ExtractionResult r = run(TITLE + "في المقابل، حذّر أستاذ الجغرافيا بجامعة الإمام مالك بفاس، حسن بنموسى، من أن "
                + "\"الجفاف سيتواصل\"، معتبراً أن السدود \"شبه فارغة\".");
        assertSource(claimContaining(r, "الجفاف سيتواصل"), SourceType.NAMED_PERSON, "حسن بنموسى");
    }

    @Test
    void hospitalNamesakeAloneIsNoNamedSpeaker() {
        ExtractionResult r = run(TITLE + "وقال مدير مستشفى رفيق الحريري الجامعي إن المستشفى استقبل عشرين مصاباً.");
        Claim c = claimContaining(r, "عشرين مصاباً");
        assertFalse(c.attribution().sourceType() == SourceType.NAMED_PERSON, c.attribution().toString());
    }

    @Test
    void nameRightAfterATitleIsStillTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقال مدير المستشفى محمود الخطيب إن المستشفى استقبل عشرين مصاباً.");
        assertSource(claimContaining(r, "عشرين مصاباً"), SourceType.NAMED_PERSON, "محمود الخطيب");
    }

    // ---- 8. "اتهم مدير X بمؤسسة Y Z، المهندس فلان، W بـ…": the ب-chain and the appositive belong to the accuser

    @Test
    void accuserWithAMultiWordPlaceChainAndAppositiveName() {
        ExtractionResult r = run(TITLE + "في المقابل، اتهم مدير قسم الصيانة بشركة الكهرباء الوطنية، المهندس رامي خليفة، "
                + "البلدية بـ\"عرقلة الأشغال\"، وأكد لـ\"الوطن\" أن الشركة أنجزت 80 بالمئة من المشروع.");
        Claim accusation = claimContaining(r, "عرقلة الأشغال");
        assertSource(accusation, SourceType.NAMED_PERSON, "رامي خليفة");
        assertTrue(accusation.text().startsWith("البلدية"), accusation.text());
        assertSource(claimContaining(r, "أنجزت 80 بالمئة"), SourceType.NAMED_PERSON, "رامي خليفة");
    }

    @Test
    void accusationWithoutAnAppositiveKeepsItsAccused() {
        ExtractionResult r = run(TITLE + "واتهم وزير الداخلية بحكومة الإقليم المعارضة بـ\"تأجيج الاحتجاجات\".");
        Claim c = claimContaining(r, "تأجيج الاحتجاجات");
        assertFalse(c.attribution().sourceType() == SourceType.NAMED_PERSON, c.attribution().toString());
    }

    // ---- 9. "ورصدت «X» خلال جولة …" + a noun object: the site's own field observation

    @Test
    void siteObservingOnATourIsTheOutlet() {
        ExtractionResult r = run(TITLE + "ورصدت «منصة الشمال» خلال جولة في السوق أمس لافتات كتب عليها \"مغلق حتى إشعار "
                + "آخر\" على واجهات عشرات المحلات.");
        Claim c = claimContaining(r, "على واجهات عشرات المحلات");
        assertSource(c, SourceType.OUTLET, "منصة الشمال");
        assertTrue(c.text().startsWith("لافتات"), c.text());
    }

    @Test
    void correspondentObservingOnATourIsTheOutlet() {
        ExtractionResult r = run(TITLE + "ورصد مراسل «صوت المدينة» في جولة بالحي صباح اليوم توقف العمل في أربعة من أصل "
                + "تسعة مواقع للبناء.");
        Claim c = claimContaining(r, "تسعة مواقع للبناء");
        assertSource(c, SourceType.OUTLET, "صوت المدينة");
        assertTrue(c.text().startsWith("توقف العمل"), c.text());
    }

    @Test
    void bodyEarmarkingFundsStaysNarration() {
        ExtractionResult r = run(TITLE + "ورصدت الوزارة اعتمادات إضافية لإصلاح الطرق.");
        Claim c = claimContaining(r, "اعتمادات إضافية");
        assertEquals(SourceType.UNATTRIBUTED, c.attribution().sourceType(), c.attribution().toString());
    }

    // ---- 10. "وجاء في التقرير، الذي …، أن": the report's content, spoken for by its issuer

    @Test
    void contentOfARememberedReportTakesItsIssuer() {
        ExtractionResult r = run(TITLE + "أثار تقرير هيئة الرقابة المالية السنوي جدلاً في البرلمان، بعدما كشف أن نحو 400 "
                + "مليون دينار أُنفقت \"خارج الموازنة\".\nوجاء في التقرير، الذي نُشر أمس على موقع الهيئة، أن 30 صفقة "
                + "من أصل 75 أُبرمت \"دون مناقصة\"، وأن شركات محلية تسلّمت مستحقاتها مسبقاً.");
        for (String content : new String[]{"30 صفقة", "شركات محلية تسلّمت"}) {
            Claim c = claimContaining(r, content);
            assertEquals(SourceType.OFFICIAL, c.attribution().sourceType(), c.attribution().toString());
            assertTrue(c.attribution().source().contains("هيئة الرقابة المالية"), c.attribution().toString());
            assertTrue(c.text().startsWith(content), c.text());
        }
    }

    @Test
    void contentOfAnUnknownDocumentStaysNarration() {
        ExtractionResult r = run(TITLE + "وجاء في البيان أن الاجتماع سيعقد الأحد.");
        Claim c = claimContaining(r, "الاجتماع سيعقد");
        assertEquals(SourceType.UNATTRIBUTED, c.attribution().sourceType(), c.attribution().toString());
    }

    @Test
    void cameInARankingIsNoReport() {
        ExtractionResult r = run(TITLE + "أصدرت الهيئة تقريرها السنوي عن جودة الخدمات.\nوجاء في التقرير ترتيب المدينة "
                + "في المرتبة الثالثة بين عشر مدن.");
        Claim c = claimContaining(r, "المرتبة الثالثة");
        assertEquals(SourceType.UNATTRIBUTED, c.attribution().sourceType(), c.attribution().toString());
    }
}
