package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * The site's legal disclaimer under market and finance news: "إخلاء المسؤولية: المحتوى لأغراض إعلامية فقط ولا
 * يُعد توصية بالشراء أو البيع", "Disclaimer: this is not investment advice".
 *
 * <p>A line is a disclaimer when it opens with the disclaimer label, or when it is short and disowns advice in the
 * site's voice ("لا يعد توصية", "لأغراض إعلامية فقط", "not investment advice"). Reporting about a regulator's
 * disclaimer rules names a third party and a cue, not the label at the start of the line, and is longer than the
 * site's one-sentence notice, so it stays content. Plain tests on the folded line.
 */
final class Disclaimer {
    private Disclaimer() {
    }

    /** A disclaimer is one or two sentences. */
    static final int MAX_WORDS = 40;

    private static final List<String> LABELS = Fold.foldAll("إخلاء المسؤولية", "إخلاء مسؤولية", "اخلاء المسؤولية",
            "disclaimer");

    private static final List<String> NO_ADVICE = Fold.foldAll("لا يعد توصية", "لا تعد توصية", "لا يعتبر توصية",
            "لا يشكل توصية", "لا تشكل توصية", "ليست توصية", "لأغراض إعلامية فقط", "لأغراض معلوماتية فقط",
            "not investment advice", "not financial advice", "for informational purposes only");

    static boolean isDisclaimer(String foldedLine, int words) {
        if (words > MAX_WORDS) {
            return false;
        }
        for (String p : LABELS) {
            if (foldedLine.startsWith(p) && foldedLine.length() > p.length()) {
                String rest = foldedLine.substring(p.length()).stripLeading();
                if (!rest.isEmpty() && (rest.charAt(0) == ':' || rest.charAt(0) == '-' || rest.charAt(0) == '|')) {
                    return true; // "إخلاء المسؤولية: …": the label itself
                }
            }
        }
        int advice = 0;
        for (String p : NO_ADVICE) {
            if (foldedLine.contains(p)) {
                advice++;
            }
        }
        return advice >= 1 && words <= 25;
    }
}
