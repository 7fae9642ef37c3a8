package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.LEX;
import static org.isnad.extraction.engine.attribution.OutletPhrases.isTerminator;
import java.util.Set;
import org.isnad.extraction.engine.text.Token;

/**
 * How news marks an unnamed source: "، طلب عدم ذكر اسمه،", "فضّل عدم الكشف عن هويته", "لم نسمّه", "غير المخول
 * بالتصريح". A source with such a marker is ANONYMOUS whatever its head, and the aside is not content.
 */
final class AnonymityMarkers {
    private AnonymityMarkers() {
    }

    static final Set<String> ANON_MARKERS = ArabicLexicons.set("الكشف", "هويته", "اسمه", "هويتها",
            "اسمها", "هويتهم", "أسمائهم", "تسمه", "يسمه", "تسمها", "يسمها", "تسمهم", "يسمهم", "نسمه", "تسمّه",
            "يسمّه", "هويتهما");

    /** Jussive "name him" forms among the markers: a marker only after لم (نسمه is also the noun نسمة). */
    private static final Set<String> NAMING_VERBS = ArabicLexicons.set("تسمه", "يسمه", "تسمها", "يسمها", "تسمهم",
            "يسمهم", "نسمه", "تسمّه", "يسمّه");

    /**
     * A comma-delimited aside about the speaker's anonymity ("، طلب عدم ذكر اسمه،", "، فضّل عدم الكشف عن
     * هويته،", "، غير المخول بالتصريح لوسائل الإعلام،") starting at the comma {@code k}: returns the index of
     * the closing comma, or -1. Reporting verbs inside it (ذكر) are not cues.
     */
    static int anonymityAside(ParagraphContext c, int k, int to) {
        boolean marker = false;
        for (int q = k + 1; q < Math.min(to, k + 16); q++) {
            Token t = c.toks.get(q);
            if (t.isComma()) {
                return marker && q > k + 1 ? q : -1;
            }
            if (isTerminator(t) || t.isPunct(':') || t.isQuote() || LEX.isComplementizer(c.f[q])) {
                return -1;
            }
            if (anonymityMarker(c, q, to)) {
                marker = true;
            }
        }
        return -1;
    }

    /** اسمه / هويته / الكشف …, or "غير مخول" (not authorised to speak). */
    static boolean anonymityMarker(ParagraphContext c, int q, int to) {
        if (NAMING_VERBS.contains(c.f[q]) && !(q > 0 && (c.f[q - 1].equals("لم") || c.f[q - 1].equals("ولم")))) {
            return false; // "لم نسمّه" withholds a name; "٨٠٠ ألف نسمة" counts inhabitants
        }
        return ANON_MARKERS.contains(c.f[q])
                || c.f[q].equals("غير") && q + 1 < to && (c.f[q + 1].startsWith("مخول") || c.f[q + 1].startsWith("المخول"));
    }
}
