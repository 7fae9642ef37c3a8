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

/** v8 rules from the heldout7 error classes; every sentence is invented for the test. */
class ArabicAttributionV8Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static boolean anyClaimContains(ExtractionResult r, String s) {
        return r.claims().stream().anyMatch(c -> c.text().contains(s));
    }

    @Test
    void denialAfterFimaOpensItsOwnReportWithTheDeniedObject() {
        ExtractionResult r = run(TITLE + "وقال ناشطون محليون إن المياه الملوثة وصلت إلى ثلاث قرى في الوادي، فيما نفت "
                + "مديرية المياه في محافظة الشمال وجود أي تلوث في الشبكة، مؤكدة أن الفحوص اليومية سليمة.");
        Claim denied = claimContaining(r, "تلوث في الشبكة");
        assertTrue(denied.text().startsWith("وجود"), denied.text());
        assertEquals(SourceType.OFFICIAL, denied.attribution().sourceType());
        assertTrue(denied.attribution().source().startsWith("مديرية المياه"), denied.attribution().source());
        Claim confirmed = claimContaining(r, "الفحوص اليومية");
        assertEquals(SourceType.OFFICIAL, confirmed.attribution().sourceType());
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "المياه الملوثة").attribution().sourceType());
    }

    @Test
    void denialWithAStatementOccasionFindsTheObjectByItsHead() {
        ExtractionResult r = run(TITLE + "وأكدت الشرطة أن الانفجار نجم عن عبوة ناسفة، بينما نفى \"اتحاد الطلبة\" في "
                + "بيان نشرته صفحته الرسمية أي صلة له بالحادث، زاعماً أن الشرطة \"تبحث عن كبش فداء\".");
        Claim denied = claimContaining(r, "صلة له بالحادث");
        assertTrue(denied.text().startsWith("أي"), denied.text());
        assertEquals("اتحاد الطلبة", denied.attribution().source());
        assertEquals("اتحاد الطلبة", claimContaining(r, "كبش فداء").attribution().source());
    }

    @Test
    void pluralAccusationVerbKeepsThePreviousSpeaker() {
        ExtractionResult r = run(TITLE + "وقال مزارعون في سهل البقاع إن الجفاف أتلف نصف المحصول هذا الموسم، واتهموا "
                + "الوزارة المختصة بـ\"التقاعس عن دفع التعويضات\".");
        Claim c = claimContaining(r, "التقاعس");
        assertEquals(SourceType.ANONYMOUS, c.attribution().sourceType());
        assertTrue(c.attribution().source().startsWith("مزارعون"), c.attribution().source());
    }

    @Test
    void singleNounBeforeTheChargeIsTheAccusedNotTheSpeaker() {
        ExtractionResult r = run(TITLE + "ورأى النائب المستقل، فارس الدباغ، أن \"الموازنة الجديدة لا تلبي حاجات "
                + "الناس\"، واتهم البلدية بـ\"هدر المال العام على مشاريع وهمية\".");
        Claim c = claimContaining(r, "هدر المال العام");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("فارس الدباغ", c.attribution().source());
    }

    @Test
    void finiteDemandIsNotAClaimAndItsParticipleKeepsTheSurnameSpeaker() {
        ExtractionResult r = run(TITLE + "وقال رئيس النقابة، حسام نبيل، إن الأجور لم ترتفع منذ خمس سنوات.\n"
                + "وطالب نبيل الحكومة المركزية بزيادة الأجور فوراً، مؤكداً أن \"التضخم التهم نصف القدرة الشرائية\".");
        assertFalse(anyClaimContains(r, "بزيادة الأجور"), r.claims().toString());
        Claim c = claimContaining(r, "التضخم التهم");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("حسام نبيل", c.attribution().source());
    }

    @Test
    void oneOfTheGroupSpeaksForTheGroup() {
        ExtractionResult r = run(TITLE + "وأكد بحارة في مرفأ المدينة أن الأسماك تراجعت بشكل حاد هذا العام، وتابع "
                + "أحدهم: \"لم نعد نغطي ثمن الوقود\".");
        Claim group = claimContaining(r, "الأسماك تراجعت");
        assertEquals(SourceType.ANONYMOUS, group.attribution().sourceType());
        Claim one = claimContaining(r, "ثمن الوقود");
        assertEquals(SourceType.ANONYMOUS, one.attribution().sourceType());
        assertEquals(group.attribution().source(), one.attribution().source());
    }

    @Test
    void correspondentOfALatinScriptOutletIsTheOutlet() {
        ExtractionResult r = run(TITLE + "أفاد مراسل BBC في المدينة بأن الأسواق أغلقت أبوابها منذ الصباح.\n"
                + "وانقطعت الكهرباء عن معظم الأحياء الشرقية، بحسب المراسل.");
        Claim a = claimContaining(r, "الأسواق أغلقت");
        assertEquals(SourceType.OUTLET, a.attribution().sourceType());
        assertEquals("BBC", a.attribution().source());
        Claim b = claimContaining(r, "انقطعت الكهرباء");
        assertEquals(SourceType.OUTLET, b.attribution().sourceType());
        assertEquals("BBC", b.attribution().source());
    }

    @Test
    void definiteDocumentContinuationKeepsTheIssuer() {
        ExtractionResult r = run(TITLE + "أظهرت بيانات التجارة الفصلية الصادرة عن وزارة الاقتصاد أن الصادرات ارتفعت "
                + "بنسبة 9%.\nوأوضحت البيانات أن الواردات تراجعت إلى أدنى مستوى منذ عقد.");
        Claim a = claimContaining(r, "الصادرات ارتفعت");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertEquals("وزارة الاقتصاد", a.attribution().source());
        Claim b = claimContaining(r, "الواردات تراجعت");
        assertEquals(SourceType.OFFICIAL, b.attribution().sourceType());
        assertEquals("وزارة الاقتصاد", b.attribution().source());
    }

    @Test
    void statisticPreparedByAnOutletIsTheOutlets() {
        ExtractionResult r = run(TITLE + "وهذه هي الحادثة الخامسة على الطريق السريع منذ بداية العام، بحسب إحصائية "
                + "أعدتها الجزيرة استناداً إلى سجلات المستشفيات.");
        Claim c = claimContaining(r, "الحادثة الخامسة");
        assertEquals(SourceType.OUTLET, c.attribution().sourceType());
        assertEquals("الجزيرة", c.attribution().source());
    }

    @Test
    void gluedLamAfterWifqanIsNotPartOfTheSource() {
        ExtractionResult r = run(TITLE + "وتضررت عشرات المنازل جراء السيول في البلدة الجبلية، وفقاً لمصادر محلية.\n"
                + "وتراجع منسوب المياه في السد إلى النصف خلال شهر، وفقاً لمديرية الموارد المائية في المحافظة.");
        Claim a = claimContaining(r, "عشرات المنازل");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals("مصادر محلية", a.attribution().source());
        Claim b = claimContaining(r, "منسوب المياه");
        assertEquals(SourceType.OFFICIAL, b.attribution().sourceType());
        assertTrue(b.attribution().source().startsWith("مديرية الموارد"), b.attribution().source());
    }

    @Test
    void namedSpeakerWhoRelaysSourcesStaysTheSource() {
        ExtractionResult r = run(TITLE + "وقال قائد الشرطة المحلية، العقيد ماهر السالم، نقلاً عن شهود في السوق، إن "
                + "المهاجمين فروا باتجاه الجبال.");
        Claim c = claimContaining(r, "فروا باتجاه");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("ماهر السالم", c.attribution().source());
    }

    @Test
    void acronymClosesTheInstitutionNameAndIsCited() {
        ExtractionResult r = run(TITLE + "وأعلنت منظمة الصحة العالمية (WHO) تعليق حملة التطعيم في الإقليم بسبب "
                + "المعارك.");
        Claim c = claimContaining(r, "حملة التطعيم");
        assertEquals(SourceType.OFFICIAL, c.attribution().sourceType());
        assertTrue(c.attribution().source().contains("WHO"), c.attribution().source());
        assertFalse(c.attribution().source().contains("تعليق"), c.attribution().source());
    }

    @Test
    void warningParticipleWithMinAnTakesItsComplement() {
        ExtractionResult r = run(TITLE + "وقال الخبير البيئي نادر فهمي إن منسوب البحيرة انخفض مترين هذا الصيف، محذراً "
                + "من أن \"الجفاف سيطال المزارع المجاورة قريباً\".");
        Claim c = claimContaining(r, "الجفاف سيطال");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("نادر فهمي", c.attribution().source());
        assertFalse(c.text().contains("محذراً"), c.text());
    }

    @Test
    void bareWordAfterADefiniteSubjectStartsTheObject() {
        ExtractionResult r = run(TITLE + "وقالت مصادر محلية إن السيول جرفت عشرات السيارات، فيما أعلن الدفاع المدني "
                + "إنقاذ 14 شخصاً من المياه.\nونفت البلدية صحة التقارير التي تحدثت عن انهيار الجسر.\n"
                + "وأعلن الرئيس الفرنسي إيمانويل ماكرون تخصيص مساعدات عاجلة للمتضررين.");
        Claim rescue = claimContaining(r, "14 شخصاً");
        assertEquals(SourceType.OFFICIAL, rescue.attribution().sourceType());
        assertEquals("الدفاع المدني", rescue.attribution().source());
        Claim denied = claimContaining(r, "انهيار الجسر");
        assertEquals("البلدية", denied.attribution().source());
        assertTrue(denied.text().startsWith("صحة"), denied.text());
        // after a title head the bare words are a name, not the object: the title is never cut off as the speaker
        assertTrue(r.claims().stream().noneMatch(c -> "الرئيس الفرنسي".equals(c.attribution().source())),
                r.claims().toString());
    }

    @Test
    void amountGoingToSomethingIsNotAReport() {
        ExtractionResult r = run(TITLE + "وارتفع الإنفاق الحكومي إلى 12 مليار دولار، ذهب نحو 60% منه إلى الأجور "
                + "والمعاشات.");
        assertTrue(r.claims().stream().noneMatch(c -> c.attribution().sourceType() == SourceType.OFFICIAL),
                r.claims().toString());
    }

    @Test
    void coordinatedAfalVerbWithObjectPronounOpensAClause() {
        ExtractionResult r = run(TITLE + "وذكرت الوكالة الرسمية أن البرلمان صادق على قانون الانتخابات الجديد، وأرسله "
                + "إلى الرئاسة للتوقيع عليه.\nوتواصلت الاحتجاجات في العاصمة، وإدارة الجامعة أغلقت أبوابها.");
        Claim sent = claimContaining(r, "إلى الرئاسة");
        assertTrue(sent.text().startsWith("وأرسله"), sent.text());
        assertFalse(claimContaining(r, "قانون الانتخابات").text().contains("وأرسله"));
    }
}
