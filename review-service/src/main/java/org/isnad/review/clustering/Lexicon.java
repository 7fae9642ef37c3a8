package org.isnad.review.clustering;

import java.util.HashMap;
import java.util.Map;

/**
 * Hand-written concept lexicon of Arabic news vocabulary for {@link ChangeFeatures}: 32 pairs of
 * opposite concepts (rise / fall, win / lose, open / close, before / after, north / south …).
 * Two words of the same concept are near-synonyms (يصعد / ارتفاع), two words of a pair's opposite
 * concepts are antonyms (أعلى / أدنى). Written from general knowledge of news Arabic (the verbs,
 * verbal nouns and comparatives a wire desk uses for each concept), not mined from ANS; a word may
 * belong to several concepts. Concept c of pair k is bit 2k (side 0) or 2k + 1 (side 1) of a long,
 * so the opposite of a concept mask is a swap of neighbouring bits.
 * <p>
 * Kept separate from {@link Cues#POLARITY}, which drives the hand-tuned rule guards: changing that
 * list would move the rules baseline. Forms are normalised like claims (ArabicText) at load time.
 */
final class Lexicon {

    private Lexicon() {
    }

    private static final String[][][] PAIRS = {
        // 0 rise / fall
        {{"ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "صعد", "صعدت", "يصعد", "تصعد", "صعود", "زاد", "زادت", "يزيد", "تزيد",
          "زياده", "ازدياد", "تزايد", "يتزايد", "تتزايد", "قفز", "قفزت", "يقفز", "تقفز", "قفزه", "مكاسب", "تحسن", "يتحسن",
          "تتحسن", "انتعاش", "ينتعش", "تنتعش", "انتعشت", "تعافى", "يتعافى", "تتعافى", "تعافي", "نمو", "ينمو", "تنمو", "رفع",
          "يرفع", "ترفع", "رفعت", "مرتفع", "مرتفعه", "تصاعد", "يتصاعد", "تتصاعد", "تضاعف", "يتضاعف", "تتضاعف"},
         {"انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض", "هبط", "هبطت", "يهبط", "تهبط", "هبوط", "تراجع", "تراجعت", "يتراجع",
          "تتراجع", "تدهور", "يتدهور", "تتدهور", "هوى", "يهوي", "تهوي", "تهاوى", "تهاوت", "يتهاوى", "انهيار", "انهار", "ينهار",
          "تنهار", "خفض", "يخفض", "تخفض", "خفضت", "تخفيض", "منخفض", "منخفضه", "متدني", "متدنيه", "تقلص", "يتقلص", "تتقلص",
          "انكماش", "ينكمش", "انزلاق", "تنزلق", "ينزلق", "انحدار", "ينحدر", "تنحدر", "يترنح", "تترنح", "نقص", "سقوط", "يسقط", "تسقط", "خسائر", "خساير"}},
        // 1 win / lose
        {{"فاز", "فازت", "يفوز", "تفوز", "فوز", "انتصار", "انتصر", "ينتصر", "تنتصر", "تغلب", "يتغلب", "تتغلب"},
         {"خسر", "خسرت", "يخسر", "تخسر", "خساره", "هزيمه", "انهزم", "ينهزم", "اخفق"}},
        // 2 accept, support / reject, oppose
        {{"قبول", "يقبل", "تقبل", "قبلت", "وافق", "وافقت", "يوافق", "توافق", "موافقه", "يؤيد", "تؤيد", "ايد", "تاييد",
          "دعم", "يدعم", "تدعم", "دعمت", "يساند", "تساند", "مسانده", "اقر", "اقرت", "يقر", "تقر", "مقبول"},
         {"رفض", "رفضت", "يرفض", "ترفض", "يعارض", "تعارض", "عارض", "معارضه", "يدين", "تدين", "ادان", "ادانت", "يندد", "تندد",
          "ندد", "يستنكر", "تستنكر", "مرفوض", "يشجب", "تشجب", "شجب"}},
        // 3 start / postpone, cancel
        {{"بدء", "بدا", "بدات", "يبدا", "تبدا", "انطلاق", "انطلق", "انطلقت", "ينطلق", "تنطلق", "يباشر", "تباشر", "باشر",
          "مباشره", "استئناف", "استانف", "يستانف", "تستانف", "اطلاق", "يطلق", "تطلق"},
         {"تاجيل", "اجل", "اجلت", "يؤجل", "تؤجل", "ارجاء", "يرجئ", "ترجئ", "الغاء", "الغى", "الغت", "يلغي", "تلغي", "تعليق"}},
        // 4 continue / stop
        {{"استمرار", "استمر", "استمرت", "يستمر", "تستمر", "يواصل", "تواصل", "واصل", "واصلت", "مواصله", "متواصل", "مستمر"},
         {"توقف", "توقفت", "يتوقف", "تتوقف", "وقف", "يوقف", "توقف", "ايقاف", "انتهاء", "انتهى", "انتهت", "ينتهي", "تنتهي",
          "انهاء", "ينهي", "تنهي"}},
        // 5 open / close
        {{"فتح", "فتحت", "يفتح", "تفتح", "افتتاح", "افتتح", "افتتحت", "يفتتح", "تفتتح"},
         {"اغلاق", "اغلق", "اغلقت", "يغلق", "تغلق", "غلق", "مغلق"}},
        // 6 release / detain
        {{"افراج", "افرج", "افرجت", "يفرج", "تفرج", "سراح"},
         {"اعتقال", "اعتقل", "اعتقلت", "يعتقل", "تعتقل", "احتجاز", "احتجز", "يحتجز", "تحتجز", "توقيف", "قبض", "يقبض", "تقبض",
          "سجن", "يسجن", "تسجن", "حبس"}},
        // 7 allow / ban
        {{"يسمح", "تسمح", "سمح", "سمحت", "سماح", "يجيز", "تجيز", "اجاز", "اجازت", "ترخيص"},
         {"منع", "منعت", "يمنع", "تمنع", "حظر", "حظرت", "يحظر", "تحظر", "ممنوع", "ممنوعه"}},
        // 8 calm, truce / fighting
        {{"هدوء", "هدنه", "تهدئه", "سلام", "مصالحه", "وقف اطلاق النار"},
         {"اشتباكات", "اشتباك", "مواجهات", "معارك", "قتال", "تصعيد", "حرب", "هجوم", "هجمات", "قصف", "غارات", "غاره"}},
        // 9 agreement, cooperation / dispute
        {{"اتفاق", "اتفقت", "اتفق", "يتفق", "تتفق", "تعاون", "تقارب", "توافق", "تفاهم", "تصالح", "يتصالح", "مصالحه"},
         {"خلاف", "خلافات", "نزاع", "توتر", "توترات", "ازمه", "قطيعه", "صدام", "صراع", "صراعات"}},
        // 10 success / failure
        {{"نجاح", "نجح", "نجحت", "ينجح", "تنجح", "انجاز"}, {"فشل", "فشلت", "يفشل", "تفشل", "اخفاق", "فاشل", "يعجز", "تعجز"}},
        // 11 present, attend / absent, boycott
        {{"حضور", "حضر", "يحضر", "تحضر", "مشاركه", "يشارك", "تشارك", "شارك"},
         {"غياب", "غاب", "يغيب", "تغيب", "يغيبان", "مقاطعه", "يقاطع", "تقاطع", "قاطع"}},
        // 12 convict / acquit
        {{"ادانه", "مدان", "اعدام", "اتهام", "يتهم", "تتهم", "عقوبه", "معاقبه", "يعاقب", "تعاقب"},
         {"براءه", "تبرئه", "يبرئ", "تبرئ", "عفو", "يعفو", "تعفو"}},
        // 13 killed / survive (natural death is not a synonym of being killed)
        {{"مقتل", "قتل", "قتلى", "مصرع", "اغتيال"},
         {"نجاه", "نجا", "ينجو", "تنجو", "سالما", "سالمين", "حيا", "احياء"}},
        // 14 more, bigger, higher / less, smaller, lower (comparatives)
        {{"اكثر", "اكبر", "اعلى", "اعلي", "اعظم", "اطول", "اسرع"}, {"اقل", "اصغر", "ادنى", "ادني", "اقصر", "ابطا"}},
        // 15 first / last
        {{"اول", "اولى", "الاول"}, {"اخر", "اخير", "الاخيره", "اخيره"}},
        // 16 before / after
        {{"قبل", "قبيل"}, {"بعد", "عقب"}},
        // 17 above / below
        {{"فوق"}, {"تحت", "دون"}},
        // 18 north / south
        {{"شمال", "شمالي", "شماليه"}, {"جنوب", "جنوبي", "جنوبيه"}},
        // 19 east / west
        {{"شرق", "شرقي", "شرقيه"}, {"غرب", "غربي", "غربيه"}},
        // 20 buy / sell
        {{"شراء", "يشتري", "تشتري", "اشترى", "اشترت"}, {"بيع", "يبيع", "تبيع", "باع", "باعت"}},
        // 21 export / import
        {{"تصدير", "صادرات", "يصدر", "تصدر"}, {"استيراد", "واردات", "يستورد", "تستورد"}},
        // 22 give, inject, deposit / withdraw, take back
        {{"منح", "يمنح", "تمنح", "منحت", "ضخ", "يضخ", "تضخ", "ايداع", "يودع", "تودع", "وديعه"},
         {"سحب", "يسحب", "تسحب", "سحبت", "استرداد", "يسترد", "تسترد"}},
        // 23 strong / weak
        {{"قوي", "قويه", "قوه", "متين", "صامد"}, {"ضعيف", "ضعيفه", "ضعف", "هش", "هشه"}},
        // 24 safe / dangerous
        {{"امان", "امنه", "سلامه"}, {"خطر", "خطير", "خطيره", "خطوره", "مخاطر"}},
        // 25 true, confirmed / false, denied
        {{"حقيقه", "صحه", "صحيح", "يؤكد", "تؤكد", "اكد", "اكدت", "تاكيد"},
         {"كذب", "كذبه", "اكاذيب", "شائعات", "شائعه", "مزاعم", "زائف", "زائفه", "مفبرك", "ينفي", "تنفي", "نفى", "نفت", "نفي"}},
        // 26 large, wide / small, limited
        {{"كبير", "كبيره", "ضخم", "ضخمه", "واسع", "واسعه", "هائل", "هائله", "فادح", "فادحه"},
         {"صغير", "صغيره", "ضئيل", "ضئيله", "محدود", "محدوده", "طفيف", "طفيفه"}},
        // 27 appoint / dismiss, resign
        {{"تعيين", "يعين", "تعين", "عينت"}, {"اقاله", "يقيل", "تقيل", "اقال", "اقالت", "عزل", "يعزل", "استقاله", "يستقيل", "استقال"}},
        // 28 build / destroy
        {{"بناء", "يبني", "تبني", "بنى", "اعمار", "انشاء", "تشييد"}, {"تدمير", "دمر", "يدمر", "تدمر", "هدم", "يهدم", "تهدم", "خراب"}},
        // 29 enter, take control / leave, withdraw
        {{"دخول", "دخل", "يدخل", "تدخل", "سيطره", "سيطر", "يسيطر", "تسيطر", "احتلال", "اقتحام", "يقتحم", "تقتحم", "استولى"},
         {"خروج", "خرج", "يخرج", "تخرج", "انسحاب", "انسحب", "ينسحب", "تنسحب", "مغادره", "يغادر", "تغادر", "رحيل", "طرد"}},
        // 30 praise, optimism / criticism, fear
        {{"يشيد", "تشيد", "اشاد", "يدافع", "تدافع", "دافع", "دفاع", "اشاده", "ترحيب", "يرحب", "ترحب", "رحب", "تكريم", "يكرم", "تكرم", "تفاؤل", "متفائل", "امال", "ثقه", "واثق"},
         {"انتقاد", "انتقادات", "ينتقد", "تنتقد", "انتقد", "مخاوف", "قلق", "خوف", "تشاؤم", "تحذير", "يحذر", "تحذر", "حذر", "احتجاج", "احتجاجات", "غضب"}},
        // 31 good / bad
        {{"جيد", "جيده", "افضل", "حسن", "ممتاز", "جوده"}, {"سيء", "سيئ", "سيئه", "اسوا", "رديء", "رداءه", "سوء"}},
    };

    /**
     * Near-synonym sets of news vocabulary with no natural opposite (say / announce, warn / threaten,
     * talks / negotiations, killed / victims …): only used to align differing words, never as a
     * contradiction. Written from general knowledge of news Arabic, like {@link #PAIRS}.
     */
    private static final String[][] SYNONYMS = {
        {"قال", "قالت", "يقول", "تقول", "اعلن", "اعلنت", "يعلن", "تعلن", "اعلان", "صرح", "تصريح", "تصريحات", "اوضح", "كشف",
         "كشفت", "يكشف", "تكشف", "بيان", "افاد", "افادت"},
        {"حذر", "حذرت", "يحذر", "تحذر", "تحذير", "تحذيرات", "هدد", "هددت", "يهدد", "تهدد", "تهديد", "تهديدات", "توعد", "يتوعد"},
        {"طالب", "طالبت", "يطالب", "تطالب", "مطالبه", "مطالبات", "دعا", "دعت", "يدعو", "تدعو", "دعوه", "دعوات", "حث", "يحث",
         "تحث", "ناشد", "يناشد", "تناشد"},
        {"هجوم", "هجمات", "اعتداء", "اعتداءات", "غاره", "غارات", "قصف", "ضربه", "ضربات", "يهاجم", "تهاجم", "مهاجمه", "هاجم"},
        {"قتلى", "قتيل", "قتلي", "ضحايا", "ضحيه", "مقتل", "مصرع", "قتل"},
        {"جرحى", "جريح", "جرحي", "مصابين", "مصابون", "اصابه", "اصابات"},
        {"احتجاجات", "احتجاج", "مظاهرات", "تظاهرات", "تظاهره", "متظاهرين", "متظاهرون", "محتجين", "محتجون", "اضراب", "انتفاضه"},
        {"محادثات", "مفاوضات", "حوار", "مباحثات", "مشاورات", "تفاوض", "يتفاوض"},
        {"اتفاق", "اتفاقيه", "اتفاقيات", "صفقه", "صفقات", "معاهده", "تسويه"},
        {"عقوبات", "عقوبه", "قيود"},
        {"ازمه", "ازمات", "مازق", "كارثه", "مشكله", "مشاكل", "ورطه"},
        {"حكومه", "سلطات", "السلطات", "اداره", "نظام"},
        {"جيش", "قوات", "عسكري", "عسكريه", "جنود", "القوات"},
        {"رئيس", "زعيم", "قائد"},
        {"شركه", "شركات", "مؤسسه", "مجموعه"},
        {"سعر", "اسعار", "ثمن", "كلفه", "تكلفه", "قيمه"},
        {"مواطنين", "مواطنون", "مدنيين", "مدنيون", "سكان", "اشخاص", "شخص", "اهالي", "مواطن"},
        {"نزوح", "نازحين", "تهجير", "مهجرين", "لاجئين", "لاجئون", "فرار", "هروب", "نزح"},
        {"مساعدات", "اغاثه", "معونات", "معونه", "مساعده"},
        {"انفجار", "انفجارات", "تفجير", "تفجيرات", "انفجر", "تفجيري", "تفجيريه"},
        {"لقاء", "اجتماع", "قمه", "يلتقي", "تلتقي", "التقى", "اجتمع", "يجتمع", "تجتمع"},
        {"خطه", "خطط", "يعتزم", "تعتزم", "عزم", "عزمها", "ينوي", "تنوي", "نيه", "يخطط", "تخطط"},
        {"تحقيق", "تحقيقات", "تحريات", "يحقق", "تحقق"},
        {"انتخابات", "اقتراع", "تصويت", "يصوت", "تصوت", "انتخاب"},
        {"سبب", "يسبب", "تسبب", "يؤدي", "تؤدي", "ادى", "ادت", "نتيجه", "جراء", "يوديان", "تودي", "يودي"},
        {"قرار", "قرارات", "يقرر", "تقرر", "قرر", "قررت"},
        {"تقرير", "تقارير"},
        {"توقع", "توقعات", "يتوقع", "تتوقع", "تنبؤات", "تنبوات", "ترقب", "يترقب", "تترقب", "مرتقب"},
        {"عالمي", "عالميه", "عالميا", "دولي", "دوليه", "دوليا"},
        {"نساء", "سيدات", "امراه", "سيده", "النساء"},
        {"اطفال", "طفل", "طفله", "صغار", "قاصرين"},
        {"عوده", "يعود", "تعود", "عاد", "عادت", "رجوع", "يرجع", "ترجع"},
        {"مستقر", "مستقره", "استقرار", "ثبات", "يستقر", "تستقر", "ثابت", "ثابته", "يثبت", "تثبت", "تثبيت"},
        {"صعب", "صعبه", "صعوبه", "صعوبات", "عسير"},
        {"يسعى", "تسعى", "سعي", "محاوله", "محاولات", "يحاول", "تحاول", "مساعي", "مساع"},
        {"عنيف", "عنيفه", "حاد", "حاده", "شديد", "شديده", "اعنف", "عنف"},
        {"وصل", "يصل", "تصل", "وصول", "بلغ", "يبلغ", "تبلغ", "بلوغ"},
        {"عمله", "عملات", "نقد", "نقديه"},
        {"مقاطعه", "حصار", "يقاطع", "تقاطع"},
        {"يتهم", "تتهم", "اتهام", "اتهامات", "متهم", "متهمه", "تهمه"},
        {"زياره", "يزور", "تزور", "زار", "زارت"},
        {"يتجه", "تتجه", "اتجاه", "متجه", "متجهه", "توجه", "يتوجه", "تتوجه"},
    };

    static final int PAIR_COUNT = PAIRS.length;
    private static final long EVEN = 0x5555_5555_5555_5555L;

    /** normalised form → concept mask; multi-word entries are looked up by their first two tokens. */
    private static final Map<String, Long> INDEX = new HashMap<>();

    /** normalised form → synonym-set mask. */
    private static final Map<String, Long> SYNONYM_INDEX = new HashMap<>();

    static {
        if (SYNONYMS.length > 64) throw new IllegalStateException("synonym sets must fit a long");
        for (int k = 0; k < SYNONYMS.length; k++) {
            for (String w : SYNONYMS[k]) {
                String n = ArabicText.normalize(w);
                SYNONYM_INDEX.merge(n, 1L << k, (x, y) -> x | y);
                SYNONYM_INDEX.merge(ArabicText.stripClitics(n), 1L << k, (x, y) -> x | y);
                SYNONYM_INDEX.merge(ArabicText.stem(n), 1L << k, (x, y) -> x | y); // looked up by stem
            }
        }
    }

    /** Synonym sets of one token (normalised), looked up like {@link #of}. */
    static long synonymsOf(String token) {
        return lookup(SYNONYM_INDEX, token);
    }

    static {
        if (PAIRS.length > 32) throw new IllegalStateException("concepts must fit a long");
        for (int k = 0; k < PAIRS.length; k++) {
            for (int side = 0; side < 2; side++) {
                for (String w : PAIRS[k][side]) {
                    String n = ArabicText.normalize(w);
                    var toks = ArabicText.tokens(n);
                    String key = toks.size() == 1 ? n : toks.get(0) + " " + toks.get(1);
                    INDEX.merge(key, 1L << (2 * k + side), (x, y) -> x | y);
                    if (toks.size() == 1) INDEX.merge(ArabicText.stripClitics(n), 1L << (2 * k + side), (x, y) -> x | y);
                }
            }
        }
    }

    /** Words that open a new clause in a headline: "X يرتفع مع هبوط Y" is two clauses, one cue each. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of(
            "مع", "بعد", "قبل", "قبيل", "رغم", "برغم", "بسبب", "بفعل", "جراء", "نتيجه", "اثر", "عقب", "وسط", "امام", "مقابل",
            "ظل", "بينما", "فيما", "لكن", "بل", "ثم", "و");

    /**
     * Per token: the concepts of the clause it belongs to. Clauses open at {@link #CLAUSE_OPENERS} and at
     * a conjunction و fused to a defined noun or to a cue word (والدولار, وهبوط): normalisation drops
     * the punctuation that would otherwise separate them.
     */
    static long[] clauses(java.util.List<String> toks, long[] concepts) {
        long[] out = new long[toks.size()];
        int start = 0;
        for (int t = 0; t <= toks.size(); t++) {
            if (t == toks.size() || (t > start && opensClause(toks.get(t), concepts[t]))) {
                long m = 0;
                for (int k = start; k < t; k++) m |= concepts[k];
                for (int k = start; k < t; k++) out[k] = m;
                start = t;
            }
        }
        return out;
    }

    private static boolean opensClause(String token, long concepts) {
        if (CLAUSE_OPENERS.contains(token)) return true;
        return token.length() > 3 && token.charAt(0) == 'و' && (token.startsWith("ال", 1) || concepts != 0);
    }

    /** Concepts of one token (normalised), trying it as written, without clitics, and without one leading و ف ب ل ك. */
    static long of(String token) {
        return lookup(INDEX, token);
    }

    private static long lookup(Map<String, Long> index, String token) {
        Long m = index.get(token);
        if (m != null) return m;
        String bare = ArabicText.stripClitics(token);
        m = Cues.lookup(index, bare);
        if (m != null) return m;
        if (bare.length() > 4 && bare.endsWith("ا")) { // accusative tanween alif: ارتفاعا, هبوطا
            m = Cues.lookup(index, bare.substring(0, bare.length() - 1));
            if (m != null) return m;
        }
        return bare.length() > 4 ? index.getOrDefault(ArabicText.stripSuffix(bare), 0L) : 0L;
    }

    /** Concepts of a two-token expression (وقف اطلاق), 0 if none. */
    static long ofPair(String first, String second) {
        return INDEX.getOrDefault(first + " " + second, 0L);
    }

    /** The opposite concept of every concept in the mask. */
    static long opposite(long mask) {
        return ((mask & EVEN) << 1) | ((mask >>> 1) & EVEN);
    }

    /** Concepts used exclusively, i.e. without their own opposite in the same mask. */
    static long exclusive(long mask) {
        return mask & ~opposite(mask);
    }

    /** Some concept used exclusively by one claim appears, exclusively, as its opposite in the other (rise vs fall). */
    static boolean antonyms(long a, long b) {
        return (exclusive(a) & opposite(exclusive(b))) != 0;
    }
}
