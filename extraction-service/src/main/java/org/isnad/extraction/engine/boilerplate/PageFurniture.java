package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * Page furniture that Arabic news sites print around an article, recognised by a site-voice label or an
 * imperative at the start of a short line, never by the names in it:
 * <ul>
 *   <li>author box: "بقلم فلان", "كتب: فلان", "المحرر: فلان", and the author's bio line under it or at the page
 *   end ("كاتب وصحفي متخصص في الشؤون الاقتصادية");</li>
 *   <li>tag lists longer than the short-line prefix rule takes ("الوسوم: أ، ب، ج …"), hashtag lines, and the
 *   one-tag-per-line list under a bare "الوسوم" header ({@link #isTagHeader}, {@link #isTagItem});</li>
 *   <li>photo captions' credits ("تصوير: فلان", "الصورة: أرشيفية", "(أرشيفية)", "صورة تعبيرية");</li>
 *   <li>reading time ("5 دقائق قراءة"); the "updated" / "published" stamp is not furniture (its date is an entity);</li>
 *   <li>app-download and channel prompts ("حمّل تطبيق …", "انضم إلى قناتنا على تلغرام"), print and font-size
 *   buttons, advertisement markers ("إعلان", "محتوى مدعوم") and copyright lines without the words the
 *   detector's phrase lists carry ("حقوق النشر محفوظة لـ …").</li>
 * </ul>
 * News prose reports such things in the third person with a cue and a subject; these lines address the reader or
 * label the page, and are short. Plain string tests on the folded line.
 */
final class PageFurniture {
    private PageFurniture() {
    }

    static String kind(String l, int words) {
        if (authorLine(l, words) || authorBio(l, words) || aboutAuthor(l, words)) {
            return "author-box";
        }
        if (tagLine(l, words)) {
            return "tag-list";
        }
        if (photoCredit(l, words) || CaptionCredits.isCaption(l, words)) {
            return "photo-credit";
        }
        if (readingTime(l, words)) {
            return "reading-time";
        }
        if (prompt(l, words)) {
            return "reader-prompt";
        }
        if (advertisement(l) || copyright(l, words)) {
            return "boilerplate-phrase";
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- author box

    /** Byline heads that need no label: "بقلم" is only ever said of the writer of the page. */
    private static final List<String> PEN = Fold.foldAll("بقلم", "written by");
    /** Byline heads that are ordinary words too, so they count only with a label glyph after them. */
    private static final List<String> AUTHOR_LABELS = Fold.foldAll("كتب", "كتبت", "الكاتب", "الكاتبة", "المحرر",
            "المحررة", "تحرير", "إعداد", "اعداد وتحرير", "إعداد وتحرير", "by", "author", "الكاتب الصحفي");
    private static final int AUTHOR_MAX_WORDS = 8;

    static boolean authorLine(String l, int words) {
        if (words > AUTHOR_MAX_WORDS) {
            return false;
        }
        for (String p : PEN) {
            if (startsWithWord(l, p)) {
                return true;
            }
        }
        for (String p : AUTHOR_LABELS) {
            if (labelled(l, p)) {
                return true;
            }
        }
        return false;
    }

    /** "عن الكاتبة:" / "نبذة عن المحرر:" heads the author box at the page end; the bio after it runs on. */
    private static final List<String> ABOUT_AUTHOR = Fold.foldAll("عن الكاتب", "عن الكاتبة", "عن المحرر",
            "عن المحررة", "عن المؤلف", "عن المؤلفة", "عن المراسل", "عن المراسلة", "about the author");
    private static final String PROFILE = Fold.fold("نبذة") + " ";

    static boolean aboutAuthor(String l, int words) {
        if (words > BIO_MAX_WORDS) {
            return false;
        }
        String label = l.startsWith(PROFILE) ? l.substring(PROFILE.length()) : l;
        for (String p : ABOUT_AUTHOR) {
            if (labelled(label, p)) {
                return true;
            }
        }
        return false;
    }

    /** Professions a bio opens with ("كاتب وصحفي …"), with or without و. */
    private static final List<String> BIO_NOUNS = Fold.foldAll("كاتب", "كاتبة", "صحفي", "صحفية", "صحافي", "صحافية",
            "محرر", "محررة", "باحث", "باحثة", "مراسل", "مراسلة", "إعلامي", "إعلامية", "أكاديمي", "أكاديمية",
            "writer", "journalist", "editor", "reporter");
    /** What a bio says of its subject and a news sentence about a journalist does not. */
    private static final List<String> BIO_MARKERS = Fold.foldAll("متخصص في", "متخصصة في", "مهتم ب", "مهتمة ب",
            "حاصل على", "حاصلة على", "خريج", "خريجة", "سنوات من الخبرة", "عاما من الخبرة", "عاماً من الخبرة",
            "صدر له", "صدر لها", "يكتب في", "تكتب في", "يكتب عن", "تكتب عن", "specialising in", "specializing in",
            "covers ", "writes about", "مختص في", "مختصة في");
    private static final int BIO_MAX_WORDS = 40;

    static boolean authorBio(String l, int words) {
        if (words > BIO_MAX_WORDS || words < 3) {
            return false;
        }
        boolean opens = false;
        for (String p : BIO_NOUNS) {
            if (startsWithWord(l, p) || startsWithWord(l, "و" + p)) {
                opens = true;
                break;
            }
        }
        if (!opens && !namedBio(l)) {
            return false;
        }
        return Phrases.containsAny(l, BIO_MARKERS);
    }

    /** Words of the author's name a bio may open with before the profession ("فلان الفلاني صحفي مختص في …"). */
    private static final int BIO_NAME_MAX_WORDS = 3;

    /**
     * "NAME صحفي …": the profession noun as the second to fourth word, right after the bare name (no comma, no
     * conjunction opening the line). News prose introduces a journalist after a cue and a comma ("وقال فلان، وهو
     * صحفي …"), so a line opening with و/ف or with a comma before the noun is not a bio.
     */
    private static boolean namedBio(String l) {
        if (l.isEmpty() || l.charAt(0) == 'و' || l.charAt(0) == 'ف') {
            return false;
        }
        int word = 0;
        for (int i = 1; i < l.length() && word < BIO_NAME_MAX_WORDS; i++) {
            char c = l.charAt(i);
            if (c == '،' || c == ',' || c == ':' || c == '.') {
                return false;
            }
            if (c != ' ' || l.charAt(i - 1) == ' ') {
                continue;
            }
            word++;
            for (String p : BIO_NOUNS) {
                if (l.startsWith(p, i + 1) && (i + 1 + p.length() == l.length()
                        || !Character.isLetterOrDigit(l.charAt(i + 1 + p.length())))) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- tags

    private static final List<String> TAG_HEADERS = Fold.foldAll("الوسوم", "وسوم", "كلمات مفتاحية",
            "الكلمات المفتاحية", "كلمات دلالية", "الكلمات الدلالية", "مواضيع", "المواضيع", "موضوعات", "الموضوعات",
            "هاشتاغ", "هاشتاج", "tags", "topics", "keywords");
    private static final int TAG_MAX_WORDS = 40;
    private static final int TAG_ITEM_MAX_WORDS = 4;

    /** "الوسوم: السودان، الفاشر، …" of any length up to a paragraph, or a line of hashtags only. */
    static boolean tagLine(String l, int words) {
        if (words > TAG_MAX_WORDS || l.endsWith(".")) {
            return false;
        }
        for (String p : TAG_HEADERS) {
            if (labelled(l, p)) {
                return true;
            }
        }
        return hashtagsOnly(l) || qualifiedTagLabel(l);
    }

    /** Head nouns of a tag label that sites qualify with a word or two ("الكلمات المفاتيح", "الموضوعات المتعلقة"). */
    private static final List<String> TAG_NOUNS = Fold.foldAll("الوسوم", "وسوم", "الكلمات", "كلمات", "المواضيع",
            "مواضيع", "الموضوعات", "موضوعات", "tags", "topics", "keywords", "related");
    private static final int TAG_LABEL_MAX_QUALIFIERS = 2;

    /**
     * A tag noun plus one or two qualifying words, a colon, then a list of short items ("الكلمات المفاتيح: أ، ب، ج").
     * A sentence that happens to open with such a noun ("المواضيع التي ناقشها الاجتماع: …") has a longer label
     * or items of sentence length, and is left alone.
     */
    static boolean qualifiedTagLabel(String l) {
        int colon = l.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String label = l.substring(0, colon).trim();
        String[] labelWords = label.split(" +");
        if (labelWords.length < 2 || labelWords.length > 1 + TAG_LABEL_MAX_QUALIFIERS
                || !TAG_NOUNS.contains(labelWords[0])) {
            return false;
        }
        String[] items = l.substring(colon + 1).split("[،,|]");
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            String t = item.trim();
            if (!t.isEmpty() && t.split(" +").length > TAG_ITEM_MAX_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** A bare tag header, whose tags follow one per line. */
    static boolean isTagHeader(String l) {
        return TAG_HEADERS.contains(Phrases.trimToText(l));
    }

    /** One tag under a bare header: a name of at most four words, no sentence punctuation. */
    static boolean isTagItem(String l, int words) {
        if (words < 1 || words > TAG_ITEM_MAX_WORDS) {
            return false;
        }
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '.' || c == '،' || c == ',' || c == ':' || c == '؟' || c == '?') {
                return false;
            }
        }
        return true;
    }

    private static boolean hashtagsOnly(String l) {
        String[] parts = l.split(" ");
        int tags = 0;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.charAt(0) != '#' || p.length() < 2) {
                return false;
            }
            tags++;
        }
        return tags >= 1;
    }

    // ---------------------------------------------------------------------------------------------- captions

    private static final List<String> PHOTO_LABELS = Fold.foldAll("تصوير", "الصورة", "صورة", "الصور", "مصدر الصورة",
            "حقوق الصورة", "الصورة من", "photo", "image", "credit", "photo credit", "تصوير فيديو");
    /** Caption tails and whole captions that say the picture is not of the event. */
    private static final List<String> ARCHIVE = Fold.foldAll("أرشيفية", "صورة أرشيفية", "صورة من الأرشيف",
            "صورة تعبيرية", "صورة توضيحية", "أرشيف", "تعبيرية", "file photo");
    private static final int CAPTION_MAX_WORDS = 20;

    static boolean photoCredit(String l, int words) {
        if (words > CAPTION_MAX_WORDS) {
            return false;
        }
        if (words <= 12) {
            for (String p : PHOTO_LABELS) {
                if (labelled(l, p)) {
                    return true;
                }
            }
        }
        String t = Phrases.trimToText(l);
        for (String a : ARCHIVE) {
            if (t.equals(a) || t.startsWith(a + " ") && a.indexOf(' ') > 0 || l.endsWith("(" + a + ")")
                    || t.endsWith("- " + a)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- reading time

    // "آخر تحديث: 24 أغسطس 2025", "نشر بتاريخ: …" are NOT furniture here: the gold guideline keeps the page's
    // publication stamp in the article, and its date is a DATE entity (heldout11/13 annotate them).
    private static final List<String> READING = Fold.foldAll("دقائق قراءة", "دقيقة قراءة", "دقائق للقراءة",
            "دقيقة للقراءة", "وقت القراءة", "مدة القراءة", "زمن القراءة", "دقائق من القراءة", "min read",
            "minute read", "minutes read", "mins read");

    /** Reading time, "4 دقائق قراءة": a property of the page, not of the world. */
    static boolean readingTime(String l, int words) {
        return words <= 8 && Phrases.containsAny(l, READING);
    }

    // ---------------------------------------------------------------------------------------------- prompts

    /** Imperatives to get the site's app: with "تطبيق" / "app" in the same line they address the reader. */
    private static final List<String> GET_APP = Fold.foldAll("حمل", "حملوا", "نزل", "نزلوا", "ثبت", "download",
            "get");
    private static final List<String> APP_WORDS = Fold.foldAll("تطبيق", "التطبيق", "app");
    private static final List<String> SITE_VOICE = Fold.foldAll("تطبيقنا", "قناتنا على", "قناتنا في", "قناتنا عبر",
            "عبر قناتنا", "مجموعتنا على", "حسابنا على", "صفحتنا على");
    private static final List<String> JOIN = Fold.foldAll("انضم", "انضموا", "انضمي", "join", "اشترك في قناة",
            "اشترك بقناة");
    private static final List<String> CHANNEL_WORDS = Fold.foldAll("قناة", "قناتنا", "مجموعة", "مجتمع", "channel",
            "تلغرام", "تليجرام", "تيليغرام", "واتساب", "واتس اب", "telegram", "whatsapp");
    /**
     * "تابع أحدث الأخبار عبر تطبيق …", "تابعوا آخر الأخبار على قناتنا": an imperative to follow the news through a
     * medium addresses the reader. All three parts are required: "وتابع الوزير" opens with و, and a news sentence
     * rarely starts with the bare verb, names the news and a medium in one short line.
     */
    private static final List<String> FOLLOW = Fold.foldAll("تابع", "تابعوا", "تابعي", "follow");
    private static final List<String> NEWS_WORDS = Fold.foldAll("الأخبار", "أخبار", "الخبر", "news");
    private static final List<String> MEDIUM = Fold.foldAll("عبر تطبيق", "على تطبيق", "عبر قناة", "على قناة",
            "عبر صفحة", "على صفحة", "عبر حساب", "على حساب", "عبر قناتنا", "على قناتنا", "عبر صفحتنا", "على صفحتنا",
            "عبر التطبيق", "on our app", "on the app");
    private static final List<String> BUTTONS = Fold.foldAll("حجم الخط", "تكبير الخط", "تصغير الخط",
            "إرسال لصديق", "ارسل لصديق", "أرسل لصديق", "نسخ الرابط", "copy link", "font size",
            "استمع للمقال", "استمع إلى المقال", "listen to this article");

    static boolean prompt(String l, int words) {
        if (words > 25) {
            return false;
        }
        if (words <= 20) {
            for (String p : GET_APP) {
                if (startsWithWord(l, p) && Phrases.containsAny(l, APP_WORDS)) {
                    return true;
                }
            }
            if (Phrases.containsAny(l, SITE_VOICE)) {
                return true;
            }
            if (words <= 15 && startsWithAny(l, FOLLOW) && Phrases.containsAny(l, NEWS_WORDS) && Phrases.containsAny(l, MEDIUM)) {
                return true;
            }
        }
        for (String p : JOIN) {
            if (startsWithWord(l, p) && Phrases.containsAny(l, CHANNEL_WORDS)) {
                return true;
            }
        }
        // "A+ | A-": both font-size buttons, never one alone ("Sanaa-based" holds "a-")
        return words <= 12 && (Phrases.containsAny(l, BUTTONS) || l.contains("a+") && l.contains("a-"));
    }

    // ---------------------------------------------------------------------------------------------- ads, ©

    private static final List<String> AD_MARKERS = Fold.foldAll("إعلان", "إعلانات", "مساحة إعلانية",
            "محتوى مدعوم", "محتوى إعلاني", "محتوى ممول", "إعلان ممول", "مادة إعلانية", "sponsored",
            "sponsored content", "ad", "ads", "advertisement", "promoted");

    /** A line that is only an advertisement marker ("- إعلان -"): a headline about an announcement has more words. */
    static boolean advertisement(String l) {
        return AD_MARKERS.contains(Phrases.trimToText(l));
    }

    private static final List<String> RIGHTS = Fold.foldAll("الحقوق محفوظة", "حقوق النشر محفوظة",
            "حقوق الطبع محفوظة", "حقوق النشر والطبع", "حقوق الطبع والنشر", "(c) 2", "كافة الحقوق محفوظة");

    /** "حقوق النشر محفوظة لـ …": the site claiming its rights, in a short line. */
    static boolean copyright(String l, int words) {
        return words <= 16 && Phrases.containsAny(l, RIGHTS);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** {@code l} opens with the word {@code p} followed by a label glyph (: - / |), spaces allowed before it. */
    static boolean labelled(String l, String p) {
        if (!startsWithWord(l, p) || l.length() == p.length()) {
            return false;
        }
        int j = p.length();
        while (j < l.length() && l.charAt(j) == ' ') {
            j++;
        }
        return j < l.length() && ":-/|".indexOf(l.charAt(j)) >= 0;
    }

    static boolean startsWithWord(String l, String p) {
        if (!l.startsWith(p)) {
            return false;
        }
        return l.length() == p.length() || !Character.isLetterOrDigit(l.charAt(p.length()));
    }

    private static boolean startsWithAny(String l, List<String> ps) {
        for (String p : ps) {
            if (startsWithWord(l, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String l) {
        for (int i = 0; i < l.length(); i++) {
            if (Character.isDigit(l.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
