package org.isnad.extraction.engine.quantity;

import org.isnad.extraction.engine.Quantity;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.temporal.DateMention;
import org.isnad.extraction.engine.temporal.DateRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class QuantityRecognizerTest {
    static final QuantityRecognizer R = new QuantityRecognizer();

    static List<Quantity> find(String text) {
        List<Quantity> qs = R.find(text);
        for (Quantity q : qs) {
            assertEquals(text.substring(q.start(), q.end()), q.text(), "offsets must index the input");
        }
        return qs;
    }

    static Quantity expect(String text, String surface, Double value, boolean approx, String unit) {
        List<Quantity> qs = find(text);
        Quantity q = qs.stream().filter(x -> x.text().equals(surface)).findFirst()
                .orElseGet(() -> fail("no quantity [" + surface + "] in " + qs));
        if (value == null) {
            assertNull(q.value(), () -> "value of " + q);
        } else {
            assertEquals(value, q.value(), 1e-9, () -> "value of " + q);
        }
        assertEquals(approx, q.approximate(), () -> "approximate flag of " + q);
        assertEquals(unit, q.unit(), () -> "unit of " + q);
        return q;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // digits, separators, scripts
            "وقتل 15 شخصاً في الهجوم;15 شخصاً;15;false;شخص",
            "وقتل ١٥ شخصاً في الهجوم;١٥ شخصاً;15;false;شخص",
            "وقتل ۱۵ شخصاً في الهجوم;۱۵ شخصاً;15;false;شخص",
            "وبلغ عدد السكان 1,250,000 نسمة;1,250,000 نسمة;1250000;false;شخص",
            "وبلغ عدد السكان ١٬٢٥٠٬٠٠٠ نسمة;١٬٢٥٠٬٠٠٠ نسمة;1250000;false;شخص",
            "وارتفع المؤشر إلى ٣٫٧٥ نقطة;٣٫٧٥;3.75;false;-",
            "وارتفع المؤشر إلى 3.75 نقطة;3.75;3.75;false;-",
            // multipliers after digits
            "ونقل ما يقارب من 3 ألف عنصر;ما يقارب من 3 ألف عنصر;3000;true;عنصر",
            "ونقل 3 آلاف عنصر;3 آلاف عنصر;3000;false;عنصر",
            "وبلغت الخسائر 2.5 مليون دولار;2.5 مليون دولار;2500000;false;USD",
            "وبلغت الخسائر 2,5 مليون دولار;2,5 مليون دولار;2500000;false;USD",
            "وبلغت الموازنة 4 مليارات يورو;4 مليارات يورو;4000000000;false;EUR",
            "وبلغت الموازنة 1.5 مليار و200 مليون دولار;1.5 مليار و200 مليون دولار;1700000000;false;USD",
            // number words
            "وقتل ثلاثة أشخاص;ثلاثة أشخاص;3;false;شخص",
            "وأصيبت ثلاث نساء;ثلاث نساء;3;false;امرأة",
            "وقتل أحد عشر شخصاً;أحد عشر شخصاً;11;false;شخص",
            "وقتل خمسة عشر جندياً;خمسة عشر جندياً;15;false;جندي",
            "وأصيب خمسة وعشرون مدنياً;خمسة وعشرون مدنياً;25;false;مدني",
            "وأصيب ثلاثين مدنياً;ثلاثين مدنياً;30;false;مدني",
            "ووزعت مئة سلة غذائية;مئة سلة;100;false;سلة",
            "ووزعت مائة سلة غذائية;مائة سلة;100;false;سلة",
            "ووزعت مئتي سلة غذائية;مئتي سلة;200;false;سلة",
            "ونزحت ثلاثمئة عائلة;ثلاثمئة عائلة;300;false;عائلة",
            "ونزحت ثلاثمائة عائلة;ثلاثمائة عائلة;300;false;عائلة",
            "وقتل ثلاثة آلاف وخمسمئة شخص;ثلاثة آلاف وخمسمئة شخص;3500;false;شخص",
            "ونزح ألفا شخص;ألفا شخص;1000;false;شخص",
            "ونزح ألفين شخص;ألفين شخص;2000;false;شخص",
            "ونزح مئتا ألف نازح;مئتا ألف نازح;200000;false;نازح",
            "وبلغ عدد اللاجئين مليون لاجئ;مليون لاجئ;1000000;false;لاجئ",
            "وبلغ عدد اللاجئين ستة ملايين لاجئ;ستة ملايين لاجئ;6000000;false;لاجئ",
            "وأنفقت الحكومة مليار دولار;مليار دولار;1000000000;false;USD",
            "وقتل عشرة مدنيين;عشرة مدنيين;10;false;مدني",
            "وأصيب اثنان من العناصر;اثنان من العناصر;2;false;عنصر",
            // vague amounts: value null, approximate
            "وقتل العشرات من المدنيين;العشرات من المدنيين;-;true;مدني",
            "ونزح عشرات الآلاف;عشرات الآلاف;-;true;-",
            "وتوريد مئات الأطنان من الإسمنت;مئات الأطنان;-;true;t",
            "وتظاهر آلاف الأشخاص;آلاف الأشخاص;-;true;شخص",
            "وتضرر مئات الآلاف من السكان;مئات الآلاف;-;true;-",
            "وعبرت بضعة شاحنات الحدود;بضعة شاحنات;-;true;شاحنة",
            "وتدمير عدة دراجات نارية;عدة دراجات;-;true;دراجة",
            // comparatives
            "أسفر عن مقتل أكثر من 15 مسلحا;أكثر من 15 مسلحا;15;true;مسلح",
            "وأجلت نحو 200 شخص;نحو 200 شخص;200;true;شخص",
            "ويضم المخيم قرابة 60 ألف شخص;قرابة 60 ألف شخص;60000;true;شخص",
            "وينتج الحقل حوالي 30 ألف برميل;حوالي 30 ألف برميل;30000;true;barrel",
            "وتضم القاعدة ما يزيد عن 900 جندي;ما يزيد عن 900 جندي;900;true;جندي",
            "وتضم القاعدة ما يزيد على 900 جندي;ما يزيد على 900 جندي;900;true;جندي",
            "وقتل ما لا يقل عن 40 قتيلا;ما لا يقل عن 40 قتيلا;40;true;قتيل",
            "ونزح زهاء مليون شخص;زهاء مليون شخص;1000000;true;شخص",
            "ويحتجز ما يقارب 5000 من مسلحي التنظيم;ما يقارب 5000 من مسلحي;5000;true;مسلح",
            "وقتل بأكثر من 20 غارة;أكثر من 20 غارة;20;true;غارة",
            "وبلغ العدد 300 شخص تقريباً;300 شخص تقريباً;300;true;شخص",
            "ونقل أقل من 10 جرحى;أقل من 10 جرحى;10;true;جريح",
            // percentages
            "وارتفعت الأسعار بنسبة 15%;15%;15;false;%",
            "وارتفعت الأسعار بنسبة 15 %;15 %;15;false;%",
            "وارتفعت الأسعار بنسبة ١٥٪;١٥٪;15;false;%",
            "وارتفعت الأسعار بنسبة 20 بالمئة;20 بالمئة;20;false;%",
            "وارتفعت الأسعار بنسبة 20 بالمائة;20 بالمائة;20;false;%",
            "وارتفعت الأسعار بنسبة 30 في المئة;30 في المئة;30;false;%",
            "وارتفعت الأسعار بنسبة 12.5 في المائة;12.5 في المائة;12.5;false;%",
            "وتراجعت بنحو 40 بالمئة;نحو 40 بالمئة;40;true;%",
            // money
            "وبلغ سعر الصرف 3500 ليرة سورية;3500 ليرة سورية;3500;false;SYP",
            "وبلغ سعر الصرف 15000 ليرة لبنانية;15000 ليرة لبنانية;15000;false;LBP",
            "وبلغ السعر 40 ليرة;40 ليرة;40;false;lira",
            "ودفعت 500 دولار أمريكي;500 دولار أمريكي;500;false;USD",
            "ودفعت 500 يورو;500 يورو;500;false;EUR",
            "وبلغت الصفقة 100 مليون روبل;100 مليون روبل;100000000;false;RUB",
            "وبيعت بـ 50 جنيهاً مصرياً;50 جنيهاً مصرياً;50;false;EGP",
            "وبلغ الراتب 300 دينار أردني;300 دينار أردني;300;false;JOD",
            "وبلغ السعر 20 ريالاً سعودياً;20 ريالاً سعودياً;20;false;SAR",
            "وبلغ السعر $500 فقط;$500;500;false;USD",
            // measures and counted nouns
            "وتبعد القاعدة ب2كم عن النهر;2كم;2;false;km",
            "وتبعد 200 كيلومتر عن دمشق;200 كيلومتر;200;false;km",
            "وصادرت 3 أطنان من المخدرات;3 أطنان;3;false;t",
            "واحترق 5 هكتارات من الغابات;5 هكتارات;5;false;ha",
            "واستهدفت 12 غارة المنطقة;12 غارة;12;false;غارة",
            "وأطلق 20 صاروخاً;20 صاروخاً;20;false;صاروخ",
            "وسجلت 120 إصابة جديدة;120 إصابة;120;false;إصابة",
            "فيما استشهد 3 جنود;3 جنود;3;false;جندي",
    })
    void quantities(String text, String surface, Double value, boolean approx, String unit) {
        expect(text, surface, value, approx, unit);
    }

    @Test
    void nonQuantities() {
        for (String s : new String[] {"وأحد مخازن الذخيرة انفجر", "في آن واحد", "على طريق M4 السريع",
                "وقال مراسل فرانس 24 إن", "الساعة 10:30 صباحاً", "بتاريخ 25/1/2022", "منذ عام 2011",
                "وفي 2023 ارتفعت", "يوم الاثنين", "وقعت في 25 كانون الثاني", "رمضان 1443 هـ", "عام 2022 م"}) {
            List<Quantity> qs = find(s);
            assertTrue(qs.isEmpty(), () -> s + " → " + qs);
        }
    }

    @Test
    void datesCanBeExcluded() {
        String text = "وفي 25 . 01 . 2022 قتل 5 أشخاص، وفي الخامس من حزيران عام 1967 بدأت الحرب التي استمرت 6 أيام";
        List<DateMention> dates = new DateRecognizer().find(text, LocalDate.of(2022, 1, 25));
        List<Quantity> qs = QuantityRecognizer.withoutDates(R.find(text), dates);
        assertEquals(List.of("5 أشخاص", "6 أيام"), qs.stream().map(Quantity::text).toList(), qs::toString);
        List<Quantity> qs2 = R.find(text, List.of(new Span(0, text.indexOf("قتل"))));
        assertTrue(qs2.stream().noneMatch(q -> q.start() < text.indexOf("قتل")));
    }

    @Test
    void vagueLowerBounds() {
        assertEquals(10.0, QuantityRecognizer.vagueLowerBound("عشرات"));
        assertEquals(100.0, QuantityRecognizer.vagueLowerBound("مئات"));
        assertEquals(1000.0, QuantityRecognizer.vagueLowerBound("آلاف"));
        assertNull(QuantityRecognizer.vagueLowerBound("كثير"));
    }

    @Test
    void sharedCorpusExample() {
        String s = "ووفق مصدر ميداني لـ “سبوتنيك”، فقد أسفر الهجوم “عن مقتل وإصابة أكثر من 15 مسلحا من التنظيم "
                + "الإرهابي، فيما استشهد 3 جنود وأصيب 5 آخرون خلال الاشتباكات”.";
        List<Quantity> qs = find(s);
        assertEquals(List.of("أكثر من 15 مسلحا", "3 جنود", "5"), qs.stream().map(Quantity::text).toList());
    }

    @Test
    void emptyAndNull() {
        assertTrue(R.find("").isEmpty());
        assertTrue(R.find((String) null).isEmpty());
    }
}
