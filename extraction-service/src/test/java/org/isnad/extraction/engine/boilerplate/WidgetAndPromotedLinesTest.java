package org.isnad.extraction.engine.boilerplate;

import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Market and breaking-news tickers and reader polls ({@link WidgetLines}), sponsored teasers and syndication notes
 * ({@link PromotedContent}), and captions opening with the picture label or closed by a two-part credit
 * ({@link CaptionCredits}).
 */
class WidgetAndPromotedLinesTest {
    private static final String BODY = "عنوان الخبر هنا\n"
            + "قال وزير النقل رامي سعادة إن حركة الشحن في ميناء الجنوب ارتفعت بنسبة ملحوظة خلال الربع الأول من العام.\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "مؤشر السوق 9,410.25 ▲ 1.10% | الذهب 2,310 دولاراً ▼ 0.2%",
            "الدولار 3.75 ▼ | النفط 80.20 دولار",
            "برنت 82.10 🔺 | غرب تكساس 78.40 🔻",
            "عاجل | رئيس البلدية: إغلاق الجسر الشرقي أمام الشاحنات ابتداء من الغد",
            "استطلاع: هل تؤيد تمديد ساعات عمل المكتبات العامة؟",
            "استطلاع الرأي: من سيفوز بالبطولة هذا العام؟",
            "○ أؤيد بشدة", "● لا رأي لي", "صوّت الآن",
            "محتوى مموّل: اكتشف عروض السفر الصيفية بأسعار خاصة",
            "محتوى برعاية شركة النخيل للتأمين",
            "هذا المحتوى من «موقع الوادي» ويُعاد نشره بموجب اتفاقية تعاون",
            "نُشر هذا المقال أصلاً في مجلة الأفق الاقتصادي",
            "صورة: عمال يرممون سور المدينة القديمة بعد الأمطار (موقع النهار 7 / سعيد المراكشي)",
            "سيارات عالقة في الثلوج على طريق الجبل (تصوير: نادر سليم – شبكة المدى)"})
    void widgetPromotionAndCaptionLinesAreBoilerplate(String line) {
        TestSupport.assertFurnitureAfter(BODY, line);
    }

    /** Prose opening with the same words (urgency, a poll, sponsorship, "this content", a picture) stays content. */
    @ParameterizedTest
    @ValueSource(strings = {
            "عاجل: قال رئيس البلدية إن الجسر الشرقي سيغلق أمام الشاحنات ابتداء من الغد بسبب أعمال الصيانة.",
            "استطلاع أجراه مركز الدراسات أظهر أن 60% من السكان يؤيدون تمديد ساعات عمل المكتبات العامة.",
            "محتوى المناهج الجديدة أثار جدلاً واسعاً بين المعلمين وأولياء الأمور في المدارس الحكومية.",
            "هذا المحتوى مخالف لقواعد النشر، بحسب ما قالت هيئة الإعلام في بيانها الصادر أمس.",
            "صورة الاقتصاد الوطني ليست قاتمة كما يصورها البعض، وفق ما قال وزير المالية في مؤتمر صحفي.",
            "وارتفع المؤشر العام للسوق بنسبة 1.1% في ختام تعاملات الأسبوع، بحسب بيانات البورصة.",
            // two emoji that are not arrows (they share the arrows' high surrogate) and a number: a sentence
            "فاز المنتخب الوطني 3-1 في المباراة النهائية أمس، بحسب ما أعلن الاتحاد 👏📈"})
    void contentStartingTheSameWayStaysContent(String line) {
        TestSupport.assertContentAfter(BODY, line);
    }
}
