package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * The comment box under an article and the site's opinion disclaimer: "يُرجى الالتزام بآداب الحوار، والتعليقات
 * المنشورة لا تعبر عن رأي الموقع", "الآراء الواردة في التعليقات تعبر عن أصحابها", "المقالات المنشورة تعبر عن رأي
 * كاتبها", "The views expressed in the comments do not necessarily reflect …", and the bare form labels of the
 * comment box (الاسم، البريد الإلكتروني، إرسال).
 *
 * <p>A line is policy text when it is short and combines a <em>comment / publication</em> word with a
 * <em>policy</em> phrase (a request, moderation, or "does (not) express the opinion of"). Neither half alone is
 * enough: a body sentence may say that a statement "لا تعبر عن رأي الحكومة", or mention readers' comments, but a
 * reported statement does not ask the reader to keep to the etiquette of the discussion or disclaim the site's
 * own responsibility for what it publishes. The opinion disclaimer about authors ("تعبر عن رأي كاتبها /
 * أصحابها") is its own signal: news text attributes an opinion to a named person, never to "its writer".
 * Plain {@code contains} tests on the folded line: linear, no regular expressions.
 */
final class CommentPolicy {
    private CommentPolicy() {
    }

    /** Longest line (in words) still taken for policy text: a body paragraph is longer. */
    static final int MAX_WORDS = 40;

    /** What the reader writes or reads under the article. */
    private static final PhraseSet COMMENT_WORDS = PhraseSet.of(Fold.foldAll("تعليق", "التعليقات", "تعليقات", "تعليقك", "الحوار",
            "النقاش", "الآراء الواردة", "المقالات المنشورة", "comment", "comments", "discussion"));

    /** Impersonal requests to the reader: news prose reports requests, it does not address the reader. */
    private static final List<String> READER_REQUESTS = Fold.foldAll("يرجى", "يُرجى", "نرجو", "please");

    /** Moderation notices. */
    private static final List<String> MODERATION = Fold.foldAll("تخضع للمراجعة", "تخضع للرقابة", "سيتم مراجعة",
            "ستتم مراجعة", "يحتفظ الموقع", "تحتفظ الصحيفة", "moderated", "will be reviewed");

    /** The site's disclaimer, negated: "لا تعبر (بالضرورة) عن رأي …". */
    private static final List<String> NEGATED_OPINION = Fold.foldAll("لا تعبر عن", "لا تعبّر عن", "لا تعبر بالضرورة",
            "لا يعبر عن", "لا تمثل", "ليس عن رأي", "وليس بالضرورة", "لا تعكس", "do not necessarily",
            "does not necessarily", "do not reflect");

    /** Phrases that are policy text on their own in a short line. */
    private static final PhraseSet ETIQUETTE = PhraseSet.of(Fold.foldAll("آداب الحوار", "آداب النشر", "آداب التعليق",
            "شروط التعليق", "سياسة التعليقات", "the views expressed", "comment policy"));

    /** "… تعبر عن رأي كاتبها / أصحابها": an author disclaimer, no comment word needed. */
    private static final PhraseSet AUTHOR_DISCLAIMERS = PhraseSet.of(Fold.foldAll("عن رأي كاتبها", "عن رأي كاتبه", "عن رأي أصحابها",
            "عن آراء أصحابها", "عن آراء كتابها", "عن رأي صاحبها", "عن وجهة نظر كاتبها", "عن وجهة نظر أصحابها",
            "reflect the views of the author", "the author's own"));

    /** Field labels and buttons of a comment form, as whole lines. */
    private static final List<String> FORM_LABELS = Fold.foldAll("الاسم", "الاسم *", "البريد الإلكتروني",
            "البريد الالكتروني", "إرسال", "ارسال", "أرسل", "التعليق", "تعليقك", "إرسال التعليق", "name", "email",
            "e-mail", "submit", "post comment", "website", "الموقع الإلكتروني");

    /** The reader's e-mail address, as the comment form names it. */
    private static final List<String> EMAIL_WORDS = Fold.foldAll("بريدك", "البريد الإلكتروني", "البريد الالكتروني",
            "email", "e-mail");

    /** "… will not be published": the form's promise about the address, in its usual wordings. */
    private static final List<String> NOT_PUBLISHED = Fold.foldAll("لن يُنشر", "لن ينشر", "لن يتم نشر", "لا يُنشر",
            "لا ينشر", "لا يتم نشر", "لن نقوم بنشر", "will not be published", "won't be published",
            "not be published");

    /** Longest line (in words) still taken for the form's e-mail notice. */
    private static final int MAX_EMAIL_NOTICE_WORDS = 16;

    /** @param l the folded, lower-cased line; @param words its word count */
    static boolean isPolicy(String l, int words) {
        if (words > MAX_WORDS) {
            return false;
        }
        if (isEmailNotice(l, words)) {
            return true;
        }
        if (Phrases.containsAny(l, AUTHOR_DISCLAIMERS) || Phrases.containsAny(l, ETIQUETTE)) {
            return true;
        }
        if (!Phrases.containsAny(l, COMMENT_WORDS)) {
            return false;
        }
        if (Phrases.containsAny(l, READER_REQUESTS) || Phrases.containsAny(l, MODERATION)) {
            return true;
        }
        // "التعليقات لا تعبر عن رأي الموقع": but "قال إن التعليقات لا تعبر عن …" is a reported statement
        return Phrases.containsAny(l, NEGATED_OPINION) && !hasComplementiser(l);
    }

    /**
     * "البريد الإلكتروني لن يُنشر", "لن يتم نشر بريدك الإلكتروني": the comment form's notice about the reader's
     * address, in any word order. A short line naming the e-mail address and its non-publication; a reported
     * statement about someone's e-mail ("قالت الشركة إن البريد الإلكتروني لن يُنشر") has a complementiser.
     */
    static boolean isEmailNotice(String l, int words) {
        return words <= MAX_EMAIL_NOTICE_WORDS && Phrases.containsAny(l, EMAIL_WORDS) && Phrases.containsAny(l, NOT_PUBLISHED)
                && !hasComplementiser(l);
    }

    /** A folded أن / إن / بأن token: the line reports someone's statement. */
    private static boolean hasComplementiser(String l) {
        for (String w : l.split(" ")) {
            if (w.equals("ان") || w.equals("بان") || w.equals("وان") || w.equals("انه") || w.equals("انها")) {
                return true;
            }
        }
        return false;
    }

    /** The heading of the comment box with its counter, "التعليقات (0)", "3 تعليقات", "Comments (12)". */
    private static final List<String> COUNTER_LABELS = Fold.foldAll("التعليقات", "تعليقات", "تعليق", "عدد التعليقات",
            "comments", "comment");

    /**
     * A comment-form label on its own line ("الاسم", "البريد الإلكتروني", "إرسال"), or the comment counter: a
     * comment word with only a number (bare or in brackets) beside it. Prose that counts comments has a verb.
     */
    static boolean isFormLabel(String l) {
        if (isCommentCounter(l)) {
            return true;
        }
        int end = l.length();
        while (end > 0 && " *:".indexOf(l.charAt(end - 1)) >= 0) {
            end--;
        }
        String t = l.substring(0, end);
        for (String f : FORM_LABELS) {
            if (t.equals(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommentCounter(String l) {
        if (l.length() > 30) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        boolean digits = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isDigit(c)) {
                digits = true;
            } else if ("()[]:-* ".indexOf(c) < 0) {
                rest.append(c);
            } else if (c == ' ' && rest.length() > 0 && rest.charAt(rest.length() - 1) != ' ') {
                rest.append(' ');
            }
        }
        String label = rest.toString().trim();
        return digits && COUNTER_LABELS.contains(label);
    }
}
