package org.isnad.extraction.engine.lexicon;

import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class GazetteerEntityRecognizerTest {
    static final GazetteerEntityRecognizer R = new GazetteerEntityRecognizer();

    static List<Entity> find(String text) {
        List<Entity> es = R.find(text);
        for (Entity e : es) {
            assertEquals(text.substring(e.start(), e.end()), e.text(), "offsets must index the input");
        }
        return es;
    }

    static Optional<Entity> withText(List<Entity> es, String surface) {
        return es.stream().filter(e -> e.text().equals(surface)).findFirst();
    }

    static Entity expect(String text, String surface, EntityType type, String normalized) {
        List<Entity> es = find(text);
        Entity e = withText(es, surface).orElseGet(() -> fail("no entity [" + surface + "] in " + es));
        assertEquals(type, e.type(), () -> "type of " + e);
        if (normalized != null) {
            assertEquals(normalized, e.normalized(), () -> "normalized of " + e);
        }
        return e;
    }

    static void expectNone(String text, String surface) {
        List<Entity> es = find(text);
        assertTrue(es.stream().noneMatch(e -> e.text().contains(surface)),
                () -> "unexpected entity containing [" + surface + "] in " + es);
    }

    // ------------------------------------------------------------------ spelling variants

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "وصل الوفد إلى سورية أمس;سورية;LOCATION;سوريا",
            "وصل الوفد إلى سوريا أمس;سوريا;LOCATION;سوريا",
            "وقالت أميركا إنها ستنسحب;أميركا;LOCATION;الولايات المتحدة",
            "وقالت أمريكا إنها ستنسحب;أمريكا;LOCATION;الولايات المتحدة",
            "وهددت الولايات المتحدة الأمريكية بفرض عقوبات;الولايات المتحدة الأمريكية;LOCATION;الولايات المتحدة",
            "وتبنى تنظيم الدولة الهجوم;تنظيم الدولة;ORGANIZATION;داعش",
            "وتبنى تنظيم الدولة الإسلامية الهجوم;تنظيم الدولة الإسلامية;ORGANIZATION;داعش",
            "وأعلنت الدولة الإسلامية مسؤوليتها;الدولة الإسلامية;ORGANIZATION;داعش",
            "وسيطرت قسد على القرية;قسد;ORGANIZATION;قوات سوريا الديمقراطية",
            "وسيطرت قوات سوريا الديمقراطية على القرية;قوات سوريا الديمقراطية;ORGANIZATION;قوات سوريا الديمقراطية",
            "وقصفت الطائرات مدينة ادلب;ادلب;LOCATION;إدلب",
            "وتقدمت القوات نحو حماه;حماه;LOCATION;حماة",
            "وعادت العائلات إلى ديرالزور;ديرالزور;LOCATION;دير الزور",
            "ونشرت وكالة رويترز الخبر;وكالة رويترز;ORGANIZATION;رويترز",
            "وقال المرصد السوري لحقوق الإنسان إن الغارات استمرت;المرصد السوري لحقوق الإنسان;ORGANIZATION;المرصد السوري لحقوق الإنسان",
            "ونقلت روسيا اليوم عن مصدر عسكري;روسيا اليوم;ORGANIZATION;روسيا اليوم",
            "وذكرت قناة RT أن القصف مستمر;قناة RT;ORGANIZATION;روسيا اليوم",
            "وقال مراسل RT إن القصف مستمر;RT;ORGANIZATION;روسيا اليوم",
            "وقال الكرملين إن بوتين سيزور أنقرة;بوتين;PERSON;فلاديمير بوتين",
            "وأكدت منظمة الصحة العالمية ارتفاع الإصابات;منظمة الصحة العالمية;ORGANIZATION;منظمة الصحة العالمية",
            "وزار الصليب الأحمر السجن;الصليب الأحمر;ORGANIZATION;اللجنة الدولية للصليب الأحمر",
            "وتحدثت الأمم المتحدة عن أزمة إنسانية;الأمم المتحدة;ORGANIZATION;الأمم المتحدة",
            "وذكرت الأناضول أن الجيش التركي قصف مواقع;الأناضول;ORGANIZATION;الأناضول",
            "وقالت فرانس برس إن الانفجار وقع فجراً;فرانس برس;ORGANIZATION;فرانس برس",
            "وبحسب أسوشيتد برس فإن الضحايا مدنيون;أسوشيتد برس;ORGANIZATION;أسوشيتد برس",
            "ونقلت صحيفة الشرق الأوسط عن مصادر;صحيفة الشرق الأوسط;ORGANIZATION;الشرق الأوسط",
            "وأفاد موقع عنب بلدي بأن الأسعار ارتفعت;موقع عنب بلدي;ORGANIZATION;عنب بلدي",
            "وأعلنت سانا أن الدفاعات الجوية تصدت لصواريخ;سانا;ORGANIZATION;سانا",
            "وتقدمت هيئة تحرير الشام في ريف حلب;هيئة تحرير الشام;ORGANIZATION;هيئة تحرير الشام",
            "وشارك الحشد الشعبي في المعارك;الحشد الشعبي;ORGANIZATION;الحشد الشعبي",
            "وتظاهر الآلاف في الدار البيضاء;الدار البيضاء;LOCATION;الدار البيضاء",
            "وشهدت بنغازي ومصراتة اشتباكات;بنغازي;LOCATION;بنغازي",
            "وصلت الشحنة إلى ميناء عدن;ميناء عدن;LOCATION;ميناء عدن",
            "واحتج السكان في صفاقس;صفاقس;LOCATION;صفاقس",
            "وعاد اللاجئون من الأردن;الأردن;LOCATION;الأردن",
            "وقال الحوثيون إنهم استهدفوا سفينة;الحوثيون;ORGANIZATION;أنصار الله",
    })
    void canonicalNames(String text, String surface, EntityType type, String normalized) {
        expect(text, surface, type, normalized);
    }

    @Test
    void orthographicNoiseIsTolerated() {
        // tatweel, shadda, fatha, alef maksura / yeh, teh marbuta / heh
        expect("وصلت القوات إلى ســوريا صباحاً", "ســوريا", EntityType.LOCATION, "سوريا");
        expect("وصلت القوات إلى سوريّة صباحاً", "سوريّة", EntityType.LOCATION, "سوريا");
        expect("وتقع المدينة في محافظة ديالي", "ديالي", EntityType.LOCATION, "ديالى");
        expect("اجتمع الوزراء في اللاذقيه", "اللاذقيه", EntityType.LOCATION, "اللاذقية");
        expect("وتوجه الوفد إلى الإمارات", "الإمارات", EntityType.LOCATION, "الإمارات");
        expect("وتوجه الوفد إلى الامارات", "الامارات", EntityType.LOCATION, "الإمارات");
        expect("ووصلت الباخرة إلى الإسكندرية", "الإسكندرية", EntityType.LOCATION, "الإسكندرية");
    }

    // ------------------------------------------------------------------ proclitics and quotes

    @Test
    void procliticsAreExcludedFromTheSpan() {
        expect("وصلت التعزيزات بسوريا أمس", "سوريا", EntityType.LOCATION, "سوريا");
        expect("زار الوفد لبنان والعراق والأردن", "العراق", EntityType.LOCATION, "العراق");
        expect("زار الوفد لبنان والعراق والأردن", "الأردن", EntityType.LOCATION, "الأردن");
        expect("وجرى تهريب القمح للعراق", "لعراق", EntityType.LOCATION, "العراق");
        expect("وسلمت المواقع للجيش السوري", "لجيش السوري", EntityType.ORGANIZATION, "الجيش السوري");
        expect("وفي دمشق عقد الاجتماع", "دمشق", EntityType.LOCATION, "دمشق");
        expect("وبحلب سقطت القذائف", "حلب", EntityType.LOCATION, "حلب");
        expect("فالقاهرة تتابع الملف", "القاهرة", EntityType.LOCATION, "القاهرة");
        expect("كدمشق وبيروت", "دمشق", EntityType.LOCATION, "دمشق");
        expect("وقال مصدر لسبوتنيك إن", "سبوتنيك", EntityType.ORGANIZATION, "سبوتنيك");
    }

    @Test
    void quotedNamesInAllQuoteStyles() {
        for (String q : new String[] {"“قسد”", "”قسد”", "\"قسد\"", "«قسد»", "'قسد'"}) {
            Entity e = expect("وقال مسلحو " + q + " إنهم انسحبوا", "قسد", EntityType.ORGANIZATION,
                    "قوات سوريا الديمقراطية");
            assertEquals(-1, e.text().indexOf('"'));
        }
        expect("وأضاف في تصريح لـ “سبوتنيك” أن", "سبوتنيك", EntityType.ORGANIZATION, "سبوتنيك");
        expect("بحسب ما أفادت به مصادر لـ”كيو ستريت”", "كيو ستريت", EntityType.ORGANIZATION, "كيو ستريت");
        expect("بيع الإسمنت “لقسد” يومياً", "قسد", EntityType.ORGANIZATION, "قوات سوريا الديمقراطية");
        expect("ونفذ مسلحو تنظيم “داعش” الهجوم", "داعش", EntityType.ORGANIZATION, "داعش");
        expect("وأكدت “العربية” أن", "العربية", EntityType.ORGANIZATION, "العربية");
    }

    // ------------------------------------------------------------------ word boundaries and ambiguity

    @Test
    void noMatchInsideOtherWords() {
        expectNone("وقال مصدر في مصرف محلي إن الفائدة ارتفعت", "مصر");
        expectNone("وبلغ عدد المصريين في الخارج الملايين", "مصر");
        expectNone("ووقعت الأحداث في سورياليّة غريبة", "سوريا");
        expectNone("وهي عملية تعريق للجلد", "العراق");
        expectNone("قال الطبيب إن التعمير مستمر", "عمر");
        expectNone("وقدمت اليمنى مساعدة", "اليمن");
    }

    @Test
    void ambiguousNamesNeedContext() {
        expectNone("لم يعلق الوزير على الخبر الذي نشرته الصحيفة", "الخبر");
        expect("ووصلت القافلة إلى مدينة الخبر السعودية", "الخبر", EntityType.LOCATION, "الخبر");
        expectNone("ورفضت القبائل العربية ذلك", "العربية");
        expect("وقالت قناة العربية إن", "قناة العربية", EntityType.ORGANIZATION, "العربية");
        expectNone("واستهدفت الصواريخ القاعدة الأمريكية في الحقل", "القاعدة");
        expect("وتبنى تنظيم القاعدة العملية", "تنظيم القاعدة", EntityType.ORGANIZATION, "تنظيم القاعدة");
        expectNone("على الصعيد العالمي ارتفعت الأسعار", "الصعيد");
        expectNone("وفتح الباب أمام المفاوضات", "الباب");
        expect("وتقدمت القوات نحو مدينة الباب", "الباب", EntityType.LOCATION, "الباب");
        expect("وقصفت الطائرات منبج والباب", "الباب", EntityType.LOCATION, "الباب");
        expectNone("وقدم له كامل الدعم المالي", "مالي");
        expect("وانسحبت القوات الفرنسية من مالي والنيجر", "مالي", EntityType.LOCATION, "مالي");
    }

    // ------------------------------------------------------------------ triggers

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "وقصفت الطائرات بلدة كفرعويد صباحاً;كفرعويد;كفرعويد",
            "ودخلت القوات قرية المشيرفة بعد اشتباكات;المشيرفة;المشيرفة",
            "واندلعت مواجهات في حي الشيخ مقصود;الشيخ مقصود;الشيخ مقصود",
            "وسقطت قذيفة على مدينة معرة النعمان;معرة النعمان;معرة النعمان",
            "وسقطت قذيفة على بلدة تل أبيض الحدودية;تل أبيض;تل أبيض",
            "ووقع الانفجار في منطقة الزهراء;الزهراء;الزهراء",
            "وتمركزت القوات في محافظة الحسكة;الحسكة;الحسكة",
    })
    void adminTriggerGivesTheName(String text, String surface, String normalized) {
        expect(text, surface, EntityType.LOCATION, normalized);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "وهاجم مسلحون حقل العمر النفطي;حقل العمر النفطي;حقل العمر النفطي",
            "وعاد النازحون إلى مخيم الزعتري;مخيم الزعتري;مخيم الزعتري",
            "وتعطل مطار دمشق الدولي;مطار دمشق الدولي;مطار دمشق الدولي",
            "وأغلق معبر نصيب الحدودي;معبر نصيب الحدودي;معبر نصيب الحدودي",
            "وارتفع منسوب نهر العاصي;نهر العاصي;العاصي",
            "ووصلت التعزيزات إلى جبل الزاوية;جبل الزاوية;جبل الزاوية",
            "وتقع القرية بريف دير الزور الشرقي;ريف دير الزور الشرقي;ريف دير الزور الشرقي",
            "وقصفت الطائرات قاعدة تل بيدر;قاعدة تل بيدر;قاعدة تل بيدر",
            "وتعرضت قاعدة حميميم الجوية لهجوم;قاعدة حميميم الجوية;قاعدة حميميم الجوية",
    })
    void featureTriggerKeepsTheFeatureNoun(String text, String surface, String normalized) {
        expect(text, surface, EntityType.LOCATION, normalized);
    }

    @Test
    void quotedAndDualLocationTriggers() {
        expect("وقصف حقل “كونيكو” للغاز", "كونيكو", EntityType.LOCATION, "حقل كونيكو");
        List<Entity> es = find("وتقع قاعدتي كونيكو والعمر بريف دير الزور");
        assertTrue(withText(es, "العمر").isPresent(), es::toString);
        assertEquals("قاعدة العمر", withText(es, "العمر").get().normalized());
        expect("وقصفت المدفعية مدينتي الرستن وتلبيسة", "تلبيسة", EntityType.LOCATION, "تلبيسة");
    }

    @Test
    void genericNounsAfterTriggersAreNotNames() {
        expectNone("وأعلنت الحكومة منطقة عسكرية مغلقة", "عسكرية");
        expectNone("وبنت الشركة قرية صغيرة للعمال", "صغيرة");
        expectNone("وسيطر المسلحون على حقول النفط", "حقول النفط");
        expectNone("وأنشأت منظمة دولية مكتباً", "منظمة دولية");
        expectNone("وتوقفت الزيارات إلى قرى الرعاة", "الرعاة");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "وقالت وزارة الدفاع الروسية إن الطائرات دمرت مستودعات;وزارة الدفاع الروسية",
            "وأعلنت وزارة الصحة اللبنانية حصيلة جديدة;وزارة الصحة اللبنانية",
            "وقال جيش الاحتلال الأمريكي إنه لم يتعرض لهجوم;جيش الاحتلال الأمريكي",
            "وحذرت مديرية صحة دمشق من انتشار المرض;مديرية صحة دمشق",
            "وطالبت منظمة حظر الأسلحة الكيميائية بالتحقيق;منظمة حظر الأسلحة الكيميائية",
            "وقالت الهيئة العامة للإذاعة والتلفزيون إن البث توقف;الهيئة العامة للإذاعة",
            "وأصدر مجلس الأمن الدولي بياناً;مجلس الأمن الدولي",
            "وتقدمت القوات الجوية الجزائرية;القوات الجوية الجزائرية",
            "وحذرت الحكومة السورية من التصعيد;الحكومة السورية",
            "وذكرت وكالة الأنباء السعودية أن;وكالة الأنباء السعودية",
            "وأكدت جامعة دمشق استئناف الدوام;جامعة دمشق",
    })
    void organisationTriggers(String text, String surface) {
        expect(text, surface, EntityType.ORGANIZATION, null);
    }

    @Test
    void organisationNameStopsBeforePrepositionsAndConjunctions() {
        Entity e = expect("وقالت وزارة الخارجية التركية في بيان إن", "وزارة الخارجية التركية",
                EntityType.ORGANIZATION, "وزارة الخارجية التركية");
        assertFalse(e.text().contains("في"));
        expect("واتهم الجيش الأمريكي والميليشيات الموالية له", "الجيش الأمريكي", EntityType.ORGANIZATION,
                "الجيش الأمريكي");
        // the locative complement belongs to the gazetteer form only
        expect("وأعلن مركز المصالحة الروسي إجلاء المدنيين", "مركز المصالحة الروسي", EntityType.ORGANIZATION,
                "مركز المصالحة الروسي");
        expect("ونفذت ميليشيا “لواء الباقر” الهجوم", "لواء الباقر", EntityType.ORGANIZATION, "لواء الباقر");
        expect("وأعلن تنظيم “حراس الدين” مسؤوليته", "حراس الدين", EntityType.ORGANIZATION, "حراس الدين");
        expect("وقال فصيل “صقور الجبل” إنه", "صقور الجبل", EntityType.ORGANIZATION, "صقور الجبل");
        expect("وقالت قوات قسد إن", "قوات قسد", EntityType.ORGANIZATION, "قوات سوريا الديمقراطية");
        expect("وأفادت وكالة سانا", "وكالة سانا", EntityType.ORGANIZATION, "سانا");
        expect("وانتشرت القوات المسلحة الأردنية", "القوات المسلحة الأردنية", EntityType.ORGANIZATION, null);
        expect("وحيّا القائد العام للقوات المسلحة العراقية الجنود", "لقوات المسلحة العراقية",
                EntityType.ORGANIZATION, "القوات المسلحة العراقية");
    }

    @Test
    void ministerTitleIsNotAnOrganisation() {
        List<Entity> es = find("وقال وزير الخارجية الروسي سيرغي لافروف إن");
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), es::toString);
        expect("وقال وزير الخارجية الروسي سيرغي لافروف إن", "سيرغي لافروف", EntityType.PERSON, "سيرغي لافروف");
    }

    // ------------------------------------------------------------------ persons

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "وقال الرئيس السوري بشار الأسد إن;بشار الأسد;بشار الأسد",
            "وأكد المتحدث باسم وزارة الخارجية الروسية ماريا زاخاروفا أن;ماريا زاخاروفا;ماريا زاخاروفا",
            "وصرح العقيد أحمد الحمادي لـ“الجزيرة” بأن;أحمد الحمادي;أحمد الحمادي",
            "وقال الباحث في الشأن السوري، فراس فحام، إن;فراس فحام;فراس فحام",
            "وأشار الدكتور محمد عبد الله الزعبي إلى أن;محمد عبد الله الزعبي;محمد عبد الله الزعبي",
            "وقال اللواء الركن يحيى رسول إن العملية نجحت;يحيى رسول;يحيى رسول",
            "وأوضح الشيخ أبو محمد الجولاني أن;أبو محمد الجولاني;أحمد الشرع",
            "واستقبل أردوغان نظيره;أردوغان;رجب طيب أردوغان",
            "وقال نتنياهو إن;نتنياهو;بنيامين نتنياهو",
            "وأكد الناطق باسم الجيش الوطني يوسف حمود أن;يوسف حمود;يوسف حمود",
            "وقالت المحللة السياسية رنا خالد إن;رنا خالد;رنا خالد",
    })
    void personTitlesAndKnownPeople(String text, String surface, String normalized) {
        expect(text, surface, EntityType.PERSON, normalized);
    }

    @Test
    void titleFollowedByFunctionWordIsNotAName() {
        for (String s : new String[] {"واعتبر الخبير السوري أن الهجوم مدبر", "وقال الرئيس إنه سيرد",
                "ولم يعلق الوزير نفسه على ذلك", "وختم الخبير السوري في شؤون الجماعات المسلحة: “عندما",
                "وأشار الخبير في شؤون الجماعات المسلحة إلى أن"}) {
            List<Entity> es = find(s);
            assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), () -> s + " → " + es);
        }
    }

    @Test
    void namesArePropagatedWithinTheText() {
        String text = "عمر رحمون: المقاومة اشتعلت\nقال الخبير السوري المتخصص في شؤون الجماعات المسلحة، "
                + "عمر رحمون، إن الهجمات مستمرة. وأضاف رحمون أن الجيش انسحب. وأوضح رحمون: “لا”.";
        List<Entity> es = find(text);
        long persons = es.stream().filter(e -> e.type() == EntityType.PERSON).count();
        assertEquals(4, persons, es::toString);
        assertTrue(es.stream().filter(e -> e.text().equals("رحمون")).allMatch(e -> e.normalized().equals("عمر رحمون")));
    }

    @Test
    void givenNamePlusSurnameWithoutTitle() {
        expect("وكان فراس فحام قد كتب أن", "فراس فحام", EntityType.PERSON, "فراس فحام");
        expectNone("وقعد على الأرض", "على");
    }

    // ------------------------------------------------------------------ shared corpus (examples only)

    @Test
    void sharedCorpusExamples() {
        String s = "وكان الجيش أحبط، ليل أمس، هجوما عنيفا نفذه مسلحون من تنظيم “داعش” الإرهابي على مواقع "
                + "ونقاط تابعة عسكرية في بادية الرصافة جنوب غرب محافظة الرقة.";
        expect(s, "داعش", EntityType.ORGANIZATION, "داعش");
        expect(s, "بادية الرصافة", EntityType.LOCATION, "بادية الرصافة");
        expect(s, "الرقة", EntityType.LOCATION, "الرقة");
        String s2 = "في ظل الحشود الأمريكية الكبيرة باتجاه قواعدها بسوريا والعراق، وقطع طريق بغداد دمشق";
        expect(s2, "سوريا", EntityType.LOCATION, "سوريا");
        expect(s2, "العراق", EntityType.LOCATION, "العراق");
        expect(s2, "بغداد", EntityType.LOCATION, "بغداد");
    }

    @Test
    void emptyAndNullInput() {
        assertTrue(R.find("").isEmpty());
        assertTrue(R.find((String) null).isEmpty());
        assertTrue(R.find("   \n\t ").isEmpty());
    }
}
