package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * Photo captions recognised by the credit that closes them, whatever the description before it says:
 * "جانب من الأضرار في السوق - تصوير: فلان", "مزارعون في حقل قمح (تصوير: فلان)", "صورة: طلاب أمام المدرسة (أرشيف
 * الموقع)". The short-caption label rule of {@link PageFurniture} takes only short lines; a caption describing
 * the scene is longer, and its photographer's name must not become a PERSON of the article.
 *
 * <p>The credit is a label glyph-separated tail of a few words at the very end of a line without a sentence period:
 * prose names a photographer in a sentence with a verb, and does not end on a bracketed archive note.
 */
final class CaptionCredits {
    private CaptionCredits() {
    }

    static final int MAX_WORDS = 25;
    /** The photographer's name or the archive's owner: a name, not a clause. */
    private static final int CREDIT_MAX_WORDS = 4;

    private static final List<String> CREDIT_LABELS = Fold.foldAll("تصوير", "عدسة", "الصورة", "صورة",
            "مصدر الصورة", "photo", "credit", "photo credit");
    private static final String ARCHIVE = Fold.fold("أرشيف");

    static boolean isCaption(String l, int words) {
        if (words > MAX_WORDS || words < 2) {
            return false;
        }
        return bracketedCredit(l) || dashedCredit(l);
    }

    /** "… (تصوير: فلان)", "… (أرشيف الموقع)": a credit in brackets closing the line. */
    static boolean bracketedCredit(String l) {
        if (!l.endsWith(")")) {
            return false;
        }
        int open = l.lastIndexOf('(');
        if (open <= 0) {
            return false;
        }
        String inside = l.substring(open + 1, l.length() - 1).trim();
        if (inside.isEmpty() || BoilerplateDetector.countWords(inside) > CREDIT_MAX_WORDS) {
            return false;
        }
        return PageFurniture.startsWithWord(inside, ARCHIVE) || creditLabelled(inside);
    }

    /** "… - تصوير: فلان", "… | الصورة: وكالة": a dash- or bar-separated credit label closing the line. */
    static boolean dashedCredit(String l) {
        int cut = Math.max(Math.max(l.lastIndexOf(" - "), l.lastIndexOf(" – ")), l.lastIndexOf(" | "));
        if (cut <= 0) {
            return false;
        }
        String tail = l.substring(cut + 3).trim();
        return creditLabelled(tail) && BoilerplateDetector.countWords(tail) <= CREDIT_MAX_WORDS + 1
                && !tail.endsWith(".");
    }

    private static boolean creditLabelled(String s) {
        for (String p : CREDIT_LABELS) {
            if (PageFurniture.labelled(s, p) && s.indexOf(':') > 0) {
                return true;
            }
        }
        return false;
    }
}
