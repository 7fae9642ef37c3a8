package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/**
 * attr26 rules, one group per attribution error class of heldout20 (a form-III verb of observation in "بحسب ما
 * عاينه", a news agency back-referred with ذاتها/نفسها, a common-noun title before a citizen's name, "أما X، NAME،
 * فقد"); all sentences invented.
 */
class ArabicAttributionAttr26Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    private static void assertSource(Claim c, SourceType t, String source) {
        assertEquals(t, c.attribution().sourceType(), c.attribution().toString());
        assertEquals(source, c.attribution().source(), c.attribution().toString());
    }

    // ---- 1. "بحسب ما عاينه «X»": a form-III verb with the resumptive pronoun, then the site that observed

    @Test
    void observedByQuotedSiteIsTheOutlet() {
        ExtractionResult r = run(TITLE + "أغلق المحتجون الطريق الساحلي المؤدي إلى مدينة الجديدة لساعات، بحسب ما عاينه "
                + "«المرصد 36» صباح اليوم.");
        assertSource(claimContaining(r, "أغلق المحتجون الطريق"), SourceType.OUTLET, "المرصد 36");
    }

    @Test
    void watchedBySiteAfterMawqi3IsTheOutlet() {
        ExtractionResult r = run(TITLE + "تراجع عدد الزبائن في سوق السمك بشكل لافت، وفق ما شاهده موقع الجهة 18 خلال جولة.");
        Claim c = claimContaining(r, "تراجع عدد الزبائن");
        assertEquals(SourceType.OUTLET, c.attribution().sourceType(), c.attribution().toString());
        assertTrue(c.attribution().source().endsWith("الجهة 18"), c.attribution().toString());
    }

    @Test
    void observedByInspectorsIsNoOutlet() {
        ExtractionResult r = run(TITLE + "توقفت الأشغال في ورشة الجسر منذ أسبوعين، بحسب ما عاينه مفتشو وزارة التجهيز.");
        Claim c = claimContaining(r, "توقفت الأشغال");
        assertNotEquals(SourceType.OUTLET, c.attribution().sourceType(), c.attribution().toString());
        assertTrue(c.attribution().source().startsWith("مفتشو"), c.attribution().toString());
    }

    // ---- 2. "الوكالة ذاتها": the news agency cited before, even when it last relayed someone else

    @Test
    void sameAgencyAfterRelayIsTheOutlet() {
        ExtractionResult r = run(TITLE + "ونقلت وكالة تونس إفريقيا للأنباء عن مصدر في وزارة الفلاحة أن المخزون "
                + "\"يكفي لثلاثة أشهر\"، في حين أفادت الوكالة ذاتها بأن الأسعار ارتفعت في أسواق صفاقس.");
        assertSource(claimContaining(r, "الأسعار ارتفعت"), SourceType.OUTLET, "وكالة تونس إفريقيا للأنباء");
    }

    @Test
    void sameAgencyWithNafsihaIsTheOutlet() {
        ExtractionResult r = run(TITLE + "ذكرت وكالة الأنباء الأردنية أن الأمطار غمرت شوارع في الزرقاء. وقالت الوكالة "
                + "نفسها إن فرق الدفاع المدني أخلت عشرين أسرة.");
        assertSource(claimContaining(r, "أخلت عشرين أسرة"), SourceType.OUTLET, "وكالة الأنباء الأردنية");
    }

    @Test
    void sameRatingAgencyIsNoOutlet() {
        ExtractionResult r = run(TITLE + "خفّضت وكالة موديز تصنيف البنك المركزي. وقالت الوكالة ذاتها إن الدين العام "
                + "تجاوز سبعين مليار دولار.");
        Claim c = claimContaining(r, "الدين العام");
        assertNotEquals(SourceType.OUTLET, c.attribution().sourceType(), c.attribution().toString());
    }

    // ---- 4. "المواطن NAME": a common-noun title before a personal name, the person is the source

    @Test
    void citizenWithJoinedAbdNameIsNamed() {
        ExtractionResult r = run(TITLE + "وقال المواطن سالم عبدالكريم (٥٢ عاماً)، من أهالي المحرق، لـ«الوسط»: \"انتظرت "
                + "عشر سنوات ولم أحصل على شيء\".");
        assertSource(claimContaining(r, "انتظرت"), SourceType.NAMED_PERSON, "سالم عبدالكريم");
    }

    @Test
    void citizenWithPlainNameIsNamed() {
        ExtractionResult r = run(TITLE + "وقالت المواطنة هدى الشامي إن المياه \"مقطوعة منذ أسبوع\".");
        assertSource(claimContaining(r, "مقطوعة منذ أسبوع"), SourceType.NAMED_PERSON, "هدى الشامي");
    }

    @Test
    void residentWithUnlistedGivenNameIsNamed() {
        ExtractionResult r = run(TITLE + "وقال المقيم ضرغام عبدالواحد (٣٩ عاماً)، من سكان الحي، لـ«الميدان»: \"الماء لا "
                + "يصل إلى الطابق الثاني منذ شهرين\".");
        assertSource(claimContaining(r, "الماء لا يصل"), SourceType.NAMED_PERSON, "ضرغام عبدالواحد");
    }

    @Test
    void citizenWithDescriptionIsNoName() {
        ExtractionResult r = run(TITLE + "وقال المواطن البسيط في هذه المدينة إن الأسعار \"لم تعد تحتمل\".");
        Claim c = claimContaining(r, "لم تعد تحتمل");
        assertNotEquals(SourceType.NAMED_PERSON, c.attribution().sourceType(), c.attribution().toString());
    }

    // ---- 3. "غير أن مصدراً من تجمع X": an unnamed source inside a body, ANONYMOUS, no stray fragment

    @Test
    void sourceFromGroupingAfterGhayrAnnaIsAnonymous() {
        ExtractionResult r = run(TITLE + "غير أن مصدراً من تجمع الصيادلة الجزائريين نفى، في اتصال مع الجريدة، وجود أي \"اتفاق على رفع الأسعار\"، "
                + "لافتاً إلى أن كلفة الطحين \"تضاعفت خلال عام\".");
        assertSource(claimContaining(r, "اتفاق على رفع"), SourceType.ANONYMOUS, "مصدر من تجمع الصيادلة الجزائريين");
        assertSource(claimContaining(r, "كلفة الطحين"), SourceType.ANONYMOUS, "مصدر من تجمع الصيادلة الجزائريين");
        assertTrue(r.claims().stream().noneMatch(c -> c.text().contains("غير أن")), r.claims().toString());
    }

    @Test
    void sourceInMinistryAfterGhayrAnnaIsAnonymous() {
        ExtractionResult r = run(TITLE + "غير أن مصدراً في وزارة الزراعة أكد أن المحصول \"أفضل من العام الماضي\".");
        assertSource(claimContaining(r, "أفضل من العام"), SourceType.ANONYMOUS, "مصدر في وزارة الزراعة");
    }

    // ---- 5. "أما محافظ X، NAME، فقد أعلن": the topic with its appositive name speaks; فقد is no speaker

    @Test
    void ammaTitleNameFaqadIsTheNamedPerson() {
        ExtractionResult r = run(TITLE + "أما رئيس بلدية صور، سامر الحلبي، فقد أعلن في مؤتمر صحفي أن البلدية "
                + "\"ستعيد فتح السوق الأسبوع المقبل\"، مؤكداً أنه طلب دعماً من الوزارة.");
        assertSource(claimContaining(r, "ستعيد فتح السوق"), SourceType.NAMED_PERSON, "سامر الحلبي");
        assertSource(claimContaining(r, "طلب دعماً"), SourceType.NAMED_PERSON, "سامر الحلبي");
        assertTrue(r.claims().stream().noneMatch(c -> c.text().startsWith("أما")), r.claims().toString());
    }

    @Test
    void ammaDescriptionStaysTheFirstName() {
        ExtractionResult r = run(TITLE + "أما ليلى، وهي ممرضة من طرابلس، فتقول إن الرواتب \"متأخرة منذ ثلاثة أشهر\".");
        assertSource(claimContaining(r, "متأخرة منذ"), SourceType.NAMED_PERSON, "ليلى");
    }
}
