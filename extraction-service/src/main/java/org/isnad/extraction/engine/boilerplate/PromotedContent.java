package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * Lines that speak about the page's content rather than about the world:
 * <ul>
 *   <li>a sponsored teaser: "محتوى مموّل: احصل على …", "محتوى برعاية شركة …", "إعلان ممول" — the sponsorship label
 *   opens the line;</li>
 *   <li>a syndication note: "هذا المحتوى من «موقع» ويُعاد نشره ضمن اتفاقية …", "نُشر هذا المقال أصلاً في …" — the
 *   page's own content named as such, together with its re-publication.</li>
 * </ul>
 * A sentence about sponsorship or publishing ("وقالت الشركة إن المحتوى المموّل …") does not open with the label,
 * and "هذا المحتوى …" without a re-publication word is prose about some content.
 */
final class PromotedContent {
    private PromotedContent() {
    }

    private static final int MAX_WORDS = 30;

    static String kind(String l, int words) {
        if (words > MAX_WORDS) {
            return null;
        }
        if (sponsored(l, words)) {
            return "sponsored";
        }
        if (syndication(l)) {
            return "syndication";
        }
        return null;
    }

    private static final List<String> SPONSOR_LABELS = Fold.foldAll("محتوى ممول", "محتوى مدفوع", "محتوى برعاية",
            "محتوى إعلاني", "محتوى ترويجي", "إعلان ممول", "مقال ممول", "خبر ممول",
            "sponsored", "sponsored content", "paid content", "paid post", "promoted", "advertorial");
    /** "محتوى برعاية شركة …" names the sponsor without a colon: short. */
    private static final int UNLABELLED_MAX_WORDS = 8;

    static boolean sponsored(String l, int words) {
        for (String p : SPONSOR_LABELS) {
            if (PageFurniture.startsWithWord(l, p)) {
                return l.length() == p.length() || PageFurniture.labelled(l, p)
                        || words <= UNLABELLED_MAX_WORDS && !l.endsWith(".");
            }
        }
        return false;
    }

    private static final List<String> SELF_REFERENCES = Fold.foldAll("هذا المحتوى", "هذه المادة", "هذا المقال",
            "هذا التقرير", "هذا الخبر", "نشر هذا المحتوى", "نشر هذا المقال", "نشرت هذه المادة", "نشر هذا التقرير",
            "this article", "this content", "this story",
            // the present passive opening "يُنشر هذا التقرير بالتعاون مع …" (entities-v23)
            "ينشر هذا التقرير", "ينشر هذا المقال", "ينشر هذا المحتوى", "ينشر هذا الخبر", "تنشر هذه المادة");
    private static final List<String> REPUBLISHED = Fold.foldAll("يعاد نشره", "يعاد نشرها", "أعيد نشره",
            "أعيد نشرها", "تعيد نشره", "إعادة نشره", "إعادة نشرها", "تبادل المحتوى", "نشر أصلا", "نشر أصلاً",
            "أصلا في", "أصلاً في", "لأول مرة في", "بالتعاون مع", "بالشراكة مع", "republished", "originally published",
            "appeared originally", "syndicated");

    static boolean syndication(String l) {
        for (String p : SELF_REFERENCES) {
            if (PageFurniture.startsWithWord(l, p)) {
                return Phrases.containsAny(l, REPUBLISHED);
            }
        }
        return false;
    }
}
