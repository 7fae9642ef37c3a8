package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * The editors' correction note under an article: "تصحيح: ورد في نسخة سابقة من هذا الخبر أن … والصحيح أن …",
 * "Correction: an earlier version of this story …", and the apology to readers that closes it ("نعتذر لقرائنا عن
 * الخطأ"). The note talks about the page itself, so its places and claims are not the article's.
 *
 * <p>A line is a correction note when it opens with a correction label AND refers to the article itself ("نسخة
 * سابقة", "هذا الخبر"), or when it apologises to the site's readers. A body sentence about a correction ("تصحيح
 * المسار السياسي ضروري") carries no label glyph and no self-reference; a reported apology names its speaker and
 * never addresses "our readers".
 */
final class CorrectionNotice {
    private CorrectionNotice() {
    }

    static final int MAX_WORDS = 60;

    private static final List<String> LABELS = Fold.foldAll("تصحيح", "تنويه", "توضيح", "استدراك", "تصويب",
            "correction", "clarification", "editor's note", "ملاحظة المحرر",
            // update and translation notes speak about the text the same way (entities-v23)
            "تحديث", "ترجمة", "ملاحظة", "update", "updated", "translation", "note");

    /** How the note names the page it corrects. */
    private static final List<String> SELF_REFERENCE = Fold.foldAll("نسخة سابقة", "النسخة السابقة",
            "هذا الخبر", "هذا التقرير", "هذا المقال", "هذه المادة", "هذه القصة", "سبق نشره", "نشر سابقا",
            "نشرناه", "نشرنا", "earlier version", "previous version", "this article", "this story",
            // the note's object is the page: "أُضيفت إلى الخبر …", "مترجم عن النسخة …"
            "إلى الخبر", "إلى المقال", "إلى التقرير", "هذا المحتوى", "هذا النص", "مترجم عن", "مترجمة عن",
            "ترجم عن", "النسخة الأصلية", "to this story", "to this article", "translated from");

    /** The site apologising to its readers. */
    private static final PhraseSet APOLOGY = PhraseSet.of(Fold.foldAll("نعتذر لقرائنا", "نعتذر من قرائنا", "نعتذر للقراء",
            "نعتذر من القراء", "we regret the error"));
    /** A bare apology for "the error" only on a short line of its own: inside prose it may be a quoted speaker. */
    private static final List<String> BARE_APOLOGY = Fold.foldAll("نعتذر عن الخطأ", "نعتذر عن هذا الخطأ",
            "we apologise for the error", "we apologize for the error");
    private static final int BARE_APOLOGY_MAX_WORDS = 6;

    static boolean isCorrection(String l, int words) {
        if (words > MAX_WORDS) {
            return false;
        }
        if (Phrases.containsAny(l, APOLOGY)) {
            return true;
        }
        if (words <= BARE_APOLOGY_MAX_WORDS) {
            for (String p : BARE_APOLOGY) {
                if (l.startsWith(p)) {
                    return true;
                }
            }
        }
        for (String p : LABELS) {
            if (PageFurniture.labelled(l, p)) {
                return Phrases.containsAny(l, SELF_REFERENCE);
            }
        }
        return false;
    }
}
