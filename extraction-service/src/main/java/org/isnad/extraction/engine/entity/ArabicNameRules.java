package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.ArabicDateQuantityRules.*;
import static org.isnad.extraction.engine.entity.EnglishEntityRules.*;
import static org.isnad.extraction.engine.entity.RuleEntityFinder.*;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.lexicon.NameBoundaries;
import org.isnad.extraction.engine.text.KeyFilter;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/** Arabic organisations (trigger nouns, quoted names, known acronyms) for {@link RuleEntityFinder}, and the word helpers the person and place rules share; persons are in {@link ArabicPersonRules}. */
final class ArabicNameRules {
    private ArabicNameRules() {
    }

    static final Set<String> ORG_TRIGGERS = s("قوى", "وزارة", "الوزارة", "جيش", "الجيش", "قوات", "وكالة", "صحيفة",
            "قناة", "مجلس", "البنك", "بنك", "حزب", "تنظيم", "منظمة", "المرصد", "الجهاز", "جهاز", "صندوق", "هيئة",
            "مركز", "الحكومة", "حكومة", "الفرقة", "مؤسسة", "شركة", "بورصة", "المخابرات", "التحالف", "المقاومة",
            "الأمم", "الاتحاد", "الحشد", "وحدات", "حركة", "جماعة", "القوات", "الهيئة", "المنظمة", "الشرطة",
            "مديرية", "قيادة", "الجهاز", "اللجنة", "لجنة", "مصرف", "المصرف", "جامعة", "الجامعة", "البرلمان",
            "مجلس", "رئاسة", "الرئاسة", "سفارة", "السفارة", "الكونغرس", "محكمة", "المحكمة", "الحرس", "فيلق",
            // administrative and judicial bodies: دائرة الأرصاد الجوية، سلطة إقليم...، المفوضية العليا للانتخابات
            "دائرة", "الدائرة", "سلطة", "منسقية", "المنسقية", "مفوضية", "المفوضية", "منتدى", "المنتدى", "النيابة",
            "نيابة", "برلمان", "الدرك");

    /** Particles that begin with the letters of the article but are none: "قناة X إلى", "الجهاز الذي". */
    static final Set<String> FALSE_ARTICLE = s("إلى", "الى", "إلا", "الا", "الذي", "التي", "الذين", "اللذين",
            "اللتين", "اللذان", "اللتان", "اللواتي", "الآن");

    /**
     * Definite heads that, alone, still name one body (the country's parliament, the commission named before),
     * unlike "الجيش" or "الحكومة", which the gold reads as generic back-references.
     */
    static final Set<String> SOLE_BODIES = s("البرلمان", "المفوضية", "الكونغرس");

    /** The first word of a person's name given to a body: "جامعة ابن X", "مسجد أبي X". */
    static final Set<String> PATRONYMIC_HEADS = s("ابن", "بن", "أبي", "أبو");

    /** Complements with which "دائرة" is the figurative "circle" (دائرة العنف), not a government department. */
    static final Set<String> FIGURATIVE_CIRCLE = s("النزاع", "الصراع", "العنف", "الضوء", "الاتهام", "الخطر",
            "الفقر", "الاستهداف", "الحرب", "المواجهة", "الاهتمام", "الشك", "القتال", "التصعيد");

    static final Set<String> KNOWN_ORGS = s("داعش", "قسد", "حزب الله", "الحشد الشعبي", "البنتاغون",
            "اليونيفيل", "حماس", "الحوثيين", "الحوثيون", "أوبك", "أوبك+", "الناتو", "طالبان", "هيئة تحرير الشام",
            "الكرملين", "البيت الأبيض", "الأونروا", "اليونيسف", "الإنتربول", "حزب العمال الكردستاني", "فاغنر",
            "الخوذ البيضاء", "تنظيم الدولة", "الجيش الحر", "النصرة", "جبهة النصرة");

    /** Adjectives that end an organisation name (evaluative or positional, not part of the name). */
    static final String[] ORG_STOP_PREFIXES = {"الموال", "المدعوم", "المحظور", "الارهابي", "اللاشرعي",
            "النشط", "المتواجد", "المزعوم", "المصنف", "الاخير", "السابق", "الحالي", "الجديد", "الكبير", "المحيط",
            "المذكور", "المنتشر", "المسيطر", "المتمركز", "المنسحب", "المهاجم", "المعارض", "المتطرف"};

    /** Outlet names that are also common words: only with a quote or an outlet noun in front. */
    static final Set<String> AMBIGUOUS_ORGS = s("العربية", "الوطن", "الشرق", "الأخبار", "النهار", "الحرة",
            "الإخبارية", "المنار", "فارس", "مهر", "المرصد", "الجزيرة", "الميادين", "الأهرام", "قنا", "بترا", "تاس",
            "الإنتربول");

    static final int MAX_PHRASE = 3;

    /** The token as written in the original text, without diacritics. */
    static String written(NormalizedText text, Token t) {
        Span sp = text.toOriginal(t.start(), t.end());
        return NameBoundaries.withoutMarks(text.original().substring(sp.start(), sp.end()));
    }

    /** The written token has a hamza carrier, ta marbuta or alef maqsura that folding removed. */
    static boolean hamzaWritten(NormalizedText text, Token t) {
        String w = written(text, t);
        for (int k = 0; k < w.length(); k++) {
            if ("\u0623\u0625\u0622\u0624\u0626\u0629\u0649".indexOf(w.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** First words of multi-word gazetteer entries, so that most tokens are rejected with one lookup. */
    static final Set<String> ORG_FIRST = firstWords(KNOWN_ORGS, ArabicLexicons.OUTLET_NAMES);

    @SafeVarargs
    static Set<String> firstWords(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> set : sets) {
            for (String e : set) {
                int sp = e.indexOf(' ');
                out.add(sp < 0 ? e : e.substring(0, sp));
            }
        }
        return out;
    }

    /**
     * Every word that {@link #firstWordKnown} accepts for {@code first}, so that the test is one look-up with
     * no substring: each entry bare, after a one-letter clitic (و ب ل ف ك) or وب / ول when the entry has two
     * letters or more, and the لل form of an entry "ال…" of four letters or more ("للجيش" for "الجيش").
     */
    static Set<String> firstWordForms(Set<String> first) {
        Set<String> out = new HashSet<>(first);
        for (String e : first) {
            if (e.length() >= 2) {
                for (String p : new String[]{"و", "ب", "ل", "ف", "ك", "وب", "ول"}) {
                    out.add(p + e);
                }
            }
            if (e.length() >= 4 && e.startsWith("ال")) {
                out.add("لل" + e.substring(2));
            }
        }
        return out;
    }

    /** First words of the known names by length, under the prefixes {@link #org} strips (و ب ل ف, لل → ال). */
    private static final NameStarts KNOWN_NAME_STARTS = new NameStarts(new String[]{"و", "ب", "ل", "ف"}, true,
            KNOWN_ORGS, ArabicLexicons.OUTLET_NAMES);

    /** {@link #firstWordForms} of {@link #ORG_FIRST}. */
    static final Set<String> ORG_FIRST_FORMS = firstWordForms(ORG_FIRST);

    /** {@link #ORG_FIRST_FORMS} as a bit filter: most words that reach the rule start no known name. */
    private static final KeyFilter ORG_FIRST_FORMS_KEYS = KeyFilter.of(ORG_FIRST_FORMS);

    static boolean firstWordKnown(Set<String> first, String w) {
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

    /**
     * Every word with which {@link #org} can start a name: the clitic forms of a known name's first word
     * ({@link #ORG_FIRST_FORMS}), a trigger noun bare, after و/ب/ف/ل (four letters or more), or as لل + the
     * rest of an "ال…" trigger. Keep in sync with the first tests of {@code org}.
     */
    static final Set<String> ORG_STARTS = new HashSet<>(ORG_FIRST_FORMS);

    static {
        for (String tr : ORG_TRIGGERS) {
            addTriggerForms(ORG_STARTS, tr, true);
        }
    }

    /**
     * Adds the written forms of a trigger noun a rule may start at: bare, after و/ب/ف/ل (four letters or more) and,
     * with {@code lamLam}, an "ال…" trigger as لل + the rest ("للساعة", "للجيش").
     */
    static void addTriggerForms(Set<String> into, String trigger, boolean lamLam) {
        into.add(trigger);
        if (trigger.length() + 1 > 3) {
            for (String p : new String[]{"و", "ب", "ف", "ل"}) {
                into.add(p + trigger);
            }
        }
        if (lamLam && trigger.startsWith("ال")) {
            into.add("لل" + trigger.substring(2));
        }
    }

    static int org(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        // known names (1-4 tokens)
        boolean candidate = ORG_FIRST_FORMS_KEYS.mightContain(f[i]) && ORG_FIRST_FORMS.contains(f[i]); // = firstWordKnown(ORG_FIRST, f[i])
        for (int len = Math.min(4, n - i); len >= 1 && candidate; len--) {
            if (!KNOWN_NAME_STARTS.mayStart(len, f[i])) {
                continue; // no known name of len words can be read from here (the loop below would continue too)
            }
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
            if (len == 1 && (ph.length() <= 2 || ph.length() <= 3 && strip == 0 && hamzaWritten(text, toks.get(i)))) {
                continue; // "وأم" is و + أم, not the acronym "وام": short acronyms are written without hamza
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
        if (bare.endsWith("دائره") && k < n && FIGURATIVE_CIRCLE.contains(f[k])) {
            return 0; // "دائرة النزاع / الضوء": a circle, not a department
        }
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
        if (e + 1 < n && PATRONYMIC_HEADS.contains(f[e]) && toks.get(e + 1).kind() == Token.Kind.WORD
                && !f[e + 1].startsWith("ال")) {
            e += 2; // a body named after a person: "جامعة ابن رشد", "مستشفى أبي بكر"
        }
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
            if (isOrgStopAdjective(fe) || FALSE_ARTICLE.contains(fe)) {
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
            if (SOLE_BODIES.contains(bare)) {
                add(text, out, toks.get(i).start() + strip, toks.get(i).end(), EntityType.ORGANIZATION, null);
                return 1; // "البرلمان" alone: the country's one parliament, named earlier in full
            }
            return 0;
        }
        String head = bare;
        if ((head.equals("الجيش") || head.equals("الحكومه") || head.equals("القوات")) && e - k < 1) {
            return 0;
        }
        add(text, out, toks.get(i).start() + strip, toks.get(e - 1).end(), EntityType.ORGANIZATION, null);
        return e - i;
    }

    static boolean isOrgStopAdjective(String f) {
        for (String p : ORG_STOP_PREFIXES) {
            if (f.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
