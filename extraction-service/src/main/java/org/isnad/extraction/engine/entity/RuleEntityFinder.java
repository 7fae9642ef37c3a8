package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;
import org.isnad.extraction.engine.text.Tokenizer;

/**
 * The engine's own rule-based recogniser, the fallback for the colleagues' NER / gazetteer / temporal /
 * quantity packages: dates (day names, parts of day, Arabic double month names "تموز/يوليو", numeric dates,
 * relative "الأسبوع الماضي"), quantities (digits or number words, approximators, scales, units), persons
 * (given-name seed list, honorifics, then every later mention of a found surname), organisations (trigger
 * noun + definite modifiers, quoted names after a trigger, a short list of known acronyms/outlets),
 * locations (a small regional seed list, trigger nouns مدينة/بلدة/محافظة/ريف/حقل/مخيم …), and for English
 * capitalised runs, month/day names and numbers.
 */
public final class RuleEntityFinder implements EntityFinder {

    private static Set<String> s(String... w) {
        return ArabicLexicons.set(w);
    }

    private static final Set<String> DAYS = s("الأحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس",
            "الجمعة", "السبت");
    private static final Set<String> DAY_PARTS = s("فجر", "صباح", "ظهر", "مساء", "ليل", "ليلة", "عصر", "ظهيرة",
            "منتصف", "صبيحة", "فجرا", "مساءا", "فجر", "غداة");
    private static final Set<String> REL_DAYS = s("اليوم", "أمس", "غدا", "غداً", "البارحة", "أمس");
    private static final Set<String> PERIODS = s("الأسبوع", "الشهر", "العام", "السنة", "الأشهر", "الأسابيع");
    private static final Set<String> PERIOD_MODS = s("الماضي", "المقبل", "الجاري", "الحالي", "القادم", "المنصرم",
            "الماضية", "المقبلة", "الجارية", "الحالية", "القادمة");
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Set<String> YEAR_HEADS = s("عام", "العام", "سنة", "صيف", "شتاء", "ربيع", "خريف", "مطلع",
            "منتصف", "نهاية", "أواخر", "أوائل", "بداية", "مطلع");
    private static final Set<String> APPROX = s("نحو", "حوالي", "قرابة", "زهاء", "بنحو", "لنحو", "قرابه", "بحوالي");
    private static final Set<String> SCALES = s("ألف", "آلاف", "الف", "مليون", "ملايين", "مليار", "مليارات",
            "مئة", "مائة", "الاف");
    private static final Map<String, Double> NUM_WORDS = new HashMap<>();
    private static final Set<String> UNIT_STOP = s("من", "في", "على", "إلى", "عن", "مع", "منذ", "خلال", "بين",
            "و", "أو", "أن", "إن", "التي", "الذي", "الذين", "قد", "لا", "لم", "ما", "كما", "حتى", "بعد", "قبل");
    private static final Set<String> ORG_TRIGGERS = s("قوى", "وزارة", "الوزارة", "جيش", "الجيش", "قوات", "وكالة", "صحيفة",
            "قناة", "مجلس", "البنك", "بنك", "حزب", "تنظيم", "منظمة", "المرصد", "الجهاز", "جهاز", "صندوق", "هيئة",
            "مركز", "الحكومة", "حكومة", "الفرقة", "مؤسسة", "شركة", "بورصة", "المخابرات", "التحالف", "المقاومة",
            "الأمم", "الاتحاد", "الحشد", "وحدات", "حركة", "جماعة", "القوات", "الهيئة", "المنظمة", "الشرطة",
            "مديرية", "قيادة", "الجهاز", "اللجنة", "لجنة", "مصرف", "المصرف", "جامعة", "الجامعة", "البرلمان",
            "مجلس", "رئاسة", "الرئاسة", "سفارة", "السفارة", "الكونغرس", "محكمة", "المحكمة", "الحرس", "فيلق");
    private static final Set<String> KEEP_TRIGGER_LOC = s("مخيم", "حقل", "جبل", "سجن", "مستشفى", "قاعدة", "مطار",
            "ميناء", "معبر", "سد", "تل", "القرية", "مجمع");
    private static final Set<String> LOC_TRIGGERS = s("مدينة", "بلدة", "قرية", "محافظة", "محافظتي", "ريف", "حي",
            "قضاء", "ناحية", "منطقة", "بادية", "بلدات", "قرى", "مدينتي", "نهر", "بحر", "جزيرة", "حقول", "ولاية", "إقليم", "جنوب", "شمال", "شرق",
            "غرب", "شرقي", "غربي", "شمالي", "جنوبي", "بمدينة", "بريف", "بمحافظة", "وريف", "ضاحية", "مخيمات",
            "إمارة", "عاصمة", "العاصمة");
    private static final Set<String> KNOWN_ORGS = s("داعش", "قسد", "حزب الله", "الحشد الشعبي", "البنتاغون",
            "اليونيفيل", "حماس", "الحوثيين", "الحوثيون", "أوبك", "أوبك+", "الناتو", "طالبان", "هيئة تحرير الشام",
            "الكرملين", "البيت الأبيض", "الأونروا", "اليونيسف", "الإنتربول", "حزب العمال الكردستاني", "فاغنر",
            "الخوذ البيضاء", "تنظيم الدولة", "الجيش الحر", "النصرة", "جبهة النصرة");
    private static final Set<String> SEED_LOCATIONS = s("سوريا", "سورية", "العراق", "لبنان", "مصر", "الأردن",
            "فلسطين", "إسرائيل", "تركيا", "إيران", "روسيا", "أوكرانيا", "الولايات المتحدة", "الولايات المتحدة الأمريكية",
            "أمريكا", "واشنطن", "موسكو", "دمشق", "بغداد", "بيروت", "القاهرة", "عمان", "الرياض", "أبوظبي", "أبو ظبي",
            "دبي", "الدوحة", "الكويت", "المنامة", "مسقط", "صنعاء", "عدن", "الخرطوم", "طرابلس", "تونس", "الجزائر",
            "الرباط", "أنقرة", "إسطنبول", "طهران", "باريس", "لندن", "برلين", "فيينا", "جنيف", "نيويورك", "بكين",
            "حلب", "حمص", "حماة", "إدلب", "اللاذقية", "طرطوس", "درعا", "السويداء", "القنيطرة", "الرقة", "دير الزور",
            "الحسكة", "القامشلي", "البوكمال", "الميادين", "تدمر", "منبج", "عفرين", "الباب", "جرابلس", "الشدادي",
            "البصرة", "الموصل", "أربيل", "كركوك", "النجف", "كربلاء", "الأنبار", "الفلوجة", "الرمادي", "نينوى",
            "ذي قار", "الناصرية", "ديالى", "صلاح الدين", "تكريت", "السليمانية", "دهوك", "واسط", "ميسان",
            "صيدا", "صور", "طرابلس", "بعلبك", "الخيام", "الناقورة", "النبطية", "جونية", "زحلة", "الضاحية",
            "غزة", "الضفة الغربية", "القدس", "رام الله", "جنين", "نابلس", "الخليل", "رفح", "خان يونس",
            "السعودية", "المملكة العربية السعودية", "الإمارات", "قطر", "البحرين", "عمان", "اليمن", "ليبيا",
            "السودان", "المغرب", "موريتانيا", "الصومال", "جيبوتي", "فرنسا", "بريطانيا", "ألمانيا", "إيطاليا",
            "الصين", "اليابان", "الهند", "باكستان", "أفغانستان", "أوروبا", "آسيا", "أفريقيا", "إفريقيا",
            "الفرات", "دجلة", "البحر المتوسط", "البحر الأحمر", "الخليج", "الجولان", "سيناء", "قبرص", "اليونان",
            "البادية السورية", "جدة", "مكة", "المدينة المنورة", "الإسكندرية", "الجيزة", "أسوان",
            "الأقصر", "بورسعيد", "السويس", "قناة السويس");

    private static final Set<String> PLURAL_LOC_TRIGGERS = s("بلدات", "قرى", "مدن", "محافظتي", "مدينتي", "بلدتي",
            "قريتي", "حقول");
    private static final Set<String> PRON_PREP = s("لها", "لهم", "له", "فيها", "فيه", "منها", "منه", "بها", "به",
            "عليها", "عليه", "عنها", "عنه", "اليها", "اليه", "لنا", "معها", "معه", "بهم", "فيهم");
    /** Adjectives that end an organisation name (evaluative or positional, not part of the name). */
    private static final String[] ORG_STOP_PREFIXES = {"الموال", "المدعوم", "المحظور", "الارهابي", "اللاشرعي",
            "النشط", "المتواجد", "المزعوم", "المصنف", "الاخير", "السابق", "الحالي", "الجديد", "الكبير", "المحيط",
            "المذكور", "المنتشر", "المسيطر", "المتمركز", "المنسحب", "المهاجم", "المعارض", "المتطرف"};
    /** Outlet names that are also common words: only with a quote or an outlet noun in front. */
    private static final Set<String> AMBIGUOUS_ORGS = s("العربية", "الوطن", "الشرق", "الأخبار", "النهار", "الحرة",
            "الإخبارية", "المنار", "فارس", "مهر", "المرصد", "الجزيرة", "الميادين", "الأهرام", "قنا", "بترا", "تاس",
            "الإنتربول");
    /** Given names that are also common words (كامل الدعم): need a non-definite next token. */
    private static final Set<String> AMBIGUOUS_FIRST = s("كامل", "جميل", "أمين", "نور", "أمل", "سعيد", "منصور",
            "عادل", "كريم", "صالح", "مالك", "ناصر", "رشيد", "شريف", "عزيز", "هادي", "حامد", "راشد", "سلطان", "بدر",
            "هدى", "منى", "مراد", "نصر", "فؤاد", "جمال", "كمال", "أنور", "سليم", "ربيع", "حافظ", "صادق", "عماد",
            "فاروق", "جواد", "ماجد", "نبيل", "مازن", "فهد", "فيصل", "علي", "تركي", "بشير", "أديب", "عباس");
    private static final Set<String> EN_MONTHS = Set.copyOf(java.util.List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
            "nov.", "dec."));
    private static final Set<String> EN_DAYS = Set.copyOf(java.util.List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today"));
    private static final Set<String> EN_NUM = Set.copyOf(java.util.List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands", "dozen", "twenty", "thirty",
            "forty", "fifty", "hundred"));
    private static final Set<String> EN_APPROX = Set.copyOf(java.util.List.of("more", "less", "nearly", "about", "around", "almost",
            "least", "some", "roughly", "over", "approximately", "up"));
    private static final Set<String> EN_LOC = Set.copyOf(java.util.List.of("London", "Asia", "Europe", "Africa", "Red Sea", "Shanghai",
            "Rotterdam", "Suez", "Suez Canal", "Cape of Good Hope", "Israel", "Egypt", "Sudan", "LONDON", "Saudi Arabia", "Washington", "Syria", "Iraq", "Lebanon",
            "Iran", "Russia", "Ukraine", "China", "Yemen", "Gaza", "Jordan", "Turkey", "Qatar", "Kuwait", "Bahrain",
            "Oman", "Libya", "Moscow", "Beirut", "Damascus", "Baghdad", "Cairo", "Riyadh", "Dubai", "Doha", "Paris",
            "Berlin", "Geneva", "New York", "Tehran", "Ankara", "Istanbul", "United States", "Britain", "France",
            "Germany", "India", "Japan", "Pakistan", "Afghanistan", "Mediterranean", "Gulf", "Bab el-Mandeb",
            "Hodeidah", "Sanaa", "Aden", "West Bank", "Jerusalem", "Tel Aviv", "Singapore", "Europe", "Chad",
            "Ethiopia", "Eritrea", "Somalia", "Djibouti"));
    private static final Set<String> EN_ORG_WORDS = Set.copyOf(java.util.List.of("ministry", "forces", "authority", "agency", "project",
            "nations", "press", "council", "army", "department", "bank", "fund", "organization", "organisation",
            "union", "party", "front", "group", "company", "corporation", "inc", "ltd", "commission", "committee",
            "office", "institute", "university", "command", "police", "guard", "movement", "reuters", "ap", "un", "nato", "opec", "who", "imf", "cnn", "bbc", "afp",
            "associated", "bloomberg", "hamas", "hezbollah", "framework", "court", "center", "centre", "studies",
            "alliance", "coalition", "bloc", "parliament", "assembly", "federation", "network", "foundation",
            "commission", "programme", "program", "ministry"));
    private static final Set<String> EN_TITLES = Set.copyOf(java.util.List.of("prime", "minister", "president",
            "gen.", "brig.", "col.", "lt.", "maj.", "capt.", "dr.", "mr.", "mrs.", "ms.", "prof.", "sen.", "rep.",
            "gov.", "king", "prince", "sheikh", "spokesman", "spokeswoman", "chairman", "secretary", "ambassador",
            "envoy", "commander", "general", "foreign", "defense", "defence", "interior", "finance", "deputy",
            "former", "chief", "judge", "mayor", "senator", "governor", "lawmaker", "speaker"));
    private static final Set<String> EN_STOP_CAPS = Set.copyOf(java.util.List.of("The", "A", "An", "In", "On", "At", "But", "And", "He",
            "She", "They", "It", "We", "I", "This", "That", "These", "Those", "Previous", "More", "Two", "Our",
            "Sign", "Reporting", "Editing", "Copyright", "Related", "According", "As", "If", "While", "After",
            "Before", "Since", "U.S.", "Analysts", "Residents", "Army", "Brig.", "Gen.", "Western", "Container",
            "American", "British", "Saudi-U.S.", "Standards", "All"));

    static {
        String[][] months = {{"يناير", "1"}, {"كانون الثاني", "1"}, {"فبراير", "2"}, {"شباط", "2"}, {"مارس", "3"},
                {"آذار", "3"}, {"أبريل", "4"}, {"إبريل", "4"}, {"نيسان", "4"}, {"مايو", "5"}, {"أيار", "5"},
                {"يونيو", "6"}, {"حزيران", "6"}, {"يوليو", "7"}, {"تموز", "7"}, {"أغسطس", "8"}, {"آب", "8"},
                {"سبتمبر", "9"}, {"أيلول", "9"}, {"أكتوبر", "10"}, {"تشرين الأول", "10"}, {"نوفمبر", "11"},
                {"تشرين الثاني", "11"}, {"ديسمبر", "12"}, {"كانون الأول", "12"}};
        for (String[] m : months) {
            MONTHS.put(Fold.fold(m[0]), Integer.parseInt(m[1]));
        }
        Object[][] nums = {{"واحد", 1}, {"اثنان", 2}, {"اثنين", 2}, {"ثلاث", 3}, {"ثلاثة", 3}, {"أربع", 4},
                {"أربعة", 4}, {"خمس", 5}, {"خمسة", 5}, {"ست", 6}, {"ستة", 6}, {"سبع", 7}, {"سبعة", 7}, {"ثماني", 8},
                {"ثمانية", 8}, {"تسع", 9}, {"تسعة", 9}, {"عشر", 10}, {"عشرة", 10}, {"عشرات", -1}, {"مئات", -1},
                {"آلاف", -1}, {"ملايين", -1}, {"عشرين", 20}, {"ثلاثين", 30}, {"أربعين", 40}, {"خمسين", 50},
                {"مئة", 100}, {"مائة", 100}, {"ألف", 1000}, {"مليون", 1e6}, {"مليار", 1e9}, {"نصف", 0.5}};
        for (Object[] n : nums) {
            NUM_WORDS.put(Fold.fold((String) n[0]), ((Number) n[1]).doubleValue());
        }
    }

    private static final int MAX_PHRASE = 3;
    private static final Set<String> MONTH_FIRST = new HashSet<>();

    static {
        for (String m : MONTHS.keySet()) {
            int sp = m.indexOf(' ');
            if (sp > 0) {
                MONTH_FIRST.add(m.substring(0, sp));
            }
        }
    }

    @Override
    public List<Entity> find(NormalizedText text, String language) {
        List<Entity> out = new ArrayList<>();
        try {
            Set<String> surnames = new HashSet<>();
            List<List<Token>> lines = text.lineTokens();
            boolean english = "en".equals(language) || (!"ar".equals(language) && language != null
                    && !language.equals("und"));
            for (List<Token> toks : lines) {
                try {
                    if (english) {
                        english(text, toks, out);
                    } else {
                        arabic(text, toks, out, surnames);
                    }
                } catch (RuntimeException e) {
                    if (Boolean.getBoolean("isnad.debug")) {
                        e.printStackTrace();
                    }
                }
            }
            if (!english && !surnames.isEmpty()) {
                for (List<Token> toks : lines) {
                    for (Token t : toks) {
                        String f = t.folded();
                        int strip = surnameStrip(f, surnames);
                        if (strip >= 0) {
                            add(text, out, t.start() + strip, t.end(), EntityType.PERSON, null);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("isnad.debug")) {
                e.printStackTrace();
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ Arabic

    private void arabic(NormalizedText text, List<Token> toks, List<Entity> out, Set<String> surnames) {
        int n = toks.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = toks.get(i).folded();
        }
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            int used = date(text, toks, f, i, out);
            if (used > 0) {
                i += used - 1;
                continue;
            }
            used = quantity(text, toks, f, i, out);
            if (used > 0) {
                i += used - 1;
                continue;
            }
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            used = person(text, toks, f, i, out, surnames);
            if (used > 0) {
                i += used - 1;
                continue;
            }
            used = org(text, toks, f, i, out);
            if (used > 0) {
                i += used - 1;
                continue;
            }
            used = location(text, toks, f, i, out);
            if (used > 0) {
                i += used - 1;
            }
        }
    }

    /** Like {@link #cliticStrip} for a small set, without allocating. */
    public static int surnameStrip(String w, Set<String> surnames) {
        for (String sn : surnames) {
            if (w.endsWith(sn)) {
                int p = w.length() - sn.length();
                if (p == 0) {
                    return 0;
                }
                if (p <= 2 && "وبلفك".indexOf(w.charAt(0)) >= 0 && (p == 1 || "بل".indexOf(w.charAt(1)) >= 0)) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** Strips one-letter clitics (و ف ب ل ك, لل→ال) so that {@code set} contains the rest; -1 if none fits. */
    private static int cliticStrip(String w, Set<String> set) {
        if (set.contains(w)) {
            return 0;
        }
        String[] pre = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"};
        for (String p : pre) {
            if (w.length() > p.length() + 1 && w.startsWith(p)) {
                String r = w.substring(p.length());
                if (set.contains(r)) {
                    return p.length();
                }
            }
        }
        if (w.startsWith("لل") && set.contains("ال" + w.substring(2))) {
            return 2; // للميادين -> الميادين (span starts after لل: approximate)
        }
        if (w.startsWith("ولل") && set.contains("ال" + w.substring(3))) {
            return 3;
        }
        return -1;
    }

    private static String joinFolded(String[] f, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            if (k > a) {
                sb.append(' ');
            }
            sb.append(f[k]);
        }
        return sb.toString();
    }

    private int date(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        int k = i;
        String w = f[i];
        int strip = 0;
        String bare = w;
        if (w.length() > 3 && "وبفل".indexOf(w.charAt(0)) >= 0) {
            String r = w.substring(1);
            if (DAY_PARTS.contains(r) || DAYS.contains(r) || REL_DAYS.contains(r) || MONTHS.containsKey(r)
                    || YEAR_HEADS.contains(r)) {
                strip = 1;
                bare = r;
            }
        }
        boolean part = DAY_PARTS.contains(bare);
        if (part) {
            k++;
            if (k < n && f[k].equals("يوم")) {
                k++;
            }
            if (k < n && (DAYS.contains(f[k]) || REL_DAYS.contains(f[k]))) {
                k++;
                if (k < n && DAYS.contains(f[k])) {
                    k++;
                }
                return emitDate(text, toks, i, strip, k, out);
            }
            return 0;
        }
        if (REL_DAYS.contains(bare)) {
            k++;
            if (k < n && DAYS.contains(f[k])) {
                k++;
            }
            // "روسيا اليوم" / "المصري اليوم": an outlet, not a date
            if (i > 0 && (f[i - 1].equals("روسيا") || f[i - 1].equals("المصري"))) {
                return 0;
            }
            return emitDate(text, toks, i, strip, k, out);
        }
        if (DAYS.contains(bare)) {
            k++;
            // "الثلاثاء 25 . 01 . 2022" / "الأربعاء 10 يوليو 2024"
            int e = numericDate(toks, f, k);
            if (e > k) {
                k = e;
            } else if (k + 1 < n && isDayNumber(toks.get(k)) && MONTHS.containsKey(f[k + 1])) {
                k = Math.max(k + 2, monthExpr(toks, f, k + 1));
            } else {
                int m = monthExpr(toks, f, k);
                if (m > k) {
                    k = m;
                }
            }
            return emitDate(text, toks, i, strip, k, out);
        }
        if (PERIODS.contains(bare) && i + 1 < n && PERIOD_MODS.contains(f[i + 1])) {
            if (bare.equals("الاشهر") || bare.equals("الاسابيع")) {
                return 0;
            }
            return emitDate(text, toks, i, strip, i + 2, out);
        }
        if (YEAR_HEADS.contains(bare) && i + 1 < n && isYear(toks.get(i + 1))) {
            return emitDate(text, toks, i, strip, i + 2, out);
        }
        if (toks.get(i).kind() == Token.Kind.NUMBER) {
            int e = numericDate(toks, f, i);
            if (e > i) {
                return emitDate(text, toks, i, 0, e, out);
            }
            // "18 يوليو" / "10 يوليو 2024"
            if (i + 1 < n && MONTHS.containsKey(f[i + 1]) && isDayNumber(toks.get(i))) {
                int m = monthExpr(toks, f, i + 1);
                return emitDate(text, toks, i, 0, Math.max(m, i + 2), out);
            }
            return 0;
        }
        // ordinal day "الثاني من حزيران/يونيو"
        if (i + 2 < n && (f[i].equals("الاول") || f[i].equals("الثاني") || f[i].equals("الثالث")
                || f[i].equals("العاشر") || f[i].equals("الخامس")) && f[i + 1].equals("من")
                && MONTHS.containsKey(f[i + 2])) {
            int m = monthExpr(toks, f, i + 2);
            return emitDate(text, toks, i, 0, m, out);
        }
        String mk = MONTHS.containsKey(bare) ? bare : null;
        if (mk == null && i + 1 < n && MONTH_FIRST.contains(bare) && MONTHS.containsKey(bare + " " + f[i + 1])) {
            mk = bare + " " + f[i + 1];
        }
        if (mk != null) {
            if (bare.equals("اب") && !(i + 1 < n && (isYear(toks.get(i + 1)) || toks.get(i + 1).isPunct('/')))) {
                return 0;
            }
            if (bare.equals("مارس") || bare.equals("مايو")) {
                // ok: month; "مارس" is also a verb ("مارس الضغط") — require a neighbour month/number/modifier
                boolean ok = i + 1 < n && (MONTHS.containsKey(f[i + 1]) || isYear(toks.get(i + 1))
                        || PERIOD_MODS.contains(f[i + 1]) || toks.get(i + 1).isPunct('/'))
                        || i > 0 && toks.get(i - 1).kind() == Token.Kind.NUMBER;
                if (!ok) {
                    return 0;
                }
            }
            int m = monthExpr(toks, f, i);
            if (strip > 0) {
                return emitDate(text, toks, i, strip, m, out);
            }
            return emitDate(text, toks, i, 0, m, out);
        }
        return 0;
    }

    /** A month expression from {@code i}: month [month2 | / month2] [year] [modifier]. Returns its end. */
    private int monthExpr(List<Token> toks, String[] f, int i) {
        int n = toks.size();
        int k = i;
        if (k < n && MONTHS.containsKey(f[k])) {
            k++;
        } else if (k + 1 < n && MONTHS.containsKey(f[k] + " " + f[k + 1])) {
            k += 2;
        } else {
            return i;
        }
        if (k + 1 < n && toks.get(k).isPunct('/')) {
            if (MONTHS.containsKey(f[k + 1])) {
                k += 2;
            } else if (k + 2 < n && MONTHS.containsKey(f[k + 1] + " " + f[k + 2])) {
                k += 3;
            }
        } else if (k < n && MONTHS.containsKey(f[k])) {
            k++;
        } else if (k + 1 < n && MONTHS.containsKey(f[k] + " " + f[k + 1])) {
            k += 2;
        }
        if (k < n && isYear(toks.get(k))) {
            k++;
        }
        if (k < n && PERIOD_MODS.contains(f[k])) {
            k++;
        }
        return k;
    }

    private int numericDate(List<Token> toks, String[] f, int i) {
        int n = toks.size();
        if (i + 4 < n && toks.get(i).kind() == Token.Kind.NUMBER && (toks.get(i + 1).isPunct('.')
                || toks.get(i + 1).isPunct('/') || toks.get(i + 1).isPunct('-'))
                && toks.get(i + 2).kind() == Token.Kind.NUMBER && toks.get(i + 3).text().equals(toks.get(i + 1).text())
                && isYear(toks.get(i + 4)) && isDayNumber(toks.get(i)) && isDayNumber(toks.get(i + 2))) {
            return i + 5;
        }
        return i;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static boolean isYear(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4 || !allDigits(t.text())) {
            return false;
        }
        int y = Integer.parseInt(t.text());
        return y >= 1900 && y <= 2100;
    }

    private static boolean isDayNumber(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.text().length() > 2 || !allDigits(t.text())) {
            return false;
        }
        int d = Integer.parseInt(t.text());
        return d >= 1 && d <= 31;
    }

    private int emitDate(NormalizedText text, List<Token> toks, int i, int strip, int end, List<Entity> out) {
        if (end <= i) {
            return 0;
        }
        add(text, out, toks.get(i).start() + strip, toks.get(end - 1).end(), EntityType.DATE, null);
        return end - i;
    }

    private int quantity(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        int k = i;
        int start = i;
        int strip = 0;
        // approximators
        if (APPROX.contains(f[k])) {
            k++;
        } else if (k + 1 < n && (f[k].equals("اكثر") || f[k].equals("اقل") || f[k].equals("باكثر")
                || f[k].equals("لاكثر")) && f[k + 1].equals("من")) {
            k += 2;
        } else if (k + 1 < n && f[k].equals("ما") && f[k + 1].equals("يقارب")) {
            k += 2;
            if (k < n && f[k].equals("من")) {
                k++;
            }
        }
        if (k >= n) {
            return 0;
        }
        Token t = toks.get(k);
        Double value;
        String w = f[k];
        String bare = w.length() > 3 && (w.startsWith("و") || w.startsWith("ب")) && NUM_WORDS.containsKey(w.substring(1))
                ? w.substring(1) : w;
        if (t.kind() == Token.Kind.NUMBER) {
            if (isYear(t) && !(k + 1 < n && isUnitWord(f[k + 1]))) {
                return 0;
            }
            value = parseNumber(t.text());
        } else if (k > 0 && f[k - 1].startsWith("ال") && (bare.equals("عشر") || bare.equals("عشره"))) {
            return 0; // ordinal "التاسع عشر"
        } else if (NUM_WORDS.containsKey(bare) && k + 1 < n && toks.get(k + 1).kind() == Token.Kind.WORD
                && !UNIT_STOP.contains(f[k + 1]) && !f[k + 1].startsWith("ال") || (NUM_WORDS.containsKey(bare)
                && NUM_WORDS.get(bare) < 0 && k + 1 < n && f[k + 1].startsWith("ال"))) {
            double v = NUM_WORDS.get(bare);
            value = v < 0 ? null : v;
            if (bare != w && k == start) {
                strip = 1;
            }
        } else {
            return 0;
        }
        k++;
        // "2كم": unit glued to the number in the text
        if (t.kind() == Token.Kind.NUMBER && k < n && toks.get(k).start() == t.end()
                && toks.get(k).kind() == Token.Kind.WORD) {
            add(text, out, toks.get(start).start(), toks.get(k).end(), EntityType.QUANTITY, value);
            return k + 1 - start;
        }
        if (k < n && SCALES.contains(f[k])) {
            double mult = switch (f[k]) {
                case "الف", "الاف" -> 1e3;
                case "مليون", "ملايين" -> 1e6;
                case "مليار", "مليارات" -> 1e9;
                default -> 100;
            };
            value = value == null ? null : value * mult;
            k++;
        }
        // unit / counted noun
        if (k < n && toks.get(k).kind() == Token.Kind.WORD && !UNIT_STOP.contains(f[k])
                && !(f[k].startsWith("ال") && !f[k].equals("الف"))) {
            k++;
            if (k < n && (f[k - 1].equals("في") || f[k - 1].equals("درجه")) && k < n
                    && toks.get(k).kind() == Token.Kind.WORD) {
                k++;
            }
        } else if (k + 1 < n && f[k].equals("في") && (f[k + 1].equals("المئه") || f[k + 1].equals("المائه"))) {
            k += 2;
        } else if (t.kind() != Token.Kind.NUMBER || !t.text().endsWith("%")) {
            if (t.kind() == Token.Kind.NUMBER && start == k - 1 && !isYear(t)) {
                // bare number: keep only with an approximator or when it is clearly a count
                return 0;
            }
        }
        if (t.kind() != Token.Kind.NUMBER && value == null && k - start == 1 && k < n
                && toks.get(k).kind() == Token.Kind.WORD && f[k].startsWith("ال")) {
            k++; // "مئات الأطنان"
        }
        if (k > start + 0 && (t.kind() == Token.Kind.NUMBER || k - start >= 2)) {
            add(text, out, toks.get(start).start() + strip, toks.get(k - 1).end(), EntityType.QUANTITY, value);
            return k - start;
        }
        return 0;
    }

    private static boolean isUnitWord(String w) {
        return w.startsWith("دولار") || w.startsWith("برميل") || w.startsWith("طن") || w.equals("شخص")
                || w.startsWith("ميغاواط");
    }

    static Double parseNumber(String s) {
        try {
            String t = s.replace(",", "").replace("%", "");
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private int person(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out, Set<String> surnames) {
        int n = toks.size();
        String w = f[i];
        boolean hon = ArabicLexicons.HONORIFICS.contains(w);
        int strip = 0;
        boolean first = ArabicLexicons.FIRST_NAMES.contains(w);
        if (!first && !hon && w.length() > 3 && w.startsWith("و") && ArabicLexicons.FIRST_NAMES.contains(w.substring(1))) {
            first = true;
            strip = 1;
        }
        if (!hon && !first) {
            return 0;
        }
        if (i > 0 && f[i - 1].equals("باسم")) {
            return 0;
        }
        if (!hon && AMBIGUOUS_FIRST.contains(strip > 0 ? w.substring(strip) : w) && (i + 1 >= n
                || f[i + 1].startsWith("ال") || f[i + 1].startsWith("و") || toks.get(i + 1).kind() != Token.Kind.WORD)) {
            return 0;
        }
        int s = hon ? i + 1 : i;
        while (s < n && ArabicLexicons.HONORIFICS.contains(f[s])) {
            s++;
        }
        int e = s;
        while (e < n && e - s < 4) {
            Token t = toks.get(e);
            String fe = f[e];
            if (t.kind() != Token.Kind.WORD || ArabicLexicons.SPEAKER_STOPS.contains(fe)
                    || ArabicLexicons.NOT_NAME.contains(fe) || org.isnad.extraction.engine.attribution.CueLexicon.get()
                    .lookup(fe) != null || org.isnad.extraction.engine.attribution.CueLexicon.get().isComplementizer(fe)) {
                break;
            }
            if (e > s && fe.startsWith("ال") && !(f[e - 1].equals("عبد") || f[e - 1].equals("ابو"))) {
                if (fe.endsWith("يه") || fe.endsWith("ي") && e == s + 1 && false) {
                    break;
                }
                e++;
                break;
            }
            if (e == s && fe.startsWith("ال") && !hon) {
                break;
            }
            e++;
        }
        int len = e - s;
        if (len >= 2 || hon && len >= 1) {
            int from = hon ? s : i;
            add(text, out, toks.get(from).start() + (hon ? 0 : strip), toks.get(e - 1).end(), EntityType.PERSON, null);
            surnames.add(f[e - 1]);
            return e - i;
        }
        return 0;
    }

    /** First words of multi-word gazetteer entries, so that most tokens are rejected with one lookup. */
    private static final Set<String> ORG_FIRST = firstWords(KNOWN_ORGS, ArabicLexicons.OUTLET_NAMES);
    private static final Set<String> LOC_FIRST = firstWords(SEED_LOCATIONS);

    @SafeVarargs
    private static Set<String> firstWords(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> set : sets) {
            for (String e : set) {
                int sp = e.indexOf(' ');
                out.add(sp < 0 ? e : e.substring(0, sp));
            }
        }
        return out;
    }

    private static boolean firstWordKnown(Set<String> first, String w) {
        if (first.contains(w)) {
            return true;
        }
        if (w.length() > 2 && "وبلفك".indexOf(w.charAt(0)) >= 0 && first.contains(w.substring(1))) {
            return true;
        }
        if (w.length() > 3 && (w.startsWith("وب") || w.startsWith("ول")) && first.contains(w.substring(2))) {
            return true;
        }
        return w.length() > 3 && w.startsWith("لل") && first.contains("ال" + w.substring(2));
    }

    private int org(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        // known names (1-4 tokens)
        boolean candidate = firstWordKnown(ORG_FIRST, f[i]);
        for (int len = Math.min(4, n - i); len >= 1 && candidate; len--) {
            String ph = joinFolded(f, i, i + len);
            int strip = 0;
            if (!KNOWN_ORGS.contains(ph) && !ArabicLexicons.OUTLET_NAMES.contains(ph)) {
                int st = cliticStrip(f[i], Set.of());
                String alt = null;
                for (String p : new String[]{"و", "ب", "ل", "ف"}) {
                    if (f[i].startsWith(p) && f[i].length() > 2) {
                        String r = f[i].substring(1) + (len > 1 ? " " + joinFolded(f, i + 1, i + len) : "");
                        if (KNOWN_ORGS.contains(r) || ArabicLexicons.OUTLET_NAMES.contains(r) && r.length() > 3) {
                            alt = r;
                            strip = 1;
                        }
                    }
                }
                if (f[i].startsWith("لل")) {
                    String r = "ال" + f[i].substring(2) + (len > 1 ? " " + joinFolded(f, i + 1, i + len) : "");
                    if (KNOWN_ORGS.contains(r) || ArabicLexicons.OUTLET_NAMES.contains(r)) {
                        alt = r;
                        strip = 2;
                    }
                }
                if (alt == null || st > 99) {
                    continue;
                }
            }
            if (len == 1 && ph.length() <= 2) {
                continue;
            }
            if (len == 1 && strip == 0 && AMBIGUOUS_ORGS.contains(ph)
                    && !(i > 0 && (toks.get(i - 1).isQuote() || ArabicLexicons.OUTLET_HEADS.contains(f[i - 1])))) {
                continue;
            }
            if (len == 1 && strip > 0 && AMBIGUOUS_ORGS.contains(ph.length() > 2 ? f[i].substring(strip) : ph)
                    && !f[i].startsWith("لل")) {
                continue;
            }
            add(text, out, toks.get(i).start() + strip, toks.get(i + len - 1).end(), EntityType.ORGANIZATION, null);
            return len;
        }
        String w = f[i];
        int strip = 0;
        String bare = w;
        if (!ORG_TRIGGERS.contains(w)) {
            if (w.length() > 3 && (w.startsWith("و") || w.startsWith("ب") || w.startsWith("ف") || w.startsWith("ل"))
                    && ORG_TRIGGERS.contains(w.substring(1))) {
                strip = 1;
                bare = w.substring(1);
            } else if (w.startsWith("لل") && ORG_TRIGGERS.contains("ال" + w.substring(2))) {
                strip = 2;
                bare = "ال" + w.substring(2);
            } else {
                return 0;
            }
        }
        int k = i + 1;
        // quoted name after the trigger: تنظيم “داعش”
        if (k < n && toks.get(k).isQuote()) {
            int e = k + 1;
            while (e < n && !toks.get(e).isQuote() && e - k <= 4 && toks.get(e).kind() == Token.Kind.WORD) {
                e++;
            }
            if (e < n && toks.get(e).isQuote() && e > k + 1) {
                add(text, out, toks.get(k + 1).start(), toks.get(e - 1).end(), EntityType.ORGANIZATION, null);
                return e + 1 - i;
            }
            return 0;
        }
        int e = k;
        boolean seenL = false;
        while (e < n && e - k < 5) {
            String fe = f[e];
            Token t = toks.get(e);
            if (t.kind() != Token.Kind.WORD) {
                if (t.isPunct('(') && e + 2 < n && toks.get(e + 2).isPunct(')')) {
                    break;
                }
                break;
            }
            if (isOrgStopAdjective(fe)) {
                break;
            }
            if (fe.startsWith("وال") && !(e > k && (f[e - 1].startsWith("لل") || seenL))) {
                break;
            }
            if (fe.startsWith("لل")) {
                seenL = true;
            }
            if (fe.startsWith("ال") || (fe.startsWith("لل") && e > k) || (fe.startsWith("وال") && e > k)
                    || (fe.startsWith("ل") && e > k && fe.length() > 4 && !fe.startsWith("لل") && false)) {
                if (ORG_TRIGGERS.contains(fe) && e > k && !fe.equals("الامن") && !fe.equals("الدفاع")) {
                    break;
                }
                e++;
                continue;
            }
            if (fe.equals("لحقوق") || fe.equals("لشؤون") || fe.equals("لتحرير")) {
                e++;
                continue;
            }
            break;
        }
        // trailing "و" coordination left dangling / prepositional tail: trim
        while (e > k && (f[e - 1].startsWith("لل") && e - 1 == k)) {
            e--;
        }
        if (e == k) {
            return 0;
        }
        String head = bare;
        if ((head.equals("الجيش") || head.equals("الحكومه") || head.equals("القوات")) && e - k < 1) {
            return 0;
        }
        add(text, out, toks.get(i).start() + strip, toks.get(e - 1).end(), EntityType.ORGANIZATION, null);
        return e - i;
    }

    /** "بلدات عيتا الشعب وكفركلا والخيام": each coordinated proper name is a location. */
    private int pluralLocations(NormalizedText text, List<Token> toks, String[] f, int i, int k, List<Entity> out) {
        int n = toks.size();
        if (k >= n || toks.get(k).kind() != Token.Kind.WORD || f[k].startsWith("ال") || PRON_PREP.contains(f[k])
                || ArabicLexicons.NOT_NAME.contains(f[k])) {
            return 0;
        }
        int e = k + 1;
        if (e < n && toks.get(e).kind() == Token.Kind.WORD && f[e].startsWith("ال") && !isOrgStopAdjective(f[e])
                && !f[e].endsWith("يه")) {
            e++;
        }
        add(text, out, toks.get(k).start(), toks.get(e - 1).end(), EntityType.LOCATION, null);
        while (e < n && toks.get(e).kind() == Token.Kind.WORD && f[e].startsWith("و") && f[e].length() > 3) {
            int st = f[e].startsWith("وال") ? 1 : 1;
            add(text, out, toks.get(e).start() + st, toks.get(e).end(), EntityType.LOCATION, null);
            e++;
        }
        return e - i;
    }

    private static boolean isOrgStopAdjective(String f) {
        for (String p : ORG_STOP_PREFIXES) {
            if (f.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private int location(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        boolean candidate = firstWordKnown(LOC_FIRST, f[i]);
        for (int len = Math.min(MAX_PHRASE + 1, n - i); len >= 1 && candidate; len--) {
            String ph = joinFolded(f, i, i + len);
            int strip = -1;
            if (SEED_LOCATIONS.contains(ph)) {
                strip = 0;
            } else {
                for (String p : new String[]{"و", "ب", "ل", "ف", "وب", "ول"}) {
                    if (f[i].startsWith(p) && f[i].length() > p.length() + 1
                            && SEED_LOCATIONS.contains(ph.substring(p.length()))) {
                        strip = p.length();
                        break;
                    }
                }
            }
            if (strip >= 0) {
                add(text, out, toks.get(i).start() + strip, toks.get(i + len - 1).end(), EntityType.LOCATION, null);
                return len;
            }
        }
        String w = f[i];
        String bare = w;
        int strip = 0;
        if (!KEEP_TRIGGER_LOC.contains(w) && !LOC_TRIGGERS.contains(w) && w.length() > 3
                && (w.startsWith("و") || w.startsWith("ب") || w.startsWith("ف") || w.startsWith("ل"))) {
            bare = w.substring(1);
            strip = 1;
        }
        boolean keep = KEEP_TRIGGER_LOC.contains(bare);
        boolean trig = LOC_TRIGGERS.contains(bare);
        if (!keep && !trig) {
            return 0;
        }
        int k = i + 1;
        boolean quoted = false;
        if (k < n && toks.get(k).isQuote()) {
            k++;
            quoted = true;
        }
        if (PLURAL_LOC_TRIGGERS.contains(bare)) {
            return pluralLocations(text, toks, f, i, k, out);
        }
        int e = k;
        while (e < n && e - k < 2 && toks.get(e).kind() == Token.Kind.WORD && !UNIT_STOP.contains(f[e])
                && !ArabicLexicons.NOT_NAME.contains(f[e]) && !LOC_TRIGGERS.contains(f[e])
                && !PRON_PREP.contains(f[e]) && !REL_DAYS.contains(f[e]) && !DAYS.contains(f[e])
                && !PERIODS.contains(f[e]) && !DAY_PARTS.contains(f[e]) && !isOrgStopAdjective(f[e])) {
            if (e > k && !f[e].startsWith("ال") && !quoted) {
                break;
            }
            if (e > k && (f[e].endsWith("يه") || f[e].endsWith("ي")) && f[e].startsWith("ال") && !quoted
                    && e - k >= 1 && !keep) {
                break; // adjective: ريف دير الزور الشرقي
            }
            e++;
        }
        if (e == k) {
            return 0;
        }
        String name = joinFolded(f, k, e);
        if (name.length() < 3 || name.equals("المنطقه") || PERIOD_MODS.contains(name)) {
            return 0;
        }
        if (SEED_LOCATIONS.contains(name) || (e - k == 1 && !f[k].startsWith("ال")) || keep || quoted
                || f[k].startsWith("ال") && e - k <= 2) {
            if (keep) {
                add(text, out, toks.get(i).start() + strip, toks.get(e - 1).end(), EntityType.LOCATION, null);
            } else {
                add(text, out, toks.get(k).start(), toks.get(e - 1).end(), EntityType.LOCATION, null);
            }
            return (quoted && e < n && toks.get(e).isQuote() ? e + 1 : e) - i;
        }
        return 0;
    }

    // ------------------------------------------------------------------------------------------ English

    private void english(NormalizedText text, List<Token> toks, List<Entity> out) {
        int n = toks.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = toks.get(i).text().toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            // dates
            if (EN_MONTHS.contains(f[i]) && t.isCapitalized() && !(f[i].equals("may") && (i + 1 >= n
                    || toks.get(i + 1).kind() != Token.Kind.NUMBER))) {
                int e = i + 1;
                if (e < n && toks.get(e).kind() == Token.Kind.NUMBER && toks.get(e).text().length() <= 2) {
                    e++;
                }
                if (e + 1 < n && toks.get(e).isPunct(',') && isYear(toks.get(e + 1))) {
                    e += 2;
                } else if (e < n && isYear(toks.get(e))) {
                    e++;
                }
                add(text, out, t.start(), toks.get(e - 1).end(), EntityType.DATE, null);
                i = e - 1;
                continue;
            }
            if (EN_DAYS.contains(f[i]) && (t.isCapitalized() || f[i].equals("yesterday"))) {
                add(text, out, t.start(), t.end(), EntityType.DATE, null);
                continue;
            }
            // quantities
            int q = enQuantity(text, toks, f, i, out);
            if (q > 0) {
                i += q - 1;
                continue;
            }
            if (!t.isCapitalized()) {
                continue;
            }
            // capitalised run
            int e = i;
            while (e < n && (toks.get(e).isCapitalized() || (e > i && (f[e].equals("of") || f[e].equals("&")
                    || f[e].equals("for")) && e + 1 < n && toks.get(e + 1).isCapitalized())
                    || e > i && (f[e].startsWith("al-") || f[e].startsWith("el-")) && f[e].length() > 4
                    && Character.isUpperCase(toks.get(e).text().charAt(3)))) {
                e++;
            }
            int s0 = i;
            while (s0 < e && (EN_STOP_CAPS.contains(toks.get(s0).text()) || EN_TITLES.contains(f[s0]))) {
                s0++;
            }
            if (s0 >= e) {
                i = e - 1;
                continue;
            }
            String phrase = text.norm().substring(toks.get(s0).start(), toks.get(e - 1).end());
            // "Egypt's" -> "Egypt"
            String p2 = phrase.endsWith("'s") ? phrase.substring(0, phrase.length() - 2) : phrase;
            int endOff = toks.get(e - 1).end() - (phrase.length() - p2.length());
            EntityType type;
            boolean orgWord = false;
            for (int k = s0; k < e; k++) {
                String fk = f[k].endsWith("'s") ? f[k].substring(0, f[k].length() - 2) : f[k];
                if (EN_ORG_WORDS.contains(fk)) {
                    orgWord = true;
                }
            }
            boolean datelineCaps = s0 == 0 && p2.equals(p2.toUpperCase(Locale.ROOT)) && e < n
                    && (toks.get(e).isPunct('(') || toks.get(e).isPunct(',') || toks.get(e).isPunct('-'));
            if (EN_LOC.contains(p2) || EN_LOC.contains(titleCase(p2)) || datelineCaps) {
                type = EntityType.LOCATION;
            } else if (orgWord) {
                type = EntityType.ORGANIZATION;
            } else if (s0 > 0 && (f[s0 - 1].equals("at") || f[s0 - 1].equals("by"))) {
                type = EntityType.ORGANIZATION;
            } else if (e - s0 >= 2 && e - s0 <= 4) {
                type = EntityType.PERSON;
            } else if (s0 > 0 && (f[s0 - 1].equals("in") || f[s0 - 1].equals("to") || f[s0 - 1].equals("from"))) {
                type = EntityType.LOCATION;
            } else {
                i = e - 1;
                continue;
            }
            // a leading location inside an org name: "Egypt's Suez Canal Authority"
            if (phrase.contains("'s ") && type == EntityType.ORGANIZATION) {
                int ap = phrase.indexOf("'s ");
                String loc = phrase.substring(0, ap);
                int ls = toks.get(s0).start();
                if (EN_LOC.contains(loc)) {
                    add(text, out, ls, ls + loc.length(), EntityType.LOCATION, null);
                    add(text, out, ls + ap + 3, endOff, EntityType.ORGANIZATION, null);
                    i = e - 1;
                    continue;
                }
            }
            add(text, out, toks.get(s0).start(), endOff, type, null);
            i = e - 1;
        }
    }

    private static String titleCase(String s) {
        if (s.length() < 2 || !s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(start ? ch : Character.toLowerCase(ch));
            start = ch == ' ' || ch == '-';
        }
        return b.toString();
    }

    private int enQuantity(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        int k = i;
        if (f[k].equals("more") || f[k].equals("less") || f[k].equals("fewer")) {
            if (k + 1 < n && f[k + 1].equals("than")) {
                k += 2;
            } else {
                return 0;
            }
        } else if (f[k].equals("at") && k + 1 < n && (f[k + 1].equals("least") || f[k + 1].equals("most"))) {
            k += 2;
        } else if (EN_APPROX.contains(f[k]) && !f[k].equals("up")) {
            k++;
        }
        if (k < n && toks.get(k).isPunct('$')) {
            k++;
        }
        if (k >= n) {
            return 0;
        }
        Token t = toks.get(k);
        boolean num = t.kind() == Token.Kind.NUMBER;
        if (!num && !EN_NUM.contains(f[k])) {
            return 0;
        }
        if (num && isYear(t) && k == i) {
            return 0;
        }
        int s = (i < k && toks.get(i).isPunct('$')) ? i : i;
        k++;
        if (k < n && (f[k].equals("million") || f[k].equals("billion") || f[k].equals("thousand"))) {
            k++;
        }
        if (k + 1 < n && f[k].equals("to") && toks.get(k + 1).kind() == Token.Kind.NUMBER) {
            k += 2;
        }
        if (num && k + 1 < n && toks.get(k).isPunct('-') && toks.get(k + 1).kind() == Token.Kind.WORD
                && toks.get(k).start() == t.end()) {
            add(text, out, t.start(), toks.get(k + 1).end(), EntityType.QUANTITY, parseNumber(t.text()));
            return k + 2 - i;
        }
        boolean pct = t.text().endsWith("%") || (k < n && f[k].equals("percent"));
        if (k < n && f[k].equals("percent")) {
            k++;
        }
        if (!pct && k < n && toks.get(k).kind() == Token.Kind.WORD && !Set.of("of", "the", "a", "and", "to", "in",
                "on", "for", "from", "with", "since").contains(f[k])) {
            k++;
        }
        if (k - i == 1 && !num) {
            return 0;
        }
        if (k - i == 1 && num && !pct && !(i > 0 && toks.get(i - 1).isPunct('$'))) {
            return 0;
        }
        int start = (i > 0 && toks.get(i - 1).isPunct('$') && i == k - 1) ? i - 1 : s;
        if (i > 0 && toks.get(i - 1).isPunct('$')) {
            start = i - 1;
        }
        add(text, out, toks.get(start).start(), toks.get(k - 1).end(), EntityType.QUANTITY,
                num ? parseNumber(t.text()) : null);
        return k - i;
    }

    private static void add(NormalizedText text, List<Entity> out, int ns, int ne, EntityType type, Double value) {
        if (ne <= ns) {
            return;
        }
        Span sp = text.toOriginal(ns, ne);
        String orig = text.original();
        int a = sp.start();
        int b = sp.end();
        while (a < b && (Character.isWhitespace(orig.charAt(a)) || orig.charAt(a) == 'ـ')) {
            a++;
        }
        while (b > a && Character.isWhitespace(orig.charAt(b - 1))) {
            b--;
        }
        if (b <= a) {
            return;
        }
        String t = orig.substring(a, b);
        String normalized = value != null ? (value == Math.floor(value) && !Double.isInfinite(value)
                ? String.valueOf(value.longValue()) : String.valueOf(value)) : text.norm().substring(ns, ne);
        out.add(new Entity(t, type, a, b, normalized));
    }
}
