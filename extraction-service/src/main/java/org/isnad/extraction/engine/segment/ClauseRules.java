package org.isnad.extraction.engine.segment;

import java.util.Set;
import org.isnad.extraction.engine.text.Fold;

/**
 * Arabic clause-boundary tests used inside reported content: "، و" + finite verb, "، وأن/وإن",
 * "فيما/بينما" + clause, "لكن/غير أن/إلا أن". The verb test is morphological (no lexicon of all verbs):
 * imperfect prefixes ي/ت/ن with a non-masdar shape, feminine/plural past suffixes, Form IV/VIII/X shapes,
 * plus a list of frequent auxiliaries.
 */
public final class ClauseRules {
    private ClauseRules() {
    }

    private static final Set<String> COMMON_VERBS = Set.copyOf(java.util.List.of("كان", "كانت", "كانوا", "تم", "تمت", "بات", "باتت",
            "اصبح", "اصبحت", "ظل", "ظلت", "بقي", "بقيت", "شهد", "شهدت", "قام", "قامت", "قاموا", "عاد", "عادت",
            "جاء", "جاءت", "ادي", "ادت", "اكد", "قال", "قالت", "اعلن", "اعلنت", "وقع", "وقعت", "قتل", "قتلت",
            "اصيب", "اصيبت", "سقط", "سقطت", "دخل", "دخلت", "خرج", "خرجت", "بلغ", "بلغت", "ارتفع", "ارتفعت",
            "انخفض", "انخفضت", "تراجع", "تراجعت", "نفذ", "نفذت", "شن", "شنت", "استهدف", "استهدفت", "اسفر",
            "اسفرت", "ابرم", "ابرمت", "وصل", "وصلت", "بدا", "بدات",
            "سيتم", "يتم", "تتم", "استشهد", "اعتقل", "اعتقلت", "نزح", "نزحت", "فر", "فرت", "هاجم", "هاجمت",
            "اطلق", "اطلقت", "رفض", "رفضت", "طالب", "طالبت", "وافق", "وافقت", "صادق", "صادقت",
            // three-letter imperfects of doubled / first-waw verbs, too short for the ت-prefix shape test
            "تعد", "تقع", "تصل"));

    /** Independent pronouns of the dialects (folded) that look like verbs of the shape أفعل. */
    private static final Set<String> DIALECT_PRONOUNS = Set.of("احنا", "انتو", "انتم", "انتي", "انتن", "نحنا");

    private static final String[] PAST_SUFFIXES = {"ت", "وا", "تا"};

    /** True if {@code folded} (a token starting with و) looks like و + finite verb. */
    public static boolean isWawVerb(String folded) {
        if (folded.length() < 3 || folded.charAt(0) != 'و') {
            return false;
        }
        return looksLikeVerb(folded.substring(1));
    }

    /** Past suffixes of a Form II verb before its object pronoun: كبّدت، سلّموا، حمّلنا. */
    private static final java.util.regex.Pattern FORM_TWO = java.util.regex.Pattern.compile(
            "\\p{L}\\p{L}\u0651\\p{L}(?:ت|تا|وا|نا|تم)?(?:ه|ها|هم|هما|كم|نا)?");

    /**
     * و + a Form II past verb written with its shadda, with or without an object pronoun: "وكبّدتهم", "وحمّلها",
     * "ومدّد". The shadda on the middle of three root letters marks the verb pattern فعّل; a noun of that shape
     * takes ة or a long vowel (مدّة، سيّارة), and the folded text, which drops the shadda, cannot tell "وكبدتهم" from
     * a noun with a possessive (وحكومتهم). A doubled final ه with nothing after it ("وجدّه", "وعمّه") is a noun, and so
     * is a doubled root before the ة of a noun and a pronoun ("ومدّته", "وحصّتها").
     */
    public static boolean isWawFormTwo(String original) {
        if (original == null || original.length() < 5 || original.charAt(0) != 'و') {
            return false;
        }
        StringBuilder w = new StringBuilder(original.length());
        for (int q = 1; q < original.length(); q++) {
            char ch = original.charAt(q);
            if (!(ch >= '\u064B' && ch <= '\u065F' && ch != '\u0651' || ch == '\u0670' || ch == '\u0640')) {
                w.append(ch);
            }
        }
        String r = w.toString();
        return FORM_TWO.matcher(r).matches() && !(r.length() == 4 && r.charAt(3) == 'ه')
                && !(r.length() > 4 && r.charAt(3) == 'ت'); // "ومدّته", "وقوّتها": a doubled noun in ة + possessive
    }

    /**
     * {@link #isWawFormTwo} with an object pronoun ("وكبّدتهم", "وسلّمها"): a clause of its own after "، و". Without
     * the pronoun the shape also fits a doubled verb of reply ("وردّت X بأن"), which opens a new speaker's report.
     */
    public static boolean isWawFormTwoWithObject(String original) {
        if (!isWawFormTwo(original)) {
            return false;
        }
        String f = Fold.fold(original);
        return f.length() >= 6 && (f.endsWith("ه") || f.endsWith("ها") || f.endsWith("هم") || f.endsWith("كم"));
    }

    private static final char DAMMA = '\u064F';
    private static final char SHADDA = '\u0651';

    /**
     * "ودُمِّر", "وشُقَّت", "ووُزِّعوا": و + the passive past of Form II (فُعِّل) written with the damma of its first
     * radical and the shadda of its second, three radicals and at most the suffix ت / وا. The passive voice is
     * visible only in these marks (folding turns it into the active shape, which the other tests do not take
     * without an object pronoun); nouns of this shape end in ة or have a long vowel (قُوّة، حُكّام).
     */
    public static boolean isWawPassiveFormTwo(String original) {
        if (original == null || original.length() < 6 || original.charAt(0) != 'و') {
            return false;
        }
        StringBuilder base = new StringBuilder(6);
        boolean firstDamma = false;
        boolean secondShadda = false;
        for (int q = 1; q < original.length(); q++) {
            char ch = original.charAt(q);
            if (ch >= '\u064B' && ch <= '\u065F' || ch == '\u0670' || ch == '\u0640') {
                firstDamma |= ch == DAMMA && base.length() == 1;
                secondShadda |= ch == SHADDA && base.length() == 2;
            } else if (base.length() < 6) {
                base.append(ch);
            } else {
                return false;
            }
        }
        int n = base.length();
        return firstDamma && secondShadda && (n == 3 && "ةاى".indexOf(base.charAt(2)) < 0 || n == 4 && base.charAt(3) == 'ت'
                || n == 5 && base.charAt(3) == 'و' && base.charAt(4) == 'ا');
    }

    /**
     * "ولم" / "ولن": و + a verbal negation particle; a clause when a verb follows ("، ولم نسمع …"). "ولا" is left
     * out: it also negates nouns and fixed phrases (ولا سيما، ولا أحد، ولا يمكن).
     */
    public static boolean isWawNegation(String folded) {
        return folded.equals("ولم") || folded.equals("ولن");
    }

    public static boolean looksLikeVerb(String w) {
        if (w.length() < 2) {
            return false;
        }
        if (COMMON_VERBS.contains(w)) {
            return true;
        }
        if (DIALECT_PRONOUNS.contains(w)) {
            return false; // "، وإحنا في رمضان": a dialect pronoun opens a nominal clause, it has the shape of أفعل
        }
        if (w.startsWith("ال") || w.endsWith("ات") || w.endsWith("ين") && w.length() > 5 && !w.startsWith("ي")) {
            return false;
        }
        char c0 = w.charAt(0);
        int n = w.length();
        if (c0 == 'س' && n >= 4 && "يتن".indexOf(w.charAt(1)) >= 0) {
            return true; // future سيـ / ستـ
        }
        if (c0 == 'ي' && n >= 3) {
            return true; // imperfect 3rd person (nouns in ي are rare)
        }
        if ((c0 == 'ت' || c0 == 'ن') && n >= 4) {
            // masdar تفعيل (تهريب، تدمير) and تفاعل-ات plurals are nouns
            if ((n == 5 || n == 6 && w.endsWith("ا")) && w.charAt(3) == 'ي') {
                return false; // تهريب، تنديدا
            }
            if (w.endsWith("ه") || w.endsWith("يه")) {
                return false; // تنمية، تسوية
            }
            return n <= 7;
        }
        for (String s : PAST_SUFFIXES) {
            if (w.endsWith(s) && n >= 4 && n <= 7 && !w.endsWith("يت")) {
                return true;
            }
        }
        if (c0 == 'ا' && n == 4 && w.charAt(2) != 'ا') {
            return true; // أفعل
        }
        if ((w.startsWith("است") && n == 6) || (w.startsWith("ان") && n == 5) || (c0 == 'ا' && n == 5
                && w.charAt(2) == 'ت')) {
            return true; // استفعل، انفعل، افتعل
        }
        return false;
    }

    /** Tokens that open a new clause after a comma: فيما، بينما، لكن، ولكن. */
    public static boolean isClauseConnector(String folded) {
        return folded.equals("فيما") || folded.equals("بينما") || folded.equals("لكن") || folded.equals("ولكن")
                || folded.equals("لكنه") || folded.equals("لكنها") || folded.equals("ولكنه") || folded.equals("but");
    }

    /** "فيما يسمى" / "فيما يتعلق" / "فيما بعد" are not clause connectors. */
    public static boolean falseFima(String next) {
        return next == null || next.equals("يسمي") || next.equals("يتعلق") || next.equals("بعد")
                || next.equals("يخص") || next.equals("بين") || next.equals("يبدو");
    }

    static String fold(String s) {
        return Fold.fold(s);
    }
}
