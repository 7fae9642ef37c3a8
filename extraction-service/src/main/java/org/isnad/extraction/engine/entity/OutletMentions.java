package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.RuleEntityFinder.add;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.attribution.CueLexicon;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Outlets and platforms named by where they stand rather than by a list, for {@link RuleEntityFinder}:
 * <ul>
 *   <li>the outlet of a dateline, "طرابلس (بوابة الوسط) -", "تعز - «المشهد اليمني»";</li>
 *   <li>the quoted outlet that a statement was made to: "في حديث لـ«X»", "قالت مصادر لـ«X»", "في اتصال هاتفي مع
 *   «X»" — a quoted name after لـ or مع is the outlet only when a speech noun or a reporting verb stands
 *   just before it; "تعرضوا لـ«مجزرة»" quotes a word, not a name;</li>
 *   <li>a platform, application or site with its quoted name, "على منصة «X»", "تطبيق «X»", and a social platform
 *   named where something was published, "في بيان على تلغرام", "صفحتها الرسمية في فيسبوك".</li>
 * </ul>
 */
final class OutletMentions {
    private OutletMentions() {
    }

    /** Nouns of speaking to a medium: "في حديث / تصريح / مقابلة / اتصال (هاتفي) لـ / مع «X»". */
    private static final Set<String> SPEECH_NOUNS = ArabicLexicons.set("حديث", "حديثه", "حديثها", "تصريح",
            "تصريحات", "تصريحه", "تصريحها", "تصريحاته", "مقابلة", "مقابلته", "مقابلتها", "اتصال", "هاتفي",
            "مكالمة", "لقاء", "حوار", "بيان", "رسالة");

    /** Heads that name a platform, an application or a site by a quoted name. */
    private static final Set<String> PLATFORM_HEADS = ArabicLexicons.set("منصة", "منصتي", "تطبيق", "موقع");

    /** Social platforms, world knowledge: named where something was published ("في بيان على تلغرام"). */
    private static final Set<String> PLATFORMS = ArabicLexicons.set("فيسبوك", "تلغرام", "تليغرام", "تيليغرام",
            "تويتر", "إكس", "يوتيوب", "إنستغرام", "انستغرام", "واتساب", "تيكتوك", "لينكدإن");
    /** What is published on a platform: "بيان / منشور / تغريدة / صفحة / حساب / قناة على X". */
    private static final Set<String> POSTS = ArabicLexicons.set("بيان", "منشور", "تغريدة", "تدوينة", "صفحة",
            "صفحته", "صفحتها", "حساب", "حسابه", "حسابها", "قناة", "قناته", "قناتها", "رسالة", "فيديو", "مقطع",
            "الرسمية", "الرسمي", "بيانا", "منشورا");
    private static final Set<String> ON = ArabicLexicons.set("على", "في", "عبر");

    /** The words with which {@link #at} can start a mention (for the start sets of {@link RuleEntityFinder}). */
    static final Set<String> STARTS = new java.util.HashSet<>(List.of("ل", "مع"));

    static {
        STARTS.addAll(PLATFORMS);
        for (String h : PLATFORM_HEADS) {
            STARTS.add(h);
            for (String p : new String[]{"و", "ب", "ف", "ل", "وب"}) {
                STARTS.add(p + h);
            }
        }
    }

    private static final CueLexicon LEX = CueLexicon.get();
    private static final int MAX_NAME_WORDS = 4;
    /** "وقالت مصادر ميدانية لـ«X»": the reporting verb may stand three words before the preposition. */
    private static final int LOOK_BACK = 4;

    /** Tokens used by a quoted outlet or platform name that starts at i (the preposition or head), or 0. */
    static int at(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        String w = f[i];
        if (PLATFORMS.contains(w)) {
            if (!publishedOn(toks, f, i)) {
                return 0;
            }
            add(text, out, toks.get(i).start(), toks.get(i).end(), EntityType.ORGANIZATION, null);
            return 1;
        }
        boolean preposition = w.equals("ل") || w.equals("مع");
        if (!preposition && !platformHead(w)) {
            return 0;
        }
        int open = i + 1;
        int n = toks.size();
        if (open >= n || !toks.get(open).isQuote()) {
            return 0;
        }
        int e = open + 1;
        while (e < n && e - open <= MAX_NAME_WORDS && toks.get(e).kind() == Token.Kind.WORD) {
            e++;
        }
        if (e >= n || e == open + 1 || !toks.get(e).isQuote()) {
            return 0;
        }
        if (preposition && !spokenTo(f, i)) {
            return 0;
        }
        add(text, out, toks.get(open + 1).start(), toks.get(e - 1).end(), EntityType.ORGANIZATION, null);
        return e + 1 - i;
    }

    /**
     * "بيان على تلغرام", "صفحتها الرسمية في فيسبوك", "منصة إكس": a platform named as where something was
     * published. A bare platform word elsewhere ("أشعة إكس") is left alone.
     */
    private static boolean publishedOn(List<Token> toks, String[] f, int i) {
        int p = i > 0 && toks.get(i - 1).isQuote() ? i - 2 : i - 1; // "على «تلغرام»"
        if (p < 0 || toks.get(p).kind() != Token.Kind.WORD) {
            return false;
        }
        if (platformHead(f[p])) {
            return true;
        }
        if (!ON.contains(f[p])) {
            return false;
        }
        for (int k = p - 1; k >= 0 && k >= p - 3 && toks.get(k).kind() == Token.Kind.WORD; k--) {
            if (POSTS.contains(f[k])) {
                return true;
            }
        }
        return false;
    }

    private static boolean platformHead(String w) {
        if (PLATFORM_HEADS.contains(w)) {
            return true;
        }
        if (!STARTS.contains(w)) {
            return false; // a stripped head counts only in a listed start form: tested first, before any substring
        }
        for (int strip = 1; strip <= 2 && strip < w.length() - 2; strip++) {
            if (PLATFORM_HEADS.contains(w.substring(strip))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speech noun or a reporting verb among the few words before the preposition. A source noun alone is not
     * enough: "تعرض السكان لـ«X»" has a subject before لـ, not a speaker.
     */
    private static boolean spokenTo(String[] f, int i) {
        for (int k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
            String w = f[k];
            if (SPEECH_NOUNS.contains(w) || LEX.lookup(w) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outlet of a dateline at the start of a line: "طرابلس (بوابة الوسط) -", "تعز - «المشهد اليمني»".
     * One to three words (the city), then the outlet in brackets or, after a dash, in quotes. Returns the
     * number of tokens consumed (0 if the line does not open with a dateline).
     */
    static int datelineOutlet(NormalizedText text, List<Token> toks, List<Entity> out) {
        int n = toks.size();
        int k = 0;
        while (k < n && k < 3 && toks.get(k).kind() == Token.Kind.WORD) {
            k++;
        }
        if (k == 0 || k >= n) {
            return 0;
        }
        boolean bracket = toks.get(k).isPunct('(');
        int open = bracket ? k : toks.get(k).isPunct('-') && k + 1 < n && toks.get(k + 1).isQuote() ? k + 1 : -1;
        if (open < 0) {
            return 0;
        }
        int e = open + 1;
        while (e < n && e - open <= 4 && toks.get(e).kind() == Token.Kind.WORD) {
            e++;
        }
        boolean closed = e < n && e > open + 1 && (bracket ? toks.get(e).isPunct(')') : toks.get(e).isQuote());
        if (!closed || bracket && !(e + 1 < n && toks.get(e + 1).isPunct('-'))) {
            return 0;
        }
        add(text, out, toks.get(open + 1).start(), toks.get(e - 1).end(), EntityType.ORGANIZATION, null);
        return e + 1;
    }
}
