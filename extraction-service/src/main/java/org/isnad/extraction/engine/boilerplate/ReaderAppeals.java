package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * Lines in which the site addresses its reader about the page rather than reporting:
 * <ul>
 *   <li>an appeal for money or sign-up: "ادعم الصحافة المستقلة: ساهم في تمويل «الموقع»", "اشترك لقراءة المقال
 *   كاملاً", "سجّل الدخول لقراءة …" — an imperative to the reader opens the line and an appeal word (funding,
 *   subscribing, reading the rest) follows;</li>
 *   <li>a reproduction ban: "يُمنع نقل هذا المقال دون ذكر المصدر", "لا يجوز إعادة نشر هذه المادة …" — a prohibition
 *   opens the line and the page's own content is its object.</li>
 * </ul>
 * News prose does not open with an imperative to the reader; a reported ban ("وقالت الوزارة إنه يُمنع نقل المواشي")
 * opens with its cue, and a ban on something other than the page ("يُمنع نقل المواشي") names no content of the site.
 */
final class ReaderAppeals {
    private ReaderAppeals() {
    }

    private static final int MAX_WORDS = 30;

    static String kind(String l, int words) {
        if (words > MAX_WORDS || l.isEmpty()) {
            return null;
        }
        if (appeal(l)) {
            return "reader-appeal";
        }
        if (reproductionBan(l)) {
            return "reproduction-ban";
        }
        return null;
    }

    private static final List<String> IMPERATIVES = Fold.foldAll("ادعم", "ادعمي", "ادعموا", "ادعمنا", "ادعمونا",
            "ساهم", "ساهموا", "ساهمي", "تبرع", "تبرعوا", "اشترك", "اشتركوا", "اشتركي", "سجل الدخول", "سجلوا الدخول",
            "سجل دخولك", "support", "donate", "subscribe", "sign in", "log in");
    private static final List<String> APPEAL_WORDS = Fold.foldAll("تمويل", "الصحافة المستقلة", "الصحافة الحرة",
            "لقراءة", "للقراءة", "لمتابعة القراءة", "لمواصلة القراءة", "كاملا", "كاملاً", "للمشتركين", "اشتراك",
            "تبرع", "independent journalism", "to read", "to continue reading", "our journalism");

    static boolean appeal(String l) {
        for (String p : IMPERATIVES) {
            if (PageFurniture.startsWithWord(l, p)) {
                return Phrases.containsAny(l.substring(p.length()), APPEAL_WORDS);
            }
        }
        return false;
    }

    private static final List<String> BANS = Fold.foldAll("يمنع", "يحظر", "ممنوع", "لا يجوز", "لا يسمح",
            "غير مسموح", "prohibited", "no part of");
    private static final List<String> PAGE_CONTENT = Fold.foldAll("هذا المقال", "هذا الخبر", "هذا التقرير",
            "هذا المحتوى", "هذه المادة", "محتوى الموقع", "مواد الموقع", "محتويات الموقع", "دون ذكر المصدر",
            "دون الإشارة إلى المصدر", "this article", "this content");

    static boolean reproductionBan(String l) {
        for (String p : BANS) {
            if (PageFurniture.startsWithWord(l, p)) {
                return Phrases.containsAny(l, PAGE_CONTENT);
            }
        }
        return false;
    }
}
