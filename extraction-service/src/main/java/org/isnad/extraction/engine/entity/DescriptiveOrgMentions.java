package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * Organisation mentions that are descriptions rather than names, found by every finder alike (an organisation
 * trigger noun followed by any definite word): reviewed once on the merged candidates.
 * <ul>
 *   <li>A body noun whose only complement says where or what kind it is, not which one: "الحكومة المحلية",
 *   "القوات الحكومية", "مركز المدينة"; or whose last word ranks it among its kind, "شبكة المياه الرئيسية". A name's complement is a proper genitive or a
 *   nisba of a country ("الحكومة العراقية", "مركز المصالحة الروسي"); a generic place noun (المدينة، المحافظة) or
 *   a descriptive adjective (المحلية، الحكومية، الرئيسية) identifies nothing.</li>
 *   <li>"صندوق" and "قناة" read as a box (a unit of sale: "صندوق الطماطم يباع") and as a waterway ("مياه قناة X"):
 *   the box is dropped, the canal becomes a place, and so does every other mention of the same canal.</li>
 * </ul>
 * Work is per organisation mention (one fold of a short text), never over the whole article.
 */
final class DescriptiveOrgMentions {
    private DescriptiveOrgMentions() {
    }

    /** Body nouns (folded, without the article) that the finders take as organisation heads. */
    private static final Set<String> HEADS = ArabicLexicons.set("حكومة", "قوات", "قوة", "جيش", "مركز", "شبكة",
            "طيران", "غرفة", "مجلس", "إدارة", "هيئة", "سلطة", "سلطات", "مؤسسة", "دائرة", "مديرية", "قيادة", "لجنة", "بلدية",
            "صندوق", "قناة", "جهاز", "أجهزة", "شرطة", "محكمة", "مستشفى", "مكتب", "وحدات", "وحدة", "وزارة",
            "ديوان");

    /** Complements that say where or what kind, never which: they never make a name on their own. */
    private static final Set<String> GENERIC = ArabicLexicons.set("المحلية", "المحلي", "الحكومية", "الحكومي",
            "الرئيسية", "الرئيسي", "الفرعية", "الفرعي", "الرسمية", "الرسمي", "المختصة", "المختص", "المعنية",
            "المعني", "المجاورة", "المجاور", "المدينة", "المحافظة", "البلدة", "القرية", "المنطقة", "الولاية",
            "الإقليم", "البلاد", "الحي", "المخيم", "القضاء", "الناحية", "الاتحادية",
            "الاتحادي", "النظامية", "النظامي", "المشتركة", "المشترك", "الخاصة", "المعترف", "الفيدرالية",
            "الفيدرالي", "الفدرالية", "الفدرالي",
            // the supervising ministry of Maghrebi usage, "الوزارة الوصية": which one is said elsewhere
            "الوصية", "الوصي",
            // the body that runs or sits in a generic institution: "إدارة المصرف", "هيئة المحكمة" (the bench)
            "المصرف", "البنك", "الشركة", "المحكمة", "المدرسة", "المطار", "الميناء",
            // functional units of any body: "غرفة العمليات", "مجلس الإدارة", "إدارة المستشفى"
            "العمليات", "الطوارئ", "الإدارة", "المستشفى", "السوق",
            // ordinal ranks: "الدائرة الثالثة" is an electoral district, "الفرقة الرابعة" a numbered unit
            "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة",
            "العاشرة", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
            "العاشر",
            // kinds of body and of service, not names (entities-v23): "الهيئة الإدارية القطاعية", "مجلس القسم
            // المبرمج", "مديرية البلدية", "إدارة المشروعات", "شبكة الصرف الصحي", "صندوق التنمية"; a name adds a
            // noun of its own ("هيئة الرقابة الإدارية", "صندوق التنمية الصناعية")
            "الإدارية", "الإداري", "القطاعية", "القطاعي", "المبرمج", "المبرمجة", "البلدية", "المشروعات",
            "المشاريع", "الصرف", "الصحي", "التنمية", "القسم", "الأقسام");

    private static final String BOX = Fold.fold("صندوق");
    private static final String CANAL = Fold.fold("قناة");

    /**
     * Heads of armed or ruling forces that, with nothing but adjectives of nation or branch after them, describe
     * whose forces they are ("القوات الأمريكية", "الطيران الحربي الإسرائيلي", "السلطات المصرية", "قوات الأمن")
     * rather than name a body; a name has a noun of its own ("القوات المسلحة الأردنية", "قوات الدعم السريع").
     */
    private static final Set<String> FORCE_HEADS = ArabicLexicons.set("قوات", "طيران", "سلطات");
    private static final Set<String> FORCE_NOUNS = ArabicLexicons.set("الأمن", "الجيش");

    /** Rank adjectives: "شبكة المياه الرئيسية" is the main one of a kind, a named body is never "the main X". */
    private static final Set<String> RANK = ArabicLexicons.set("الرئيسية", "الرئيسي", "الفرعية", "الفرعي");

    /** Words before "قناة" that make it a waterway: the water of, the bed of, the banks of. */
    private static final Set<String> WATER_NOUNS = ArabicLexicons.set("مياه", "مجرى", "ضفة", "ضفاف", "ضفتي",
            "حوض", "مصب", "منسوب", "جسر", "سدة", "عبر");

    /** Words after "صندوق" that make it a unit of sale (a box of a crop or goods), not a fund. */
    private static final Set<String> SALE_WORDS = ArabicLexicons.set("يباع", "تباع", "بيع", "سعر", "ثمن");

    /**
     * The mentions with descriptions dropped and waterways re-typed. {@code original} is the article text, the
     * mentions index it.
     */
    static List<Entity> review(String original, List<Entity> in) {
        List<Entity> out = null;
        Set<String> canals = null;
        for (int k = 0; k < in.size(); k++) {
            Entity e = in.get(k);
            Entity r = e.type() == EntityType.ORGANIZATION ? reviewOne(original, e) : e;
            if (r != e) {
                if (out == null) {
                    out = new ArrayList<>(in.subList(0, k));
                }
                if (r != null) {
                    out.add(r);
                    if (canals == null) {
                        canals = new HashSet<>();
                    }
                    canals.add(bodyKey(r.text()));
                }
            } else if (out != null) {
                out.add(e);
            }
        }
        List<Entity> res = out == null ? in : out;
        if (canals == null) {
            return res;
        }
        // the same canal named elsewhere without the water context ("وقناة X للشرب") is the same place
        List<Entity> again = new ArrayList<>(res.size());
        for (Entity e : res) {
            if (e.type() == EntityType.ORGANIZATION && canals.contains(bodyKey(asPlace(original, e).text()))) {
                e = asPlace(original, e);
            }
            again.add(e);
        }
        return again;
    }

    private static Entity reviewOne(String original, Entity e) {
        String[] w = Fold.fold(e.text()).split(" ");
        if (w.length < 2) {
            return e;
        }
        String head = bare(w[0]);
        if (!HEADS.contains(head)) {
            return e;
        }
        boolean generic = true;
        for (int k = 1; k < w.length && generic; k++) {
            generic = GENERIC.contains(w[k]);
        }
        if (generic || RANK.contains(w[w.length - 1]) || describesForces(head, w)) {
            return null;
        }
        if (head.equals(BOX) && saleFollows(original, e.end())) {
            return null;
        }
        if (head.equals(CANAL) && WATER_NOUNS.contains(previousWord(original, e.start()))) {
            return asPlace(original, e);
        }
        return e;
    }

    /** "القوات الأمريكية", "الطيران الحربي الإسرائيلي", "قوات الأمن": see {@link #FORCE_HEADS}. */
    private static boolean describesForces(String head, String[] w) {
        if (!FORCE_HEADS.contains(head) || w.length > 3) {
            return false;
        }
        if (w.length == 2 && FORCE_NOUNS.contains(w[1])) {
            return true;
        }
        for (int k = 1; k < w.length; k++) {
            if (!w[k].startsWith("ال") || !(w[k].endsWith("ي") || w[k].endsWith("يه"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A canal as a place: "قناة" and its name, without a clitic before it and without a purpose phrase after it
     * ("وقناة X للشرب والزراعة" → "قناة X").
     */
    private static Entity asPlace(String original, Entity e) {
        String t = e.text();
        int a = 0;
        String first = Fold.fold(t.split(" ")[0]);
        if (!first.startsWith(CANAL) && !first.startsWith("ال") && first.length() > CANAL.length()) {
            a = 1; // و / ب / ل
        }
        int b = t.length();
        int sp = t.indexOf(' ');
        while (sp > 0) {
            int next = sp + 1;
            if (next < t.length() && t.charAt(next) == 'ل') { // ل: a purpose or beneficiary phrase
                b = sp;
                break;
            }
            sp = t.indexOf(' ', next);
        }
        String text = t.substring(a, b);
        return new Entity(text, EntityType.LOCATION, e.start() + a, e.start() + b, text);
    }

    /** The folded head without article and clitic, and the rest: "وقناة البدعة" → "قناه البدعه". */
    private static String bodyKey(String text) {
        String[] w = Fold.fold(text).split(" ");
        StringBuilder sb = new StringBuilder(bare(w[0]));
        for (int k = 1; k < w.length; k++) {
            sb.append(' ').append(w[k]);
        }
        return sb.toString();
    }

    /** Strips a clitic (و ب ل ف) and the article from a folded head. */
    static String bare(String w) {
        String x = w;
        if (x.length() > 4 && "وبلف".indexOf(x.charAt(0)) >= 0 && !HEADS.contains(x)) {
            String y = x.substring(1);
            if (HEADS.contains(y) || y.startsWith("ال") || y.startsWith("ل")) {
                x = y;
            }
        }
        if (x.startsWith("لل")) {
            x = x.substring(2);
        } else if (x.startsWith("ال") && x.length() > 4) {
            x = x.substring(2);
        }
        return x;
    }

    private static boolean saleFollows(String original, int end) {
        int stop = Math.min(original.length(), end + 30);
        String after = Fold.fold(original.substring(end, stop));
        String[] w = after.split(" ");
        for (int k = 0; k < Math.min(3, w.length); k++) {
            if (SALE_WORDS.contains(w[k])) {
                return true;
            }
        }
        return after.startsWith("من فئه");
    }

    /** The folded word just before {@code start} on the same line ("" if none). */
    static String previousWord(String original, int start) {
        int b = start;
        while (b > 0 && original.charAt(b - 1) == ' ') {
            b--;
        }
        int a = b;
        while (a > 0 && Character.isLetter(original.charAt(a - 1))) {
            a--;
        }
        return a == b ? "" : Fold.fold(original.substring(a, b));
    }
}
