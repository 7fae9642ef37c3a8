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
}
