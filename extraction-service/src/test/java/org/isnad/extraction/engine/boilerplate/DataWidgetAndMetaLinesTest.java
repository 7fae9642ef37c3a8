package org.isnad.extraction.engine.boilerplate;

import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules of the entities-v23 round, all with invented text: data widgets and pictograph-led lines
 * ({@link WidgetLines}), update/translation notes ({@link CorrectionNotice}), the "يُنشر هذا …" syndication note
 * ({@link PromotedContent}), reader appeals and reproduction bans ({@link ReaderAppeals}).
 */
class DataWidgetAndMetaLinesTest {
    private static final String BODY = "عنوان الخبر هنا\n"
            + "قال وزير الزراعة هشام العبدلي إن محصول القمح في السهول الشمالية تضاعف خلال الموسم الحالي مقارنة بالعام الماضي.\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "أسعار الذهب اليوم | عيار 21: 3,150 جنيه | عيار 18: 2,700 | عيار 24: 3,600",
            "مواعيد الأذان – القيروان: الفجر 05:20 | الظهر 12:31 | العصر 15:40 | المغرب 18:02",
            "النتائج | الوداد 2 - 1 الرجاء | الجيش 0 - 0 الفتح | النهضة 3 - 2 المغرب الفاسي",
            "📻 استمع: حلقة الأسبوع من برنامج «حديث المدينة»",
            "🔐 للمشتركين فقط: الملف الكامل عن موازنة البلديات",
            "▶ شاهد: جولة في السوق القديم بعد الترميم",
            "تحديث: أضيفت إلى المقال تصريحات رئيس نقابة الأطباء",
            "ترجمة: هذا التقرير مترجم عن النسخة الإنجليزية لموقع الساحل",
            "تنويه: هذا المحتوى لا يعبّر بالضرورة عن رأي الموقع",
            "يُنشر هذا المقال بالشراكة مع منصة «أثر» للصحافة البيئية",
            "ادعم صحافتنا المستقلة: ساهم في تمويل «صدى الواحات» عبر التحويل البنكي",
            "اشترك الآن لقراءة التحقيق كاملاً",
            "سجّل الدخول لمتابعة القراءة",
            "يُحظر نسخ هذا الخبر أو إعادة نشره دون إذن مسبق من إدارة الموقع",
            // a breadcrumb whose site name ends in a number (NavigationLines)
            "نجمة 21 | محليات | الساحل"})
    void widgetsAndMetaLinesAreBoilerplate(String line) {
        TestSupport.assertFurnitureAfter(BODY, line);
    }

    /** Real sentences that share a word, a glyph or a label with the furniture stay content. */
    @ParameterizedTest
    @ValueSource(strings = {
            // a single bar, and a date line with two numeric cells
            "وقال المتحدث إن نسبة البطالة بلغت 12% | وهي الأعلى منذ عشر سنوات بحسب مكتب الإحصاء الوطني.",
            "2026-03-14 | 09:45",
            "قناة 13 | 09:45",
            // a reported translation of a speech, and a ministry's report named "this report"
            "ترجمة: قال الرئيس في خطابه أمام البرلمان إن الحكومة ستخفض الضرائب على الشركات الصغيرة.",
            "وأكدت الوزارة أن هذا التقرير يكشف ارتفاع نسبة التسرب المدرسي في المناطق الريفية خلال العام الماضي.",
            "تحديث البنية التحتية للموانئ يتطلب استثمارات تتجاوز مليار دولار، بحسب ما قال وزير النقل.",
            // a ban that is not about the page, and a support call reported in prose
            "يُمنع نقل المواشي بين المحافظات حتى نهاية الشهر بسبب انتشار الحمى القلاعية، وفق بيان وزارة الزراعة.",
            "وقال رئيس الاتحاد إن ادعم المنتج المحلي شعار الحملة التي تنطلق الأسبوع المقبل.",
            "دعا رئيس الجمعية إلى ادعم الفلاحين عبر تمويل ميسر، مؤكداً أن الموسم كان صعباً."})
    void contentSharingTheirWordsStaysContent(String line) {
        TestSupport.assertContentAfter(BODY, line);
    }
}
