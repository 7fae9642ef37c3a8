package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.RuleEntityFinder.add;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Quantities written without a digit or number word: the Arabic dual ("طفلين", "ساعتين", "صاروخين", "أقل من
 * أسبوعين" = two children, two hours …) and a range of two numbers sharing one unit ("8 و10 ساعات", "ما بين 60
 * و80 طفلاً", "10 و15 في المئة"); and a definite dual period with a temporal modifier ("الأسبوعين الماضيين"),
 * which is a date. The dual is recognised only for nouns whose plural is broken (طفل/أطفال, يوم/أيام): for them
 * the -ين/-ان ending cannot be a sound masculine plural (مدنيين، مسلحين), so the ending alone means "two".
 */
final class CountedDuals {
    private CountedDuals() {
    }

    /** Singular counted nouns with broken plurals (folded: ة→ه): people, time units, weapons, places, measures. */
    private static final String[] SINGULARS = {
            "طفل", "طفلة", "شخص", "رجل", "امرأة", "شاب", "شابة", "جندي", "قتيل", "جريح", "أسير", "وزير", "وسيط",
            "شقيق", "شقيقة", "ابن", "بنت", "ولد", "يوم", "ساعة", "دقيقة", "ليلة", "أسبوع", "شهر", "عام", "سنة", "عقد",
            "دورة", "جولة", "صاروخ", "طائرة", "قذيفة", "سفينة", "زورق", "قارب", "سيارة", "دبابة", "مروحية", "مستودع",
            "منزل", "بيت", "غرفة", "مدرسة", "مستشفى", "مبنى", "قرية", "مدينة", "دولة", "بنك", "مصرف", "حزب",
            "أمبير", "كيلوغرام", "كيلومتر", "متر", "لتر", "طن", "برميل", "دولار",
            // machines and vehicles counted in raids and convoys: "جرافتين", "شاحنتين"
            "جرافة", "آلية", "شاحنة", "حافلة", "مدرعة", "عربة", "مركبة", "دراجة",
            // tanks, ships and markets hit or opened in pairs: "خزانين", "باخرتين", "سوقين" (خزانات, بواخر, أسواق)
            "خزان", "باخرة", "سوق", "مخزن", "رصيف", "مصنع", "معمل", "حقل", "جسر", "مطار", "ميناء", "مخبز", "رغيف"};

    /**
     * Nouns with a sound plural too (عامل: عمال and عاملون/عاملين): only the nominative dual -ان is unambiguous,
     * the sound plural's nominative being -ون.
     */
    private static final String[] NOMINATIVE_ONLY = {"عامل", "موظف", "مسافر", "مهندس", "معلم", "طبيب", "صحفي"};

    /** Dual surface form (folded) → singular. */
    private static final Map<String, String> DUALS = new HashMap<>();

    static {
        for (String s : SINGULARS) {
            String f = Fold.fold(s);
            // ة (folded ه) becomes ت before the dual ending; final ى/ي of مستشفى/مبنى becomes ي + ين
            String stem = f.endsWith("ه") ? f.substring(0, f.length() - 1) + "ت" : f;
            DUALS.put(stem + "ين", f);
            DUALS.put(stem + "ان", f);
        }
        for (String s : NOMINATIVE_ONLY) {
            DUALS.put(Fold.fold(s) + "ان", Fold.fold(s));
        }
    }

    /** Periods whose definite dual with a temporal modifier is a date ("العامين الماضيين"). */
    private static final Set<String> PERIOD_DUALS = ArabicLexicons.set("اليومين", "الأسبوعين", "الشهرين",
            "العامين", "السنتين", "العقدين");
    private static final Set<String> PLURAL_MODIFIERS = ArabicLexicons.set("الماضيين", "المقبلين", "القادمين",
            "الأخيرين", "المنصرمين", "الأولين");

    /** "أقل من أسبوعين", "نحو شهرين": approximators kept in the quantity. */
    private static final Set<String> ONE_WORD_APPROX = ArabicLexicons.set("نحو", "حوالي", "قرابة", "زهاء",
            "بنحو", "لنحو", "بحوالي");
    private static final Set<String> TWO_WORD_APPROX = ArabicLexicons.set("أكثر", "أقل", "أزيد", "بأكثر",
            "لأكثر", "بأقل", "لأقل", "وأكثر", "وأقل");

    /**
     * ent24: a glued و/ب/ل on the approximator belongs to the clause ("وأكثر من كيلومترين", "لنحو ساعتين"), so the
     * quantity starts after it, as in {@link ArabicQuantityRules}; the bare approximators start with none of these.
     */
    private static final String APPROX_CLITICS = "وبل";

    /** First letters of the approximators (folded). */
    private static final String APPROX_FIRST = "نحقزبلاو";

    /** Both approximator lists, for the one lookup of the fast path. */
    private static final Set<String> APPROX = new java.util.HashSet<>();

    static {
        APPROX.addAll(ONE_WORD_APPROX);
        APPROX.addAll(TWO_WORD_APPROX);
    }

    /** "كل أسبوعين" is a frequency; "منذ يومين" a point in time ("two days ago"), not a counted amount. */
    private static final Set<String> NOT_BEFORE = ArabicLexicons.set("كل", "منذ", "ومنذ");

    private static final Set<String> TWO = ArabicLexicons.set("اثنين", "اثنان", "اثنتين", "اثنتان");

    /**
     * Whether {@link #at} can use a token starting with this (folded) word: "ما بين", a word with a dual ending
     * or an approximator (a number token, which every rule sees, aside). {@link RuleEntityFinder} skips other
     * words without trying the rules; {@code RuleStartSetsTest} checks the two agree on the gold tokens.
     */
    static boolean mayStart(String w) {
        return w.equals("ما") || dualEnding(w) || APPROX.contains(w);
    }

    /**
     * The listed words of {@link #mayStart} ("ما" and the approximators): {@link RuleEntityFinder} joins them to its
     * start set, so that {@code mayStart} there is one set look-up shared with the other rules plus
     * {@link #dualEnding}.
     */
    static Set<String> startWords() {
        Set<String> words = new java.util.HashSet<>(APPROX);
        words.add("ما");
        return words;
    }

    /** Ends in -ين or -ان and has at least four letters (decided on characters: this runs on every token). */
    static boolean dualEnding(String w) {
        int len = w.length();
        return len >= 4 && w.charAt(len - 1) == 'ن' && (w.charAt(len - 2) == 'ي' || w.charAt(len - 2) == 'ا');
    }

    /** Tries the rules at token i; returns the number of tokens used (0 = nothing here). */
    static int at(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int used = range(text, toks, f, i, out);
        return used > 0 ? used : dual(text, toks, f, i, out);
    }

    static int dual(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        String w0 = f[i];
        int len = w0.length();
        // (this runs on every token: the common case is decided on characters, without lookups)
        boolean dualEnding = dualEnding(w0);
        if (!dualEnding && !(len >= 3 && len <= 6 && APPROX_FIRST.indexOf(w0.charAt(0)) >= 0
                && !(w0.charAt(0) == 'ا' && w0.charAt(1) == 'ل') && APPROX.contains(w0))) {
            return 0;
        }
        int n = toks.size();
        int k = i;
        if (ONE_WORD_APPROX.contains(w0)) {
            k++;
        } else if (!dualEnding && k + 1 < n && f[k + 1].equals("من")) {
            k += 2;
        }
        if (k >= n || toks.get(k).kind() != Token.Kind.WORD) {
            return 0;
        }
        String w = f[k];
        if (k == i && k + 1 < n && (w.startsWith("ال") || w.startsWith("وال")) && PLURAL_MODIFIERS.contains(f[k + 1])
                && PERIOD_DUALS.contains(stripConjunction(w))) {
            int strip = w.length() - stripConjunction(w).length();
            add(text, out, toks.get(k).start() + strip, toks.get(k + 1).end(), EntityType.DATE, null);
            return 2;
        }
        int strip = dualStrip(w);
        if (strip < 0 && k == i && k + 1 < n && pluralNoun(w) && TWO.contains(f[k + 1])) {
            // "مدنيين اثنين", "ووافدين اثنين": the number follows its counted noun as an adjective
            strip = w.length() > 5 && "وبلف".indexOf(w.charAt(0)) >= 0 && !w.startsWith("ال", 1) ? 1 : 0;
            add(text, out, toks.get(k).start() + strip, toks.get(k + 1).end(), EntityType.QUANTITY, 2.0);
            return 2;
        }
        if (strip < 0 || k == i && i > 0 && NOT_BEFORE.contains(f[i - 1])) {
            return 0;
        }
        if (k > i) {
            strip = APPROX_CLITICS.indexOf(w0.charAt(0)) >= 0 ? 1 : 0; // the span starts at the approximator
        }
        int end = k + 1;
        if (end < n && TWO.contains(f[end])) {
            end++; // "طفلين اثنين"
        }
        add(text, out, toks.get(i).start() + strip, toks.get(end - 1).end(), EntityType.QUANTITY, 2.0);
        return end - i;
    }

    /** Length of the proclitic (و ب ل ف, or none) before an indefinite dual form, or -1 if {@code w} is not one. */
    static int dualStrip(String w) {
        if (!w.endsWith("ين") && !w.endsWith("ان")) {
            return -1; // (most words: no lookup, no substring)
        }
        if (DUALS.containsKey(w)) {
            return 0;
        }
        if (w.length() > 4 && "وبلف".indexOf(w.charAt(0)) >= 0 && DUALS.containsKey(w.substring(1))) {
            return 1;
        }
        return -1;
    }

    /** An indefinite sound plural (-ين, -ون, -ات) of at least four letters: a counted noun before اثنين. */
    private static boolean pluralNoun(String w) {
        return w.length() >= 5 && !w.startsWith("ال") && (w.endsWith("ين") || w.endsWith("ون") || w.endsWith("ات"));
    }

    private static String stripConjunction(String w) {
        return w.length() > 4 && w.charAt(0) == 'و' ? w.substring(1) : w;
    }

    /**
     * "8 و10 ساعات", "ما بين 60 و80 طفلاً": two numbers joined by و and sharing the unit of the second are one
     * quantity (not "8" and "10 ساعات"). A bare بين stays outside the span, ما بين is an approximator and stays in.
     * Two years without a unit ("عامي 2016 و2019") are left to the date rules.
     */
    static int range(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        int k = i;
        if (toks.get(i).kind() != Token.Kind.NUMBER && !f[i].equals("ما")) {
            return 0;
        }
        if (k + 1 < n && f[k].equals("ما") && f[k + 1].equals("بين")) {
            k += 2;
        }
        if (k + 2 >= n || toks.get(k).kind() != Token.Kind.NUMBER || !f[k + 1].equals("و")
                || toks.get(k + 2).kind() != Token.Kind.NUMBER || toks.get(k + 2).start() != toks.get(k + 1).end()) {
            return 0;
        }
        List<Entity> second = new java.util.ArrayList<>(1);
        int used = ArabicQuantityRules.quantity(text, toks, f, k + 2, second);
        if (used == 0 || second.isEmpty() || ArabicDateQuantityRules.isYear(toks.get(k))) {
            return 0;
        }
        int startNorm = toks.get(i).start();
        int endNorm = toks.get(k + 2 + used - 1).end();
        add(text, out, startNorm, endNorm, EntityType.QUANTITY, null);
        return k + 2 + used - i;
    }
}
