package org.isnad.extraction.engine.boilerplate;

import static org.isnad.extraction.engine.TestSupport.anyClaimContains;
import static org.isnad.extraction.engine.TestSupport.coveredByBoilerplate;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round bp24 (heldout19's leaks): embedded tweets and Facebook posts recognised as a block by their header, meta and
 * trailer lines ({@link EmbeddedPosts}); an author bio opening with the author's name ({@link PageFurniture}); a
 * breadcrumb drawn with left-pointing separators ({@link NavigationLines}). All lines invented.
 */
class EmbeddedPostsAndBioTest {
    private static final String TITLE = "الأمطار تغمر أحياء في مدينة الساحل\n";
    private static final String BODY = TITLE
            + "قال رئيس بلدية الساحل نبيل الحكيم إن فرق الطوارئ أخلت أكثر من ثلاثين عائلة من الأحياء المنخفضة ليلة أمس.\n";
    private static final String AFTER = "وأضاف الحكيم أن المدارس ستبقى مغلقة حتى يوم الخميس المقبل على الأقل بسبب تضرر الطرق.\n";

    private static void assertBlockIsFurniture(String block, String... lines) {
        String text = BODY + block + AFTER;
        ExtractionResult r = run(text);
        for (String line : lines) {
            assertTrue(coveredByBoilerplate(text, r, line), "not boilerplate: " + line + " -> " + r.boilerplate());
            assertFalse(anyClaimContains(r, line), "claim from: " + line);
        }
        assertFalse(coveredByBoilerplate(text, r, AFTER.strip()), "the body after the embed is content");
    }

    @Test
    void tweetWithHeaderPictureLinkAndTrailerIsOneBlock() {
        String header = "الدفاع المدني في الساحل @CivilDef_Coast";
        String post = "فرقنا تواصل ضخ المياه من الأنفاق المغمورة في حي الميناء #الساحل pic.twitter.com/Ab12Cd34Ef";
        String trailer = "— الدفاع المدني في الساحل (@CivilDef_Coast) April 2, 2026";
        assertBlockIsFurniture(header + "\n" + post + "\n" + trailer + "\n", header, post, trailer);
    }

    @Test
    void tweetWithoutPictureIsTheTextBeforeTheTrailer() {
        String post = "نطمئن الأهالي بأن محطة الضخ الرئيسية عادت إلى العمل بكامل طاقتها صباح اليوم";
        String trailer = "— شركة مياه الساحل (@CoastWater) April 3, 2026";
        assertBlockIsFurniture(post + "\n" + trailer + "\n", post, trailer);
    }

    @Test
    void tweetHeaderWithDateAfterTheHandle() {
        String header = "وزارة النقل @Transport_Min · 3 نيسان 2026";
        String post = "#عاجل: إغلاق الطريق الساحلي أمام حركة الشاحنات حتى إشعار آخر pic.twitter.com/Zz9Yy8Xx7W";
        assertBlockIsFurniture(header + "\n" + post + "\n", header, post);
    }

    @Test
    void facebookPostWithVerifiedPageMetaLineAndSeeMore() {
        String header = "Coast Municipality - بلدية الساحل ✔️";
        String meta = "منذ ساعتين · 🌐";
        String post = "#الساحل | تعلن البلدية عن فتح مراكز إيواء مؤقتة في المدارس الحكومية... عرض المزيد";
        assertBlockIsFurniture(header + "\n" + meta + "\n" + post + "\n", header, meta, post);
    }

    @Test
    void instagramPostBetweenItsLabelAndItsSharedByLineIsOneBlock() {
        String label = "عرض هذا المنشور على Instagram";
        String post = "فرقنا الميدانية تواصل فتح قنوات التصريف في الأحياء الشرقية منذ ساعات الفجر";
        String sharedBy = "منشور تمت مشاركته بواسطة بلدية الساحل الشرقي (@coast.municipality)";
        assertBlockIsFurniture(label + "\n" + post + "\n" + sharedBy + "\n", label, post, sharedBy);
        String english = "A post shared by Coast Civil Defence (@coast_cd)";
        assertBlockIsFurniture("View this post on Instagram\n" + english + "\n", "View this post on Instagram", english);
    }

    /** Body sentences that mention Twitter, a handle or a hashtag, and a checked list line without a post, stay. */
    @ParameterizedTest
    @ValueSource(strings = {
            "وكتب الوزير على حسابه في تويتر @Transport_Min أن الطريق الساحلي سيفتح غداً أمام حركة السيارات.",
            "وتصدّر وسم #الساحل_يغرق قائمة الأكثر تداولاً في البلاد خلال الساعات الماضية، وفق ما رصدته الصحيفة.",
            "وأعلنت البلدية في منشور على صفحتها في فيسبوك أن مراكز الإيواء استقبلت مئتي شخص حتى المساء.",
            "تم توزيع ألف وجبة ساخنة على العائلات ✅",
            "ونشرت البلدية على حسابها في إنستغرام (@coast.municipality) صوراً لفرق التصريف وهي تعمل في الأحياء الشرقية.",
            "تمت مشاركته بواسطة آلاف المستخدمين خلال ساعة واحدة، بحسب ما رصده فريق التحقق في الصحيفة."})
    void bodySentencesAboutSocialMediaStayContent(String line) {
        TestSupport.assertContentAfter(BODY, line);
    }

    @Test
    void authorBioOpeningWithTheNameIsFurniture() {
        TestSupport.assertFurnitureAfter(BODY,
                "سليم العطار صحفي مختص في شؤون البيئة والمناخ، يغطي الكوارث الطبيعية في المنطقة منذ 2017.");
    }

    @Test
    void journalistIntroducedInProseIsNoBio() {
        TestSupport.assertContentAfter(BODY,
                "وقال سليم العطار، وهو صحفي مختص في شؤون البيئة، إن السيول جرفت عشرات السيارات في الوادي.");
        TestSupport.assertContentAfter(BODY,
                "وأكد العطار صحفي الميدان أن السيول جرفت عشرات السيارات في الوادي مساء الأحد.");
    }

    @Test
    void breadcrumbWithLeftPointingSeparatorsIsFurniture() {
        String crumb = "الرئيسية ‹ محليات ‹ الساحل";
        String text = TITLE + crumb + "\n" + BODY.substring(TITLE.length());
        assertTrue(coveredByBoilerplate(text, run(text), crumb));
    }
}
