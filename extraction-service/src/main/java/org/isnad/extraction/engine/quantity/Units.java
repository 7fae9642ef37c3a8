package org.isnad.extraction.engine.quantity;

import org.isnad.extraction.engine.lexicon.ArabicText;

import java.util.HashMap;
import java.util.Map;

/**
 * Unit lexicon. {@code Quantity.unit} values:
 * <ul>
 *   <li>{@code "%"} for percentages;</li>
 *   <li>ISO 4217 codes for currencies when the currency is determined (USD, EUR, RUB, GBP, SYP, LBP, TRY,
 *       EGP, IQD, JOD, KWD, SAR, QAR, AED, MAD, ILS, IRR, CNY...), else a generic lower-case name
 *       ({@code lira}, {@code dinar}, {@code riyal}, {@code dirham}, {@code pound}, {@code franc});</li>
 *   <li>symbols for measures: km, m, m2, m3, kg, g, t, l, barrel, ha, dunam, MW, kW, mi, hour, minute, day,
 *       week, month, year;</li>
 *   <li>for counted nouns right after the number (people, weapons, events...), the noun's Arabic singular
 *       lemma: شخص، قتيل، جريح، مدني، عنصر، مسلح، جندي، طفل، صاروخ، غارة...</li>
 * </ul>
 * Plural, dual, accusative (-ا), sound plural (-ين/-ون), construct (-ي) and definite (ال-) forms are folded
 * to the lemma by {@link #unitFor(String, boolean)}.
 */
final class Units {
    private Units() {
    }

    static final Map<String, String> UNITS = new HashMap<>();
    /** Currency word → map of nationality adjective (folded, without ال) → ISO code. */
    static final Map<String, Map<String, String>> CURRENCY_NATIONALITY = new HashMap<>();

    private static void u(String unit, String... forms) {
        for (String f : forms) {
            UNITS.put(ArabicText.normalize(f), unit);
        }
    }

    private static void nat(String currencyUnit, String... pairs) {
        Map<String, String> m = CURRENCY_NATIONALITY.computeIfAbsent(currencyUnit, k -> new HashMap<>());
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(ArabicText.normalize(pairs[i]), pairs[i + 1]);
        }
    }

    static {
        // currencies
        u("USD", "دولار", "دولارات", "دولارا", "دولاران", "دولارين");
        u("EUR", "يورو", "يوروهات");
        u("RUB", "روبل", "روبلات", "روبلا");
        u("lira", "ليرة", "ليرات", "ليره");
        u("pound", "جنيه", "جنيهات", "جنيها");
        u("dinar", "دينار", "دنانير", "دينارا");
        u("riyal", "ريال", "ريالات", "ريالا");
        u("dirham", "درهم", "دراهم", "درهما");
        u("ILS", "شيكل", "شيقل", "شواكل", "شيكلا");
        u("CNY", "يوان");
        u("franc", "فرنك", "فرنكات");
        u("IRR", "تومان");
        u("USD", "$");
        nat("USD", "أمريكي", "USD", "أميركي", "USD", "امريكي", "USD");
        nat("lira", "سورية", "SYP", "سوري", "SYP", "لبنانية", "LBP", "لبناني", "LBP", "تركية", "TRY", "تركي", "TRY");
        nat("pound", "مصري", "EGP", "مصرية", "EGP", "استرليني", "GBP", "إسترليني", "GBP", "سوداني", "SDG", "سودانية", "SDG");
        nat("dinar", "عراقي", "IQD", "أردني", "JOD", "كويتي", "KWD", "ليبي", "LYD", "جزائري", "DZD", "تونسي", "TND",
                "بحريني", "BHD");
        nat("riyal", "سعودي", "SAR", "قطري", "QAR", "عماني", "OMR", "يمني", "YER", "إيراني", "IRR");
        nat("dirham", "إماراتي", "AED", "اماراتي", "AED", "مغربي", "MAD");
        nat("franc", "سويسري", "CHF");
        // measures
        u("km", "كم", "كلم", "كيلومتر", "كيلومترات", "كيلومترا", "كيلو متر", "كيلومترين");
        u("m", "متر", "مترا", "أمتار", "مترين", "امتار");
        u("m2", "متر مربع", "مترا مربعا", "أمتار مربعة", "كيلومتر مربع");
        u("m3", "متر مكعب", "مترا مكعبا", "أمتار مكعبة");
        u("kg", "كغ", "كلغ", "كيلوغرام", "كيلوغرامات", "كيلوغراما", "كيلو", "كيلوجرام", "كجم");
        u("g", "غرام", "غرامات", "جرام", "غراما");
        u("t", "طن", "أطنان", "طنا", "طنان", "طنين", "اطنان");
        u("barrel", "برميل", "براميل", "برميلا");
        u("l", "لتر", "لترات", "ليتر", "ليترات", "لترا");
        u("ha", "هكتار", "هكتارات", "هكتارا");
        u("dunam", "دونم", "دونمات", "دونما");
        u("MW", "ميغاواط", "ميغاوات", "ميجاوات", "ميغا واط");
        u("kW", "كيلوواط", "كيلووات");
        u("mi", "ميل", "أميال");
        u("hour", "ساعة", "ساعات", "ساعتين");
        u("minute", "دقيقة", "دقائق", "دقيقتين");
        u("day", "يوم", "أيام", "يوما");
        u("week", "أسبوع", "أسابيع", "أسبوعا");
        u("month", "شهر", "أشهر", "شهور", "شهرا");
        u("year", "عام", "أعوام", "عاما", "سنة", "سنوات", "سنين");
        // counted nouns (lemma)
        u("شخص", "شخص", "أشخاص", "شخصا", "اشخاص", "نسمة", "نسمات", "فرد", "أفراد");
        u("قتيل", "قتيل", "قتلى", "قتيلا");
        u("جريح", "جريح", "جرحى", "جريحا");
        u("مدني", "مدني", "مدنيين", "مدنيا", "مدنيون");
        u("عنصر", "عنصر", "عناصر", "عنصرا");
        u("مسلح", "مسلح", "مسلحين", "مسلحا", "مسلحون");
        u("جندي", "جندي", "جنود", "جنديا");
        u("مقاتل", "مقاتل", "مقاتلين", "مقاتلا", "مقاتلون");
        u("عسكري", "عسكري", "عسكريين", "عسكريا");
        u("ضابط", "ضابط", "ضباط", "ضابطا");
        u("طفل", "طفل", "أطفال", "طفلا");
        u("امرأة", "امرأة", "نساء", "سيدة", "سيدات");
        u("رجل", "رجل", "رجال", "رجلا");
        u("لاجئ", "لاجئ", "لاجئين", "لاجئا", "لاجئون");
        u("نازح", "نازح", "نازحين", "نازحا", "نازحون");
        u("مهاجر", "مهاجر", "مهاجرين", "مهاجرا");
        u("معتقل", "معتقل", "معتقلين", "معتقلا");
        u("سجين", "سجين", "سجناء", "سجينا");
        u("أسير", "أسير", "أسرى", "أسيرا");
        u("مصاب", "مصاب", "مصابين", "مصابا");
        u("إصابة", "إصابة", "إصابات");
        u("وفاة", "وفاة", "وفيات");
        u("حالة", "حالة", "حالات");
        u("ضحية", "ضحية", "ضحايا");
        u("شهيد", "شهيد", "شهداء", "شهيدا");
        u("قتيل", "قتيلة");
        u("مفقود", "مفقود", "مفقودين");
        u("عائلة", "عائلة", "عائلات", "أسرة", "أسر");
        u("مواطن", "مواطن", "مواطنين", "مواطنا");
        u("مدرسة", "مدرسة", "مدارس");
        u("مستشفى", "مستشفى", "مستشفيات");
        u("منزل", "منزل", "منازل", "منزلا", "بيت", "بيوت", "بيتا");
        u("مبنى", "مبنى", "مباني", "مبان");
        u("صاروخ", "صاروخ", "صواريخ", "صاروخا");
        u("قذيفة", "قذيفة", "قذائف");
        u("غارة", "غارة", "غارات");
        u("طائرة", "طائرة", "طائرات");
        u("مسيرة", "مسيرة", "مسيرات");
        u("دبابة", "دبابة", "دبابات");
        u("آلية", "آلية", "آليات");
        u("سيارة", "سيارة", "سيارات");
        u("شاحنة", "شاحنة", "شاحنات");
        u("دراجة", "دراجة", "دراجات");
        u("قرية", "قرية", "قرى");
        u("بلدة", "بلدة", "بلدات");
        u("موقع", "موقع", "مواقع", "موقعا");
        u("هجوم", "هجوم", "هجمات", "هجوما");
        u("عملية", "عملية", "عمليات");
        u("انفجار", "انفجار", "انفجارات");
        u("ضربة", "ضربة", "ضربات");
        u("طالب", "طالب", "طلاب", "طالبا");
        u("عامل", "عامل", "عمال", "عاملا");
        u("موظف", "موظف", "موظفين", "موظفا");
        u("صوت", "صوت", "أصوات", "صوتا");
        u("مقعد", "مقعد", "مقاعد", "مقعدا");
        u("سلة", "سلة", "سلال");
        u("جرعة", "جرعة", "جرعات");
        u("قافلة", "قافلة", "قوافل");
        u("بئر", "بئر", "آبار");
        u("حقل", "حقل", "حقول");
    }

    /**
     * Unit lemma of a folded word, trying accusative -ا, sound plural -ين/-ون, construct -ي and (when
     * {@code allowDefinite}) the article ال. Returns null if not a unit.
     */
    static String unitFor(String w, boolean allowDefinite) {
        if (w == null || w.isEmpty()) {
            return null;
        }
        String u = lookup(w);
        if (u == null && allowDefinite && w.length() > 3 && w.startsWith("\u0627\u0644")) {
            u = lookup(w.substring(2));
        }
        return u;
    }

    private static String lookup(String w) {
        String u = UNITS.get(w);
        if (u != null) {
            return u;
        }
        int n = w.length();
        if (n > 3 && w.endsWith("\u0627")) {
            u = UNITS.get(w.substring(0, n - 1));
            if (u != null) {
                return u;
            }
        }
        if (n > 4 && (w.endsWith("\u064A\u0646") || w.endsWith("\u0648\u0646"))) {
            u = UNITS.get(w.substring(0, n - 2));
            if (u != null) {
                return u;
            }
        }
        if (n > 3 && w.endsWith("\u064A")) {
            u = UNITS.get(w.substring(0, n - 1)); // construct plural "مسلحي"
            if (u != null) {
                return u;
            }
        }
        if (n > 3 && w.endsWith("\u0648")) {
            u = UNITS.get(w.substring(0, n - 1)); // construct plural "مسلحو"
        }
        return u;
    }
}
