package org.isnad.extraction.engine.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Live-blog stamps and video links ({@link LiveBlogLines}), captions closed by a credit ({@link CaptionCredits}),
 * correction notes ({@link CorrectionNotice}) and the comments' opinion disclaimer ({@link CommentPolicy}).
 */
class LiveBlogCaptionCorrectionTest {
    private static final String BODY = "عنوان الخبر هنا\n"
            + "قال وزير النقل رامي سعادة إن حركة الشحن في ميناء الجنوب ارتفعت بنسبة ملحوظة خلال الربع الأول من العام.\n";

    @ParameterizedTest
    @ValueSource(strings = {"09:35 (بتوقيت القدس)", "21:05", "7:50 م", "11:20 GMT", "16:45 (توقيت غرينتش)",
            "شاهد: رجال الإطفاء يخمدون حريقاً في سوق الخضار (2:07)",
            "فيديو: طوابير أمام محطات الوقود في المدينة (1:03:20)",
            "تغطية مستمرة", "فيديو ذو صلة", "تغطية مباشرة",
            "صورة: عمال يصلحون خط المياه الرئيسي قرب جسر الشهداء شمالي المدينة (أرشيف وكالة الرافد)",
            "جانب من الأضرار في سوق الذهب بعد الحريق - تصوير: سمير العلي",
            "طلاب ينتظرون نتائج الامتحانات أمام المدرسة (تصوير: ليلى حمدان)",
            "تصحيح: ذكرت نسخة سابقة من هذا التقرير أن الجسر يقع في حي النخيل، والصحيح أنه في حي الورود.",
            "نعتذر لقرائنا عن هذا الخطأ.",
            "الآراء الواردة في التعليقات تعبر عن كتابها وليس عن رأي الصحيفة"})
    void furnitureLinesAreBoilerplate(String line) {
        TestSupport.assertFurnitureAfter(BODY, line);
    }

    /** Real sentences that start the same way (a clock, a watch verb, a correction, a photo) stay content. */
    @ParameterizedTest
    @ValueSource(strings = {
            "09:35 هو موعد انطلاق القطار الأول من المحطة المركزية نحو الشمال بحسب الجدول الجديد.",
            "شاهد عيان قال لمراسلنا إن الحريق بدأ في مخزن للأقمشة قبل أن يمتد إلى المحال المجاورة.",
            "تصحيح المسار الاقتصادي يتطلب إصلاحات عميقة في النظام الضريبي، بحسب خبراء في الاقتصاد.",
            "وقال المتحدث باسم البلدية إن الصور التي نشرت تعود إلى العام الماضي وليست من الحريق الأخير.",
            "وأكد الناطق أن الصورة التي نشرها ناشطون مفبركة، مطالباً بمحاسبة من نشرها (وفق بيان الوزارة)"})
    void contentStartingTheSameWayStaysContent(String line) {
        TestSupport.assertContentAfter(BODY, line);
    }

    /**
     * The byline above the story is a publication line, not furniture: its author is a PERSON (gold guideline since
     * heldout12). The same label in the author box after the story stays furniture.
     */
    @Test
    void bylineAboveTheStoryIsNotBoilerplateButTheAuthorBoxBelowIs() {
        String top = "كتب: يوسف الدباغ";
        String text = "عنوان الخبر هنا\n" + top + "\n" + BODY.substring(BODY.indexOf('\n') + 1) + "بقلم: يوسف الدباغ\n";
        ExtractionResult r = TestSupport.run(text);
        assertFalse(TestSupport.coveredByBoilerplate(text, r, top), r.boilerplate().toString());
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "بقلم: يوسف الدباغ"), r.boilerplate().toString());
        assertFalse(TestSupport.anyClaimContains(r, top));
    }
}
