package org.isnad.extraction.engine.boilerplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.text.Chars;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;

/**
 * Line-level boilerplate detection on the normalised text. A line is boilerplate when it is
 * <ul>
 *   <li>comment-policy text and the site's opinion disclaimer ({@link CommentPolicy});</li>
 *   <li>a social prompt, share bar, comment form, copyright line, newsletter prompt, tag list, a
 *       "Reporting by" credit or a short source trailer ({@code المصدر / سبوتنيك}) — phrase rules;</li>
 *   <li>a "see also / latest news / most read / related" header, or a headline-like line in the run that
 *       such a header opens, or an inline "شاهد أيضاً : headline" line;</li>
 *   <li>a run of two or more headline-like lines closing the article next to other boilerplate, or three
 *       or more at the end of the article;</li>
 *   <li>the editors' credit line closing the article ({@link CreditTrailer});</li>
 *   <li>author boxes, long tag lists, photo credits, "updated" stamps, reading time, app and channel prompts,
 *       print buttons, advertisement markers ({@link PageFurniture});</li>
 *   <li>a repeat (second and later occurrence) of an earlier paragraph of six words or more;</li>
 *   <li>an embedded tweet or Facebook post, header, text and trailer ({@link EmbeddedPosts}).</li>
 * </ul>
 * Everything is decided on folded text with plain string tests, linear in the input size.
 */
public final class BoilerplateDetector {

    /** A boilerplate line: normalised range and the rule that fired. */
    public record Line(int normStart, int normEnd, String kind) {
    }

    private static final PhraseSet CONTAINS_ANY_LENGTH = PhraseSet.of(Fold.foldAll(
            "discussion about this post", "لن يتم نشر عنوان بريدك", "الحقول الإلزامية", "الحقول المطلوبة",
            "جميع الحقوق محفوظة", "all rights reserved", "thomson reuters trust principles",
            "sign up for our", "subscribe to our", "تابعونا على", "تابعونا عبر", "تابعوا آخر", "تابعونا في"));
    private static final PhraseSet CONTAINS_SHORT = PhraseSet.of(Fold.foldAll(
            "©", "copyright", "اترك رد", "اترك تعليق", "أضف تعليق", "أضف تعليقاً", "click here", "اضغط هنا",
            "انقر هنا", "لمزيد من الأخبار", "حمّل تطبيق", "حمل تطبيق", "download our app", "share this",
            "share on", "newsletter", "النشرة البريدية", "reporting by", "editing by", "writing by",
            "our standards", "follow us", "رابط مختصر", "short link", "print this", "طباعة", "advertisement"));
    private static final List<String> SOCIAL = Fold.foldAll("facebook", "twitter", "whatsapp", "telegram", "instagram",
            "youtube", "linkedin", "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تلغرام", "تليجرام",
            "تيليغرام", "انستغرام", "إنستغرام", "يوتيوب", "لينكدإن");
    private static final List<String> PREFIX_SHORT = Fold.foldAll(
            "تابعونا", "تابعوا", "تابعنا", "اشترك", "اشتركوا", "شارك", "شاركوا", "الوسوم", "وسوم", "كلمات مفتاحية",
            "الكلمات المفتاحية", "كلمات دلالية", "tags", "topics", "share", "related:", "read more", "see also",
            "more from", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "شاهد أيضا", "شاهد أيضاً", "شاهد ايضا",
            "اقرأ المزيد", "للمزيد", "ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "اقرأ كذلك");
    private static final List<String> LIST_HEADERS = Fold.foldAll(
            "آخر الأخبار", "اخر الاخبار", "أحدث الأخبار", "الأخبار الأكثر قراءة", "الأكثر قراءة", "الأكثر مشاهدة",
            "الأكثر تداولا", "شاهد أيضا", "شاهد أيضاً", "اقرأ أيضا", "اقرأ أيضاً", "ذات صلة", "أخبار ذات صلة",
            "مواضيع ذات صلة", "مقالات ذات صلة", "قد يعجبك أيضا", "قد يهمك", "المزيد من الأخبار", "أخبار متعلقة",
            "related coverage", "related", "related stories", "related articles", "most read", "most popular",
            "latest news", "latest", "read more", "see also", "more stories", "recommended", "you may also like",
            "more from", "قد يعجبك", "قد يهمك أيضا", "ننصحك بقراءة", "اخترنا لك", "مختارات المحرر", "مواضيع قد تهمك",
            "مقالات قد تهمك", "أخبار قد تهمك", "أخبار مشابهة", "مقالات مشابهة", "مواضيع مشابهة", "الأكثر تعليقا",
            "الأكثر قراءة اليوم", "الأكثر قراءة هذا الأسبوع", "أخبار أخرى", "مقالات أخرى", "المزيد", "المزيد من المقالات",
            "you might also like", "trending", "most viewed");
    /**
     * Teaser prefixes before a linked headline ("اقرأ المزيد: «…»: …"): taken up to 25 words, since the headline
     * after them can be long; news prose never opens with an imperative to read or watch.
     */
    private static final List<String> SEE_ALSO_PREFIXES = Fold.foldAll("شاهد أيضا", "شاهد أيضاً", "شاهد ايضا",
            "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرأ المزيد", "إقرأ المزيد", "اقرأ كذلك", "اقرأ ايضا",
            "see also", "read more", "read also");
    private static final List<String> SOURCE_PREFIX = Fold.foldAll("المصدر", "مصدر الخبر", "source", "مصدر");


    /**
     * The detector's lines of a normalised text as [start, end) pairs: split at newlines, spaces trimmed, blank lines
     * dropped (also what the furniture-model experiment in the test tree labels).
     */
    public static List<int[]> lines(String norm) {
        List<int[]> lines = new ArrayList<>();
        int n = norm.length();
        int s = 0;
        while (s <= n) {
            int i = norm.indexOf('\n', s); // the vectorised search, not a charAt loop over the whole text
            if (i < 0) {
                i = n;
            }
            int a = s;
            int b = i;
            while (a < b && norm.charAt(a) == ' ') {
                a++;
            }
            while (b > a && norm.charAt(b - 1) == ' ') {
                b--;
            }
            if (b > a) {
                lines.add(new int[]{a, b});
            }
            s = i + 1;
        }
        return lines;
    }

    public List<Line> detect(NormalizedText text) {
        String norm = text.norm();
        List<int[]> lines = lines(norm);
        int L = lines.size();
        String[] kind = new String[L];
        String[] low = new String[L];
        int[] words = new int[L];
        boolean[] headlineLike = new boolean[L];
        for (int k = 0; k < L; k++) {
            String line = norm.substring(lines.get(k)[0], lines.get(k)[1]);
            low[k] = Fold.lower(line);
            words[k] = countWords(line);
            headlineLike[k] = isHeadlineLike(line, words[k]);
        }
        int firstProse = firstProse(words);
        Set<String> seen = new HashSet<>();
        boolean inList = false;
        boolean inTags = false; // under a bare "الوسوم" header, one tag per line
        for (int k = 0; k < L; k++) {
            String l = low[k];
            String r = phraseRule(l, words[k]);
            if (r == null && k > 0 && WidgetLines.breakingTicker(l, words[k])) {
                r = "breaking-ticker"; // the same shape on the title line is the article's headline
            }
            if (r == null && k > 0 && isListHeader(l)) {
                r = "list-header";
            }
            if (r == null && k > 0 && NavigationLines.isNavigation(l, words[k])) {
                r = "navigation"; // breadcrumb, section header or editors' byline (never the title line)
            }
            if (r == null && k > 0) {
                r = inTags && PageFurniture.isTagItem(l, words[k]) ? "tag-list" : PageFurniture.kind(l, words[k]);
                if (k < firstProse && PageFurniture.authorLine(l, words[k])) {
                    r = null; // the byline above the story is a publication line: its author is a PERSON (gold guideline)
                }
            }
            inTags = r != null && (PageFurniture.isTagHeader(l) || inTags && r.equals("tag-list"));
            if (r != null) {
                kind[k] = r;
                inList = r.equals("list-header") || r.equals("see-also");
                if (r.equals("see-also") && words[k] > 4) {
                    inList = false; // inline "see also: headline" line
                }
                continue;
            }
            if (inList && headlineLike[k] && words[k] <= 18) {
                kind[k] = "list-item";
                continue;
            }
            inList = false;
            if (words[k] >= 6) {
                String key = keyOf(l);
                if (!seen.add(key)) {
                    kind[k] = "repeated-paragraph";
                }
            }
        }
        EmbeddedPosts.mark(low, words, kind);
        markMastheads(low, words, kind);
        // the editors' credit closing the article ("ع.ج/ س (د ب أ، رويترز)"), before any trailing boilerplate
        int last = L - 1;
        while (last >= 0 && kind[last] != null) {
            last--;
        }
        if (last > 0 && CreditTrailer.isCredit(low[last])) {
            kind[last] = "credit-trailer";
        }
        // trailing run of headline-like lines
        int k = L - 1;
        while (k >= 0 && kind[k] != null) {
            k--;
        }
        int runEnd = k;
        while (k > 0 && kind[k] == null && headlineLike[k] && words[k] <= 16) {
            k--;
        }
        int runLen = runEnd - k;
        boolean adjacentBoiler = runEnd < L - 1 || (k >= 0 && kind[k] != null);
        if (runLen >= 3 || (runLen >= 2 && adjacentBoiler)) {
            for (int j = k + 1; j <= runEnd; j++) {
                kind[j] = "headline-run";
            }
        }
        List<Line> out = new ArrayList<>();
        for (int j = 0; j < L; j++) {
            if (kind[j] != null) {
                out.add(new Line(lines.get(j)[0], lines.get(j)[1], kind[j]));
            }
        }
        return out;
    }

    /** A line of this many words or more, not boilerplate, is article prose. */
    private static final int PROSE_WORDS = 10;

    /**
     * The site masthead ({@link NavigationLines#masthead}) above the first or below the last paragraph of prose (never
     * the title line): inside the body the same shape is a dateline or an aside.
     */
    private static int firstProse(int[] words) {
        for (int k = 1; k < words.length; k++) {
            if (words[k] >= PROSE_WORDS) {
                return k;
            }
        }
        return words.length;
    }

    private static void markMastheads(String[] low, int[] words, String[] kind) {
        int first = -1;
        int last = -1;
        for (int k = 1; k < low.length; k++) {
            if (kind[k] == null && words[k] >= PROSE_WORDS) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        for (int k = 1; k < low.length; k++) {
            if (kind[k] == null && (first < 0 || k < first || k > last) && NavigationLines.masthead(low[k])) {
                kind[k] = "masthead";
            }
        }
    }

    private static String phraseRule(String l, int words) {
        if (CommentPolicy.isPolicy(l, words) || CommentPolicy.isFormLabel(l)) {
            return "comment-policy";
        }
        if (ConsentNotice.isConsent(l, words)) {
            return "consent-notice";
        }
        if (Disclaimer.isDisclaimer(l, words)) {
            return "disclaimer";
        }
        if (CorrectionNotice.isCorrection(l, words)) {
            return "correction-notice";
        }
        String live = LiveBlogLines.kind(l, words);
        if (live != null) {
            return live;
        }
        String widget = WidgetLines.kind(l, words);
        if (widget != null) {
            return widget;
        }
        String promoted = PromotedContent.kind(l, words);
        if (promoted != null) {
            return promoted;
        }
        String appeal = ReaderAppeals.kind(l, words);
        if (appeal != null) {
            return appeal;
        }
        if (Phrases.containsAny(l, CONTAINS_ANY_LENGTH) || words <= 16 && Phrases.containsAny(l, CONTAINS_SHORT)) {
            return "boilerplate-phrase";
        }
        if (words <= 12) {
            int social = 0;
            for (String p : SOCIAL) {
                if (l.contains(p)) {
                    social++;
                }
            }
            if (social >= 2 || (social == 1 && words <= 6)) {
                return "share-bar";
            }
        }
        if (words <= 10 && !endsWithPeriod(l)) {
            for (String p : PREFIX_SHORT) {
                if (startsWithWord(l, p)) {
                    return p.contains("ايضا") || p.contains("also") || p.contains("صله") || p.contains("more")
                            || p.contains("المزيد") || p.contains("كذلك") ? "see-also" : "boilerplate-phrase";
                }
            }
        }
        if (words <= 25) {
            for (String p : SEE_ALSO_PREFIXES) {
                if (startsWithWord(l, p)) {
                    return "see-also";
                }
            }
        }
        if (words <= 6) {
            for (String p : SOURCE_PREFIX) {
                if (l.startsWith(p)) {
                    int j = p.length();
                    while (j < l.length() && l.charAt(j) == ' ') {
                        j++;
                    }
                    if (j < l.length() && (l.charAt(j) == ':' || l.charAt(j) == '/' || l.charAt(j) == '-'
                            || l.charAt(j) == '|')) {
                        return "source-trailer";
                    }
                }
            }
        }
        return null;
    }

    private static boolean isListHeader(String l) {
        if (l.length() > 60) {
            return false;
        }
        int end = l.length();
        while (end > 0 && (":-|. ".indexOf(l.charAt(end - 1)) >= 0)) {
            end--;
        }
        String t = l.substring(0, end);
        if (sectionMoreHeader(t)) {
            return true;
        }
        for (String h : LIST_HEADERS) {
            if (t.equals(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "المزيد من الشرق الأوسط", "more from Business": a site-section name after "more from" heads a list of links
     * to other stories; the phrase never opens a headline-free short line of prose.
     */
    private static boolean sectionMoreHeader(String t) {
        for (String p : SECTION_MORE) {
            if (t.startsWith(p + " ") && countWords(t) <= p.split(" ").length + 3) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> SECTION_MORE = Fold.foldAll("المزيد من", "المزيد في", "more from", "more in");

    private static boolean startsWithWord(String l, String p) {
        if (!l.startsWith(p)) {
            return false;
        }
        if (l.length() == p.length()) {
            return true;
        }
        char c = l.charAt(p.length());
        return !Character.isLetterOrDigit(c) || p.endsWith(":");
    }

    private static boolean endsWithPeriod(String l) {
        return !l.isEmpty() && (l.charAt(l.length() - 1) == '.') && !l.endsWith("..");
    }

    static int countWords(String line) {
        int w = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean lw = Chars.isLetterOrDigit(line.charAt(i));
            if (lw && !in) {
                w++;
            }
            in = lw;
        }
        return w;
    }

    /** Short, no sentence-final period, no reporting structure: looks like a headline/teaser. */
    static boolean isHeadlineLike(String line, int words) {
        if (words < 2 || words > 18) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '.' && !line.endsWith("..")) {
            return false;
        }
        return last != ':' && last != '،' && last != ',';
    }

    private static String keyOf(String l) {
        // a char[] rather than a StringBuilder: the builder starts Latin-1 and re-codes itself at the first
        // Arabic letter; new String(char[]) yields the same string (compacted to Latin-1 when it can be)
        char[] b = new char[l.length()];
        int n = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Chars.isLetterOrDigit(c)) {
                b[n++] = c;
            }
        }
        return new String(b, 0, n);
    }
}
