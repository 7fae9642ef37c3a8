package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.ArabicDateQuantityRules.*;
import static org.isnad.extraction.engine.entity.EnglishEntityRules.*;
import static org.isnad.extraction.engine.entity.ArabicNameRules.*;
import static org.isnad.extraction.engine.entity.RuleEntityFinder.*;
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
import org.isnad.extraction.engine.lexicon.NameBoundaries;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.KeyFilter;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;
import org.isnad.extraction.engine.text.Tokenizer;

/** Arabic locations for {@link RuleEntityFinder}: a regional seed list and trigger nouns (مدينة، ريف، حقل، مخيم...), split from {@link ArabicNameRules}. */
final class ArabicPlaceRules {
    private ArabicPlaceRules() {
    }

    static final Set<String> KEEP_TRIGGER_LOC = s("مخيم", "حقل", "جبل", "سجن", "مستشفى", "قاعدة", "مطار",
            "ميناء", "معبر", "سد", "تل", "القرية", "مجمع");

    static final Set<String> LOC_TRIGGERS = s("مدينة", "بلدة", "قرية", "محافظة", "محافظتي", "ريف", "حي",
            "قضاء", "ناحية", "منطقة", "بادية", "بلدات", "قرى", "مدينتي", "نهر", "بحر", "جزيرة", "حقول", "ولاية", "إقليم", "جنوب", "شمال", "شرق",
            "غرب", "شرقي", "غربي", "شمالي", "جنوبي", "بمدينة", "بريف", "بمحافظة", "وريف", "ضاحية", "مخيمات",
            "إمارة", "عاصمة", "العاصمة");

    static final Set<String> SEED_LOCATIONS = s("سوريا", "سورية", "العراق", "لبنان", "مصر", "الأردن",
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

    /**
     * Definite common nouns that refer back to a place already named ("جنوبي المملكة", "غربي البلاد",
     * "شمال القطاع"): anaphora, not place names.
     */
    static final Set<String> GENERIC_PLACE_REFS = s("المنطقة", "المملكة", "البلاد", "القطاع", "المدينة", "الجزيرة",
            "الإقليم", "المحافظة", "الولاية", "الدولة", "البلدة", "القرية", "الصحراء", "الحي", "الريف");

    /** Dual place nouns: they name exactly two places ("بلديتا X وY … وقفات" stops after Y). */
    static final Set<String> DUAL_LOC_TRIGGERS = s("محافظتي", "مدينتي", "بلدتي", "قريتي", "بلديتا", "بلديتي",
            "مديريتي", "مديريتا", "جبهتي", "جبهتا", "ناحيتي", "ناحيتا", "منطقتي", "منطقتا", "بلدتا", "قريتا",
            "مدينتا", "محافظتا", "مخيمي", "مخيما");

    static final Set<String> PLURAL_LOC_TRIGGERS = new HashSet<>(s("بلدات", "قرى", "مدن", "حقول", "موانئ"));

    static {
        PLURAL_LOC_TRIGGERS.addAll(DUAL_LOC_TRIGGERS);
    }

    /**
     * Indefinite adjectives that describe places after a plural place noun: "قرى محيطة / مجاورة / نائية" are
     * villages around, not villages named so.
     */
    static final Set<String> PLACE_ADJECTIVES = s("محيطة", "مجاورة", "متفرقة", "مختلفة", "عديدة", "عدة", "نائية",
            "حدودية", "قريبة", "بعيدة", "أخرى", "كثيرة", "صغيرة", "كبيرة", "ريفية", "داخلية", "ساحلية", "جبلية",
            "صحراوية", "محاذية", "متاخمة", "واقعة", "مدمرة", "محاصرة", "مهجورة", "عربية", "كبرى", "رئيسية");

    /**
     * First words of compound place names, which the name rule would otherwise stop at ("أم" is also "or"):
     * "بلدة أم X", "قرية أبو X", "بلدة عين X", "قرية بيت X", "مدينة رأس X".
     */
    static final Set<String> COMPOUND_PLACE_FIRST = s("أم", "أبو", "أبي", "بني", "بيت", "عين", "رأس", "دير",
            "كفر", "تل", "بئر", "خربة", "جسر", "وادي", "سيدي", "عرب", "باب");

    static final Set<String> PRON_PREP = s("لها", "لهم", "له", "فيها", "فيه", "منها", "منه", "بها", "به",
            "عليها", "عليه", "عنها", "عنه", "اليها", "اليه", "لنا", "معها", "معه", "بهم", "فيهم",
            // ent24: the negating "non-" of an adjective, "معبر غير شرعي", "مخيم غير رسمي": never a place's name
            "غير");

    static final Set<String> LOC_FIRST = firstWords(SEED_LOCATIONS);

    /** First words of the seed places by length, under the prefixes {@link #location} strips. */
    private static final NameStarts SEED_STARTS = new NameStarts(new String[]{"و", "ب", "ل", "ف", "وب", "ول"}, false,
            SEED_LOCATIONS);

    /** {@link ArabicNameRules#firstWordForms} of {@link #LOC_FIRST}: one look-up per token. */
    static final Set<String> LOC_FIRST_FORMS = firstWordForms(LOC_FIRST);

    /** {@link #LOC_FIRST_FORMS} as a bit filter: most words that reach the rule start no known name. */
    private static final KeyFilter LOC_FIRST_FORMS_KEYS = KeyFilter.of(LOC_FIRST_FORMS);

    /**
     * "بلدات عيتا الشعب وكفركلا والخيام", "بلديتا السوقر وفرندة", "قرى الشولا وكباجب": each coordinated proper name
     * is a location. A definite first name is taken only when a coordinated name follows it (alone, "قرى الريف" is
     * a description); a compound name keeps its second word ("قرى أم X وباب Y").
     */
    static int pluralLocations(NormalizedText text, List<Token> toks, String[] f, int i, int k, List<Entity> out) {
        int n = toks.size();
        if (k >= n || toks.get(k).kind() != Token.Kind.WORD || PRON_PREP.contains(f[k])
                || ArabicLexicons.NOT_NAME.contains(f[k]) && !COMPOUND_PLACE_FIRST.contains(f[k])
                || PLACE_ADJECTIVES.contains(f[k])) {
            return 0;
        }
        boolean definite = f[k].startsWith("ال");
        int e = coordinatedItemEnd(toks, f, k, 0);
        if (e == k + 1 && e < n && toks.get(e).kind() == Token.Kind.WORD && f[e].startsWith("ال")
                && !definite && !isOrgStopAdjective(f[e]) && !f[e].endsWith("يه")) {
            e++; // "عيتا الشعب"
        }
        String head = PLURAL_LOC_TRIGGERS.contains(f[i]) ? f[i] : f[i].substring(1); // "وبلدات" → "بلدات"
        if (definite && (GENERIC_PLACE_REFS.contains(f[k]) || !coordinationAt(toks, f, e) || head.equals(FIELDS))) {
            return 0; // "حقول النفط والغاز": resources, not names
        }
        add(text, out, toks.get(k).start(), toks.get(e - 1).end(), EntityType.LOCATION, null);
        int more = DUAL_LOC_TRIGGERS.contains(head) ? 1 : Integer.MAX_VALUE; // a dual names two places
        while (more-- > 0 && coordinationAt(toks, f, e)) {
            int end = coordinatedItemEnd(toks, f, e, 1);
            add(text, out, toks.get(e).start() + 1, toks.get(end - 1).end(), EntityType.LOCATION, null);
            e = end;
        }
        return e - i;
    }

    private static final String FIELDS = Fold.fold("حقول");

    /**
     * "وكفركلا", "والخيام", "وباب X": a و-prefixed word that can open a coordinated place name — not a word with a
     * pronoun suffix ("وأغنامهم"), nor a noun that opens a new phrase ("ومحطة X", "ومركز X").
     */
    private static boolean coordinationAt(List<Token> toks, String[] f, int e) {
        if (e >= toks.size() || toks.get(e).kind() != Token.Kind.WORD || !f[e].startsWith("و") || f[e].length() <= 3) {
            return false;
        }
        String w = f[e].substring(1);
        return !PRON_PREP.contains(w) && !PLACE_ADJECTIVES.contains(w) && !ArabicLexicons.NOT_NAME.contains(w)
                && !KEEP_TRIGGER_LOC.contains(w) && !LOC_TRIGGERS.contains(w) && !ORG_TRIGGERS.contains(w)
                && !FACILITY_NOUNS.contains(w) && !(w.length() > 4 && (w.endsWith("هم") || w.endsWith("ها")));
    }

    /** Facility nouns that open a phrase of their own after و ("ومحطة X للكهرباء"). */
    private static final Set<String> FACILITY_NOUNS = s("محطة", "مصفاة", "منشأة", "مرفأ", "ميناء", "مطار",
            "مستشفى", "مدرسة", "جامعة", "سوق", "مصنع", "شركة");

    /** End of the place name at {@code k} (after {@code strip} clitic letters): one word, or a compound's two. */
    private static int coordinatedItemEnd(List<Token> toks, String[] f, int k, int strip) {
        String w = f[k].substring(strip);
        if (COMPOUND_PLACE_FIRST.contains(w) && k + 1 < toks.size() && toks.get(k + 1).kind() == Token.Kind.WORD
                && !f[k + 1].startsWith("و") && !ArabicLexicons.NOT_NAME.contains(f[k + 1])
                && !UNIT_STOP.contains(f[k + 1]) && !PRON_PREP.contains(f[k + 1])) {
            return k + 2;
        }
        return k + 1;
    }

    /**
     * Every word with which {@link #location} can start a place: the clitic forms of a seed location's first
     * word ({@link #LOC_FIRST_FORMS}), or a trigger noun bare or after و/ب/ف/ل (four letters or more). Keep in
     * sync with the first tests of {@code location}.
     */
    static final Set<String> LOC_STARTS = new HashSet<>(LOC_FIRST_FORMS);

    static {
        Set<String> triggers = new HashSet<>(KEEP_TRIGGER_LOC);
        triggers.addAll(LOC_TRIGGERS);
        triggers.addAll(PLURAL_LOC_TRIGGERS);
        for (String tr : triggers) {
            ArabicNameRules.addTriggerForms(LOC_STARTS, tr, false);
        }
    }

    static int location(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        boolean candidate = LOC_FIRST_FORMS_KEYS.mightContain(f[i]) && LOC_FIRST_FORMS.contains(f[i]); // = firstWordKnown(LOC_FIRST, f[i])
        for (int len = Math.min(MAX_PHRASE + 1, n - i); len >= 1 && candidate; len--) {
            if (!SEED_STARTS.mayStart(len, f[i])) {
                continue; // no seed of len words can be read from here (the look-ups below would all miss)
            }
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
        if (!KEEP_TRIGGER_LOC.contains(w) && !LOC_TRIGGERS.contains(w) && !PLURAL_LOC_TRIGGERS.contains(w)
                && w.length() > 3
                && (w.startsWith("و") || w.startsWith("ب") || w.startsWith("ف") || w.startsWith("ل"))) {
            bare = w.substring(1);
            strip = 1;
        }
        boolean keep = KEEP_TRIGGER_LOC.contains(bare);
        boolean trig = LOC_TRIGGERS.contains(bare) || PLURAL_LOC_TRIGGERS.contains(bare);
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
        boolean compound = !quoted && k + 1 < n && COMPOUND_PLACE_FIRST.contains(f[k])
                && toks.get(k + 1).kind() == Token.Kind.WORD && !f[k + 1].startsWith("ال")
                && !ArabicLexicons.NOT_NAME.contains(f[k + 1]) && !UNIT_STOP.contains(f[k + 1])
                && !PRON_PREP.contains(f[k + 1]);
        if (compound) {
            e = k + 2; // "ببلدة أم X": the compound's first word and its name
        }
        while (!compound && e < n && e - k < 2 && toks.get(e).kind() == Token.Kind.WORD && !UNIT_STOP.contains(f[e])
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
        if (name.length() < 3 || GENERIC_PLACE_REFS.contains(name) || PERIOD_MODS.contains(name)) {
            return 0;
        }
        if (SEED_LOCATIONS.contains(name) || (e - k == 1 && !f[k].startsWith("ال")) || keep || quoted || compound
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
}
