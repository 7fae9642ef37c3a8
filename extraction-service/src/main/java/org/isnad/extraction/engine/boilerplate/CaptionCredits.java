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
    /** A labelled credit may name the photographer and the outlet: "(تصوير: فلان الفلاني – موقع الخبر)". */
    private static final int LABELLED_CREDIT_MAX_WORDS = 8;

    private static final List<String> CREDIT_LABELS = Fold.foldAll("تصوير", "عدسة", "الصورة", "صورة",
            "مصدر الصورة", "photo", "credit", "photo credit");
    private static final String ARCHIVE = Fold.fold("أرشيف");

    static boolean isCaption(String l, int words) {
        if (words > MAX_WORDS || words < 2) {
            return false;
        }
        return pictureLabelled(l) || bracketedCredit(l) || dashedCredit(l);
    }

    /**
     * "صورة: منزل متصدع … (credit)": a line opening with the picture label and a colon describes an image, whatever
     * its credit says (an outlet and a photographer, or none); prose does not open "صورة:".
     */
    private static final List<String> PICTURE_LABELS = Fold.foldAll("صورة", "الصورة", "صورة أرشيفية",
            "صورة من الأرشيف", "بالصور", "photo", "picture", "image");

    static boolean pictureLabelled(String l) {
        for (String p : PICTURE_LABELS) {
            if (PageFurniture.startsWithWord(l, p)) {
                int j = p.length();
                while (j < l.length() && l.charAt(j) == ' ') {
                    j++;
                }
                return j < l.length() && l.charAt(j) == ':' && !l.endsWith(".");
            }
        }
        return false;
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
        int words = inside.isEmpty() ? 0 : BoilerplateDetector.countWords(inside);
        if (words == 0 || words > LABELLED_CREDIT_MAX_WORDS) {
            return false;
        }
        if (creditLabelled(inside)) {
            return true;
        }
        return words <= CREDIT_MAX_WORDS && PageFurniture.startsWithWord(inside, ARCHIVE);
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
