package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * The site's cookie / privacy consent banner: "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق",
 * "بمواصلة التصفح فإنك توافق على سياسة الخصوصية", "We use cookies to improve your experience".
 *
 * <p>A line is a consent notice when it is short and either (a) names cookies <em>and</em> speaks as the site to
 * the reader ("هذا الموقع", "موقعنا", "تجربتك", "نستخدم", "توافق"), or (b) ties continued browsing to the
 * reader's agreement ("بمواصلة التصفح", "فإنك توافق", "by continuing"). News about cookie regulation names
 * cookies but reports third parties ("ألزم القانون المواقع بطلب موافقة المستخدمين") and never addresses the
 * reader in the second person, so it stays content. Plain {@code contains} tests on the folded line.
 */
final class ConsentNotice {
    private ConsentNotice() {
    }

    /** A consent banner is one or two sentences; a body paragraph is longer. */
    static final int MAX_WORDS = 35;

    private static final PhraseSet COOKIE_WORDS = PhraseSet.of(Fold.foldAll("ملفات تعريف الارتباط", "الكوكيز", "كوكيز",
            "ملفات الكوكي", "cookies", "cookie"));

    /** The site speaking about itself or to the reader. */
    private static final List<String> SITE_VOICE = Fold.foldAll("هذا الموقع", "موقعنا", "تجربتك", "تجربة المستخدم",
            "نستخدم", "توافق على", "موافقتك", "تصفحك", "استخدامك", "this site", "this website", "our site",
            "our website", "we use", "your experience", "you agree");

    /** The banner's button, left at the end of the line by the page-to-text step: "… تجربتك. موافق". */
    private static final List<String> BUTTON_ENDINGS = Fold.foldAll("موافق", "أوافق", "قبول", "ok", "accept",
            "got it", "i agree");

    /** Browsing taken as consent: addressed only by a site to its reader. */
    private static final PhraseSet BROWSING_CONSENT = PhraseSet.of(Fold.foldAll("بمواصلة التصفح", "بمتابعة التصفح",
            "باستمرارك في التصفح", "بمواصلتك التصفح", "بمتابعتك التصفح", "بمواصلة استخدام", "فإنك توافق",
            "فانك توافق", "by continuing to browse", "by continuing to use", "you agree to our"));

    static boolean isConsent(String foldedLine, int words) {
        if (words > MAX_WORDS) {
            return false;
        }
        if (Phrases.containsAny(foldedLine, BROWSING_CONSENT)) {
            return true;
        }
        return Phrases.containsAny(foldedLine, COOKIE_WORDS)
                && (Phrases.containsAny(foldedLine, SITE_VOICE) || endsWithButton(foldedLine));
    }

    private static boolean endsWithButton(String l) {
        String t = l.strip();
        for (String b : BUTTON_ENDINGS) {
            if (t.endsWith(" " + b) || t.endsWith("." + b)) {
                return true;
            }
        }
        return false;
    }

}
