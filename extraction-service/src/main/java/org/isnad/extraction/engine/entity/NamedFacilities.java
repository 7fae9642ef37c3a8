package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * Named hospitals, medical complexes and power stations as places (the guideline's "named facilities"), on the merged
 * mentions. The finders cut them short or split them into their parts: "مستشفى الشفاء" without its "العام", the city
 * in "مشفى حمص الوطني", the person in "مستشفى الملك عبدالله", an organisation for "مجمع الشفاء الطبي". The whole
 * facility replaces the mentions inside it:
 * <ul>
 *   <li>"مستشفى / مشفى" + a name word (or a found name starting there) + its adjectives ("العام", nisbas:
 *   "الوطني", "التعليمي", "التركي"); "المستشفى / المشفى الوطني", which names each city's national hospital;</li>
 *   <li>"مجمع" + one to three words + "الطبي / الصحي" (a complex of another kind, "مجمع اللغة", is a body);</li>
 *   <li>"محطة" + a compound place name ("رأس X"), a found place, or a word followed by a power adjective
 *   ("الحرارية", "الكهربائية"); "محطة وقود", "محطة مهمة" and "محطة القطار" name no station.</li>
 * </ul>
 * Heads are found by plain substring search; only the few words after each head are folded.
 */
final class NamedFacilities {
    private NamedFacilities() {
    }

    private static final String[] HOSPITAL_HEADS = {"مستشفى", "مستشفي", "مشفى", "مشفي"};
    private static final String COMPLEX = "مجمع";
    private static final String STATION = "محطة";
    private static final String CLITICS = "وبلف";

    /** Adjectives of a hospital's name that are no nisba. */
    private static final Set<String> HOSPITAL_ADJ = ArabicLexicons.set("العام", "الخاص", "الكبير", "المركزي",
            "الجامعي", "الميداني", "التخصصي");
    private static final Set<String> NOT_ADJ = ArabicLexicons.set("الذي", "التي", "الثاني", "الحالي", "الماضي",
            "الأولي", "الحكومي");
    private static final Set<String> MEDICAL = ArabicLexicons.set("الطبي", "الصحي", "الاستشفائي");
    /** A hospital's name word that is a place reference, not a name: "مستشفى المدينة". */
    private static final Set<String> GENERIC_NAMES = ArabicLexicons.set("المدينة", "المحافظة", "البلدة", "القرية",
            "المنطقة", "المخيم", "الولاية", "الحي", "الميدان", "المنكوبة", "المحاصرة", "الوطني", "العسكري", "الرئيسي",
            "الأهلي", "الإقليمي", "الدولي", "الجهوي", "الحكومي", "المحلي", "الميداني", "الجامعي", "التخصصي",
            "المركزي", "العام", "الخاص", "الكبير",
            // indefinite descriptions: "مستشفى تابع للجيش", "مستشفى قريب"
            "تابع", "قريب", "آخر", "واحد", "صغير", "كبير", "جديد", "متنقل", "مجاور", "خاص", "عام", "كان", "بات");
    /** Titles a hospital is named with: the next word is the person's name. */
    private static final Set<String> TITLES = ArabicLexicons.set("الملك", "الملكة", "الأمير", "الأميرة", "الشيخ",
            "الشيخة", "السلطان", "الإمام", "الشهيد", "الرئيس", "الدكتور", "الحاج");
    /** Power adjectives of a station's name. */
    private static final Set<String> POWER_ADJ = ArabicLexicons.set("الحرارية", "الكهربائية", "الغازية", "النووية",
            "الكهرومائية", "البخارية", "الشمسية", "المائية", "الحراري", "الكهربائي");
    /** Common nouns and adjectives after "محطة": a kind of station or a figurative stage, never its name. */
    private static final Set<String> STATION_COMMON = ArabicLexicons.set("وقود", "الوقود", "كهرباء", "الكهرباء",
            "قطار", "القطار", "قطارات", "القطارات", "مترو", "المترو", "حافلات", "الحافلات", "مياه", "المياه", "ضخ",
            "الضخ", "تحلية", "التحلية", "معالجة", "المعالجة", "توليد", "التوليد", "تحويل", "التحويل", "رصد", "الرصد",
            "إذاعة", "الإذاعة", "تلفزيون", "التلفزيون", "بنزين", "البنزين", "محروقات", "المحروقات", "غاز", "الغاز",
            "طاقة", "الطاقة", "إرسال", "الإرسال", "فضاء", "الفضاء", "شحن", "الشحن", "وقوف", "استراحة", "أولى", "أخرى",
            "أخيرة", "مهمة", "هامة", "جديدة", "بارزة", "فارقة", "مفصلية", "رئيسية", "أساسية", "تاريخية", "ثانية",
            "ثالثة", "في", "من", "على", "إلى", "عن", "مع", "كبرى");
    /** First words of compound place names: "محطة رأس X". */
    static final Set<String> COMPOUND_FIRST = ArabicLexicons.set("رأس", "بئر", "عين", "أم", "أبو", "تل",
            "دير", "وادي", "جبل", "خان", "سيدي", "بني", "بيت", "كفر");

    private static final int MAX_WORDS = 5;

    /** The mentions with the named facilities in them, sorted by start. */
    static List<Entity> extend(String original, List<Entity> sorted) {
        List<Entity> facilities = null;
        for (String head : HOSPITAL_HEADS) {
            facilities = scan(original, head, sorted, facilities);
        }
        facilities = scan(original, COMPLEX, sorted, facilities);
        facilities = scan(original, STATION, sorted, facilities);
        if (facilities == null) {
            return sorted;
        }
        List<Entity> out = new ArrayList<>(sorted.size() + facilities.size());
        for (Entity e : sorted) {
            boolean inside = false;
            for (Entity f : facilities) {
                inside |= e.start() >= f.start() && e.end() <= f.end();
            }
            if (!inside) {
                out.add(e);
            }
        }
        out.addAll(facilities);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static List<Entity> scan(String s, String head, List<Entity> sorted, List<Entity> acc) {
        for (int p = s.indexOf(head); p >= 0; p = s.indexOf(head, p + head.length())) {
            int headEnd = p + head.length();
            if (headEnd >= s.length() || s.charAt(headEnd) != ' ') {
                continue; // "مشفاها", "محطات"-like forms are other words
            }
            int wordStart = wordStart(s, p);
            String prefix = s.substring(wordStart, p);
            boolean definite = prefix.endsWith("ال");
            if (!(prefix.isEmpty() || prefix.length() == 1 && CLITICS.indexOf(prefix.charAt(0)) >= 0
                    || definite && prefix.length() <= 3)) {
                continue;
            }
            int start = definite ? p - 2 : p;
            List<int[]> words = wordsAfter(s, headEnd, MAX_WORDS);
            int end = head.equals(COMPLEX) ? complexEnd(s, words) : head.equals(STATION)
                    ? (definite ? -1 : stationEnd(s, words, sorted)) : hospitalEnd(s, words, sorted, definite);
            if (end < 0 || crossesMention(sorted, start, end)) {
                continue;
            }
            if (acc == null) {
                acc = new ArrayList<>();
            }
            String text = s.substring(start, end);
            acc.add(new Entity(text, EntityType.LOCATION, start, end, text));
        }
        return acc;
    }

    private static int hospitalEnd(String s, List<int[]> words, List<Entity> sorted, boolean definite) {
        if (words.isEmpty()) {
            return -1;
        }
        int k = 0;
        if (definite) {
            // "المشفى الوطني": each city's national hospital; any other definite head is a back-reference
            return fold(s, words.get(0)).equals(Fold.fold("الوطني")) ? words.get(0)[1] : -1;
        }
        String first = fold(s, words.get(0));
        if (GENERIC_NAMES.contains(first) || ArabicLexicons.NOT_NAME.contains(first)
                || !first.startsWith("ال") && first.endsWith("ي") || first.startsWith("لل") || first.startsWith("بال")) {
            return -1; // "مستشفى ميداني", "مستشفى إسرائيلي": an indefinite nisba describes, it does not name
        }
        int end = words.get(0)[1];
        if (TITLES.contains(first) && words.size() > 1 && !ArabicLexicons.NOT_NAME.contains(fold(s, words.get(1)))) {
            k = 1; // "مستشفى الأمير حمزة", "مستشفى الشهيد X": the title's name is part of the hospital's
            end = words.get(1)[1];
        }
        // a found name running on from the first word: "مستشفى الملك عبدالله" (a person), "مشفى دير الزور" (a place)
        Entity found = mentionStartingAt(sorted, words.get(0)[0]);
        while (true) {
            if (found != null && (found.type() == EntityType.PERSON || found.type() == EntityType.LOCATION)) {
                end = Math.max(end, found.end());
            }
            while (k + 1 < words.size() && words.get(k + 1)[0] <= end) {
                k++;
            }
            if (k + 1 >= words.size() || (found = mentionStartingAt(sorted, words.get(k + 1)[0])) == null
                    || found.type() != EntityType.PERSON && found.type() != EntityType.LOCATION) {
                break;
            }
        }
        while (k + 1 < words.size() && isAdjective(fold(s, words.get(k + 1)))) {
            k++;
            end = words.get(k)[1];
        }
        return end;
    }

    private static int complexEnd(String s, List<int[]> words) {
        for (int k = 1; k < Math.min(words.size(), 4); k++) {
            if (MEDICAL.contains(fold(s, words.get(k)))) {
                return words.get(k)[1];
            }
        }
        return -1;
    }

    private static int stationEnd(String s, List<int[]> words, List<Entity> sorted) {
        if (words.isEmpty()) {
            return -1;
        }
        String first = fold(s, words.get(0));
        if (STATION_COMMON.contains(first) || ArabicLexicons.NOT_NAME.contains(first)) {
            return -1;
        }
        int k;
        Entity found = mentionStartingAt(sorted, words.get(0)[0]);
        boolean place = found != null && found.type() == EntityType.LOCATION;
        if (COMPOUND_FIRST.contains(first) && words.size() > 1) {
            k = 1;
        } else if (place) {
            k = 0;
            while (k + 1 < words.size() && words.get(k + 1)[1] <= found.end()) {
                k++;
            }
        } else {
            k = 0;
        }
        boolean adjective = false;
        while (k + 1 < words.size() && POWER_ADJ.contains(fold(s, words.get(k + 1)))) {
            k++;
            adjective = true;
        }
        // a bare word after "محطة" may be a name ("محطة تشرين") or a verb ("محطة تعمل بالغاز"): it needs a power
        // adjective, a found place or a compound place name to be a station's name
        if (!(adjective || place || COMPOUND_FIRST.contains(first))) {
            return -1;
        }
        return words.get(k)[1];
    }

    /** A definite nisba or a listed hospital adjective: "الوطني", "التعليمي", "العام". */
    private static boolean isAdjective(String w) {
        if (NOT_ADJ.contains(w)) {
            return false;
        }
        return HOSPITAL_ADJ.contains(w) || w.startsWith("ال") && w.length() >= 5 && w.endsWith("ي");
    }

    /** Up to {@code max} words after {@code from}, single-spaced and letters only (stops at punctuation). */
    static List<int[]> wordsAfter(String s, int from, int max) {
        List<int[]> out = new ArrayList<>(max);
        int i = from;
        while (out.size() < max && i < s.length() && s.charAt(i) == ' ') {
            i++;
            int a = i;
            while (i < s.length() && (Character.isLetter(s.charAt(i)) || isMark(s.charAt(i)))) {
                i++;
            }
            if (i == a) {
                break;
            }
            out.add(new int[]{a, i});
            if (i < s.length() && s.charAt(i) != ' ') {
                break;
            }
        }
        return out;
    }

    static int wordStart(String s, int p) {
        int a = p;
        while (a > 0 && Character.isLetter(s.charAt(a - 1))) {
            a--;
        }
        return a;
    }

    private static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u0652' || c == '\u0640' || c == '\u0670';
    }

    static String fold(String s, int[] w) {
        return Fold.fold(s.substring(w[0], w[1]));
    }

    static Entity mentionStartingAt(List<Entity> sorted, int start) {
        for (Entity e : sorted) {
            if (e.start() == start) {
                return e;
            }
            if (e.start() > start) {
                break;
            }
        }
        return null;
    }

    /** A mention that overlaps [start, end) without lying inside it. */
    static boolean crossesMention(List<Entity> sorted, int start, int end) {
        for (Entity e : sorted) {
            if (e.start() >= end) {
                break;
            }
            if (e.end() > start && (e.start() < start || e.end() > end)) {
                return true;
            }
        }
        return false;
    }
}
