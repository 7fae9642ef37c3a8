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

/** Speaker rules added for unseen-article attribution errors (each with invented example sentences). */
class ArabicSpeakerRulesTest {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void anonymityAsideBetweenSpeakerAndComplementiserIsSkipped() {
        ExtractionResult r = run(TITLE + "وقال مسؤول في البلدية، طلب عدم الكشف عن اسمه لأنه غير مخول بالحديث إلى "
                + "الإعلام، إن شبكة المياه تضررت بشكل كبير، وإنهم يحتاجون إلى شهرين لإصلاحها.\n"
                + "وأضاف المسؤول أن فرق الصيانة لم تتلق أي تمويل منذ بداية العام الحالي.");
        Claim a = claimContaining(r, "شبكة المياه");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals("مسؤول في البلدية", a.attribution().source());
        assertTrue(a.text().startsWith("شبكة المياه"), a.text());
        Claim b = claimContaining(r, "يحتاجون إلى شهرين");
        assertEquals(SourceType.ANONYMOUS, b.attribution().sourceType());
        assertEquals("مسؤول في البلدية", b.attribution().source());
        assertEquals("مسؤول في البلدية", claimContaining(r, "فرق الصيانة").attribution().source());
    }

    @Test
    void notAuthorisedAsideAloneMakesTheSpeakerAnonymous() {
        ExtractionResult r = run(TITLE + "وقال ضابط في الشرطة، غير مخول بالتصريح، إن التحقيقات كشفت تورط موظفين في "
                + "المطار بعمليات التهريب.");
        Claim a = claimContaining(r, "التحقيقات كشفت");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals("ضابط في الشرطة", a.attribution().source());
    }

    @Test
    void mediaAdjectiveAfterAnInstitutionIsNotAnHonorific() {
        ExtractionResult r = run(TITLE + "وقال المكتب الإعلامي لجماعة المعارضة إن القصف أدى إلى تدمير مدرستين في "
                + "البلدة.\nوقال الكاتب الصحفي سمير حداد إن الحكومة تأخرت في الاستجابة للأزمة الإنسانية.");
        Claim a = claimContaining(r, "تدمير مدرستين");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertTrue(a.attribution().source().startsWith("المكتب الإعلامي"), a.attribution().source());
        Claim b = claimContaining(r, "تأخرت في الاستجابة");
        assertEquals(SourceType.NAMED_PERSON, b.attribution().sourceType());
        assertEquals("سمير حداد", b.attribution().source());
    }

    @Test
    void memberWithAnAppositiveNameIsNamedWithoutOneAnonymous() {
        ExtractionResult r = run(TITLE + "قالت عضو المجلس البلدي، هالة منصور، إن المشروع سيوفر مئات فرص العمل لشباب "
                + "المنطقة.\nوقال عضو في لجنة المفاوضات إن المحادثات مع الجانب الحكومي وصلت إلى طريق مسدود.");
        Claim a = claimContaining(r, "فرص العمل");
        assertEquals(SourceType.NAMED_PERSON, a.attribution().sourceType());
        assertEquals("هالة منصور", a.attribution().source());
        Claim b = claimContaining(r, "طريق مسدود");
        assertEquals(SourceType.ANONYMOUS, b.attribution().sourceType());
        assertEquals("عضو في لجنة المفاوضات", b.attribution().source());
    }

    @Test
    void unnamedGroupsOfPeopleAreAnonymous() {
        ExtractionResult r = run(TITLE + "وأفاد صيادون في الميناء بأن دوريات بحرية منعتهم من الإبحار منذ ثلاثة أيام.\n"
                + "وقال سائقو الشاحنات إن الانتظار على المعبر تجاوز عشرة أيام بسبب الإجراءات الجديدة.");
        Claim a = claimContaining(r, "دوريات بحرية");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals("صيادون في الميناء", a.attribution().source());
        Claim b = claimContaining(r, "الانتظار على المعبر");
        assertEquals(SourceType.ANONYMOUS, b.attribution().sourceType());
        assertEquals("سائقو الشاحنات", b.attribution().source());
    }

    @Test
    void correspondentOfANamedOutletIsTheOutlet() {
        ExtractionResult r = run(TITLE + "وبحسب مراسل “سكاي نيوز عربية” في بيروت، فإن الطائرات المسيرة حلقت فوق الضاحية "
                + "طوال الليل.\nوأفادت مراسلة وكالة رويترز بأن المتظاهرين أغلقوا الطريق المؤدي إلى المطار.");
        Claim a = claimContaining(r, "حلقت فوق الضاحية");
        assertEquals(SourceType.OUTLET, a.attribution().sourceType());
        assertEquals("سكاي نيوز عربية", a.attribution().source());
        Claim b = claimContaining(r, "أغلقوا الطريق");
        assertEquals(SourceType.OUTLET, b.attribution().sourceType());
        assertTrue(b.attribution().source().contains("رويترز"), b.attribution().source());
    }

    @Test
    void spokeOfIntroducesReportedContent() {
        ExtractionResult r = run(TITLE + "وتحدث ناشطون عن اعتقال عشرات الشبان خلال حملة دهم في الأحياء الشرقية.");
        Claim a = claimContaining(r, "اعتقال عشرات الشبان");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals("ناشطون", a.attribution().source());
        assertTrue(a.text().startsWith("اعتقال"), a.text());
        assertFalse(a.text().contains("تحدث"), a.text());
    }

    @Test
    void officialNewsAgencyIsAnOutlet() {
        ExtractionResult r = run(TITLE + "وذكرت الوكالة الرسمية أن الرئيس استقبل وفداً من رجال الأعمال في القصر.");
        Claim a = claimContaining(r, "استقبل وفداً");
        assertEquals(SourceType.OUTLET, a.attribution().sourceType());
    }

    @Test
    void threateningParticipleContinuesTheSpeaker() {
        ExtractionResult r = run(TITLE + "وأعلن الجيش في بيان أنه دمر ثلاثة مستودعات للأسلحة قرب الحدود، متوعداً "
                + "بمواصلة العمليات حتى إنهاء وجود المسلحين في المنطقة.");
        Claim a = claimContaining(r, "بمواصلة العمليات");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertEquals("الجيش", a.attribution().source());
        assertFalse(a.text().contains("مستودعات"), a.text());
    }

    @Test
    void negatedVerbAfterCommaOpensANewClause() {
        ExtractionResult r = run(TITLE + "وقال أحد المزارعين إن الحريق أتى على محصول القمح كله، ولم تصل سيارات الإطفاء "
                + "إلا بعد ساعتين.\nوقال المحلل إن السوق تعاني، ولا سيما قطاع العقارات الذي خسر نصف قيمته هذا العام.");
        Claim a = claimContaining(r, "محصول القمح");
        assertFalse(a.text().contains("سيارات الإطفاء"), a.text());
        Claim b = claimContaining(r, "سيارات الإطفاء");
        assertTrue(b.text().startsWith("ولم"), b.text());
        assertEquals(a.attribution().source(), b.attribution().source());
        assertTrue(claimContaining(r, "السوق تعاني").text().contains("ولا سيما"), "ولا سيما does not split");
    }

    @Test
    void indefiniteTitleWithAdjectivesAndAnAudienceIsAnUnnamedOfficial() {
        ExtractionResult r = run(TITLE + "وقال متحدث عسكري تركي للصحافيين إن القوات دمرت أربعة أنفاق قرب الحدود الجنوبية.");
        Claim a = claimContaining(r, "أربعة أنفاق");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertEquals("متحدث عسكري تركي", a.attribution().source());
    }

    @Test
    void agencyAfterATitleIsAGenitiveUnlessItIsANewsAgency() {
        ExtractionResult r = run(TITLE + "وقال المدير العام لوكالة الطاقة الذرية إن المفتشين لم يتمكنوا من دخول المنشأة.\n"
                + "وقال المتحدث باسم الحكومة لوكالة رويترز إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة.");
        Claim a = claimContaining(r, "المفتشين");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertTrue(a.attribution().source().contains("الطاقة الذرية"), a.attribution().source());
        Claim b = claimContaining(r, "المفاوضات ستستأنف");
        assertTrue(b.attribution().outlet() != null && b.attribution().outlet().contains("رويترز"), b.attribution().outlet());
        assertFalse(b.attribution().source().contains("رويترز"), b.attribution().source());
    }

    @Test
    void accusationVerbSeparatesSpeakerAccusedAndCharge() {
        ExtractionResult r = run(TITLE + "واتهم وزير الداخلية المعارضة بتخريب محطات الكهرباء في ثلاث محافظات.\n"
                + "ويتهم سكان محليون فصيل \"الحمزات\" بالاستيلاء على أراضيهم الزراعية منذ سنوات.");
        Claim a = claimContaining(r, "بتخريب محطات");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertEquals("وزارة الداخلية", a.attribution().source()); // v18: an unnamed minister cites the ministry
        assertTrue(a.text().startsWith("المعارضة"), a.text());
        Claim b = claimContaining(r, "بالاستيلاء");
        assertEquals(SourceType.ANONYMOUS, b.attribution().sourceType());
        assertEquals("سكان محليون", b.attribution().source());
        assertTrue(b.text().startsWith("فصيل"), b.text());
    }

    @Test
    void aCueWhoseSpeakerSwallowsTheObjectKeepsTheSentence() {
        ExtractionResult r = run(TITLE + "أعلن وزير الصحة الأردني الدكتور فراس الهواري.");
        assertTrue(r.claims().isEmpty() || !r.claims().get(0).text().isBlank());
        ExtractionResult r2 = run(TITLE + "وكشف المسؤولون المحليون العاملون في الإدارة المدنية الجديدة للمنطقة الشرقية.");
        assertEquals(1, r2.claims().size(), "the sentence stays a (narration) claim");
    }

    @Test
    void unnamedOfficialTakesItsPlace() {
        ExtractionResult r = run(TITLE + "وقال مسؤول في وزارة النقل إن القطار سيعود إلى العمل بعد أسبوعين من الصيانة.");
        Claim a = claimContaining(r, "القطار سيعود");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertEquals("مسؤول في وزارة النقل", a.attribution().source());
    }

    @Test
    void aConnectorBeforeAPreposedAccusativeSourceIsDroppedAndTheSourceStaysAnonymous() {
        ExtractionResult r = run(TITLE + "وأعلنت الحكومة انتهاء الأزمة. لكن مصدراً طبياً في المدينة أكد لـ“الجزيرة” أن "
                + "المستشفى استقبل عشرات الجرحى خلال الليل.");
        Claim a = claimContaining(r, "المستشفى استقبل");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        // cited in the nominative since attribution-v7 (CitedSource), as the gold guideline cites sources
        assertEquals("مصدر طبي في المدينة", a.attribution().source());
        assertEquals("الجزيرة", a.attribution().outlet());
    }

    @Test
    void anIndefinitePluralOfPeopleIsAnonymousButUnnamedOfficialsAreNot() {
        ExtractionResult r = run(TITLE + "وقال مزارعون في سهل الغاب إن المحصول تراجع إلى النصف هذا العام.\n"
                + "وقال مسؤولون في وزارة الزراعة إن الدعم سيصل قبل نهاية الشهر.");
        Claim a = claimContaining(r, "المحصول تراجع");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertTrue(a.attribution().source().startsWith("مزارعون"), a.attribution().source());
        assertFalse(SourceType.ANONYMOUS == claimContaining(r, "الدعم سيصل").attribution().sourceType());
    }
}
