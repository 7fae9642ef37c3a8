package org.isnad.extraction.engine.lexicon;

import java.util.Set;

/**
 * Static lexicon look-ups for other engine stages (attribution, claim scoring). All methods accept surface
 * strings as found in text: proclitics (و ف ب ك ل، لل), quotes, tatweel, diacritics and hamza / teh marbuta /
 * alef maksura variants are tolerated. Thread-safe; never throws; null-safe.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Head nouns that make a phrase an official body even when it is not listed ("وزارة الصحة اللبنانية"). */
    private static final Set<String> OFFICIAL_HEADS = ArabicText.wordSet("""
            وزارة الوزارة هيئة مديرية رئاسة الرئاسة الحكومة حكومة مجلس المجلس الجيش جيش القوات قوات المخابرات
            مخابرات الاستخبارات استخبارات الشرطة شرطة الخارجية الداخلية الدفاع البرلمان برلمان السفارة سفارة
            القنصلية قنصلية محافظة بلدية وكالة_حكومية الأمن الحرس سلاح القيادة قيادة الديوان ديوان النيابة
            نيابة المحكمة محكمة الكونغرس الأركان هيئة_الأركان المفوضية مفوضية السلطات السلطة
            """);

    private static Gazetteer.Entry[] entries(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Gazetteer.get().lookupPhrase(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Gazetteer.Entry best(String s) {
        Gazetteer.Entry[] es = entries(s);
        if (es == null || es.length == 0) {
            return null;
        }
        for (Gazetteer.Entry e : es) {
            if (!e.contextual()) {
                return e;
            }
        }
        return es[0];
    }

    private static boolean any(String s, Gazetteer.Category... cats) {
        Gazetteer.Entry[] es = entries(s);
        if (es == null) {
            return false;
        }
        for (Gazetteer.Entry e : es) {
            for (Gazetteer.Category c : cats) {
                if (e.category() == c) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a news outlet or agency name ("سبوتنيك", "لـ“الجزيرة”", "وكالة سانا", "RT"). */
    public static boolean isOutlet(String s) {
        if (any(s, Gazetteer.Category.OUTLET)) {
            return true;
        }
        // "وكالة سانا", "قناة الجزيرة": an outlet noun + a listed outlet
        Tokens t = Tokens.of(s == null ? "" : s);
        if (t.size >= 2 && TriggerWords.OUTLET_CUE.contains(t.norm[0])) {
            return any(s.substring(t.start[1]), Gazetteer.Category.OUTLET);
        }
        return false;
    }

    /**
     * True for a state body: listed governments, armies, security services and intergovernmental
     * organisations, or any phrase headed by an institutional noun (وزارة، الحكومة، الجيش، مجلس...).
     * Non-state armed groups, NGOs and outlets are not official bodies.
     */
    public static boolean isOfficialBody(String s) {
        Gazetteer.Entry[] es = entries(s);
        if (es != null) {
            for (Gazetteer.Entry e : es) {
                switch (e.category()) {
                    case GOVERNMENT, SECURITY, INTL_ORG -> {
                        return true;
                    }
                    case ARMED_GROUP, NGO, OUTLET -> {
                        return false;
                    }
                    default -> {
                    }
                }
            }
        }
        Tokens t = Tokens.of(s == null ? "" : s);
        if (t.size < 2) {
            return false;
        }
        String[] forms = new String[8];
        int[] strip = new int[8];
        int n = GazetteerProclitics.readings(t.norm[0], forms, strip);
        for (int r = 0; r < n; r++) {
            if (OFFICIAL_HEADS.contains(forms[r])) {
                return true;
            }
        }
        return false;
    }

    /** True for a listed country, capital, governorate, city or region. */
    public static boolean isCountryOrPlace(String s) {
        return any(s, Gazetteer.Category.COUNTRY, Gazetteer.Category.CAPITAL, Gazetteer.Category.GOVERNORATE,
                Gazetteer.Category.CITY, Gazetteer.Category.REGION);
    }

    /** True for a listed country ("سورية" → true). */
    public static boolean isCountry(String s) {
        return any(s, Gazetteer.Category.COUNTRY);
    }

    /** True for a listed non-state armed group ("قسد", "داعش"). */
    public static boolean isArmedGroup(String s) {
        return any(s, Gazetteer.Category.ARMED_GROUP);
    }

    /** True for a listed public figure. */
    public static boolean isKnownPerson(String s) {
        return any(s, Gazetteer.Category.PERSON);
    }

    /** Canonical name of a listed form ("أميركا" → "الولايات المتحدة"), or null if not listed. */
    public static String canonical(String s) {
        Gazetteer.Entry e = best(s);
        return e == null ? null : e.canonical();
    }

    /** Category of a listed form, or null. */
    public static Gazetteer.Category category(String s) {
        Gazetteer.Entry e = best(s);
        return e == null ? null : e.category();
    }

    /** Orthographic folding used by all look-ups (exposed for callers that key their own maps). */
    public static String fold(String s) {
        return ArabicText.normalize(s);
    }
}
