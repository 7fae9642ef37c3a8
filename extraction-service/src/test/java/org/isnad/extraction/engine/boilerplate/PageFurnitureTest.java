package org.isnad.extraction.engine.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.TestSupport;
import org.isnad.extraction.engine.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page furniture of Arabic news sites: author boxes, tags, captions, stamps, prompts, ads ({@link PageFurniture}). */
class PageFurnitureTest {
    private static final String BODY = "عنوان الخبر هنا\n"
            + "قال وزير الزراعة سامر خليل إن موسم القمح هذا العام تجاوز التوقعات في المحافظات الشمالية بنسبة ملحوظة.\n";

    @ParameterizedTest
    @ValueSource(strings = {"بقلم: سلمى الحداد", "بقلم نادر يوسف", "كتب: مروان السيد", "كتبت - هالة فؤاد",
            "المحرر: خالد عيسى", "إعداد: فريق التحرير",
            "كاتب وصحفي مصري متخصص في الشؤون الاقتصادية والطاقة",
            "صحفية تكتب في قضايا البيئة والمناخ منذ عشر سنوات",
            "الوسوم: الزراعة، القمح، الموسم الزراعي، وزارة الزراعة، المحافظات الشمالية، الأمن الغذائي، الأسعار",
            "#القمح #الزراعة #الأمن_الغذائي",
            "تصوير: ياسر حمدان", "الصورة: أرشيفية", "(أرشيفية)", "صورة أرشيفية لحقل قمح في الريف",
            "مصدر الصورة: وكالة محلية", "صورة تعبيرية",
            "4 دقائق قراءة", "وقت القراءة: 3 دقائق", "حمّل تطبيق الموقع على هاتفك الآن", "نزّل التطبيق مجاناً",
            "انضم إلى قناتنا على تلغرام لتصلك الأخبار أولاً بأول",
            "تابع آخر الأخبار عبر تطبيق النخلة نيوز", "تابعوا أحدث الأخبار على قناة الوادي في تلغرام", "انضموا إلى مجموعتنا على واتساب",
            "حجم الخط", "تكبير الخط | تصغير الخط", "A+ | A-", "إرسال لصديق", "إعلان", "- إعلان -", "محتوى مدعوم",
            "حقوق النشر محفوظة لموقع الرائد الإخباري", "كافة الحقوق محفوظة 2026",
            // the author box at the page end, label and bio on one line (heldout14's first run leaked one)
            "عن الكاتب: مازن الخطيب، مراسل الموقع في حلب يغطي شؤون الإغاثة والنزوح.",
            "نبذة عن المحررة: نور العلي، صحافية مهتمة بقضايا التعليم",
            // tag labels qualified by a word or two, in the spellings sites use
            "الكلمات المفاتيح: الزراعة، القمح، وزارة الزراعة، حمص",
            "الموضوعات المتعلقة: القمح، الأسعار، المطاحن",
            "كلمات مفتاحية ذات صلة: الجفاف، السدود، الري"})
    void furnitureLinesAreBoilerplate(String line) {
        String text = BODY + line + "\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, line), "not boilerplate: " + line + " -> " + r.boilerplate());
        assertFalse(TestSupport.anyClaimContains(r, line));
    }

    @Test
    void oneTagPerLineUnderBareHeaderIsBoilerplateAndYieldsNoEntity() {
        String text = BODY + "الوسوم\nحماة\nالبادية السورية\nوزارة الزراعة\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "حماة"), r.boilerplate().toString());
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "البادية السورية"));
        assertFalse(TestSupport.entityTexts(text, EntityType.LOCATION).contains("حماة"));
    }

    @Test
    void relatedBlockHeadersOpenAList() {
        String text = BODY + "قد يعجبك أيضاً\nانخفاض أسعار الخضار في أسواق المدينة\nافتتاح معرض الكتاب في دورته العاشرة\n"
                + "وأضاف خليل أن الوزارة ستشتري المحصول بسعر مجزٍ من المزارعين خلال الأسابيع المقبلة.\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, "انخفاض أسعار الخضار في أسواق المدينة"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وتابع الوزير أن الأخبار التي نشرت على صفحة الوزارة عبر تطبيق الهاتف غير دقيقة.",
            "كتب الرئيس على حسابه أن الحكومة ستدعم المزارعين المتضررين من الجفاف هذا الموسم.",
            "صحفي يصاب برصاص مجهولين أثناء تغطيته احتجاجات في وسط المدينة",
            "تحديث: ارتفاع عدد المصابين في حادث السير إلى 12 شخصاً",
            "إعلان وقف إطلاق النار في المدينة بعد ثلاثة أيام من الاشتباكات",
            "وأكد الوزير أن الحقوق المشروعة للمزارعين ستبقى مصونة مهما كانت الظروف الاقتصادية الصعبة.",
            "انضم الحزب إلى الائتلاف الحاكم بعد مفاوضات استمرت أسابيع",
            "أطلقت الوزارة تطبيقاً جديداً لتسجيل المزارعين وطلب الدعم إلكترونياً.",
            "آخر تحديث: 14 مايو 2025 | 10:30", "نُشر في 14/05/2025 الساعة 10:30",
            "صورة الاقتصاد الوطني تبدو قاتمة في تقرير البنك الدولي الأخير عن المنطقة",
            "المواضيع التي ناقشها الاجتماع الوزاري أمس: تأمين القمح، دعم المزارعين، أسعار الأسمدة",
            "الكلمات الأخيرة للوزير: نحن ملتزمون بدعم المزارعين في كل المحافظات حتى نهاية الموسم"})
    // the publication stamps are here too: the gold guideline keeps them in the article (their date is an entity)
    void proseWithTheSameWordsStaysContent(String line) {
        List<BoilerplateDetector.Line> lines = new BoilerplateDetector().detect(TextNormalizer.normalize(BODY + line + "\n"));
        assertTrue(lines.isEmpty(), line + " -> " + lines);
    }
}
