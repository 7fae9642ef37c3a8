package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * The furniture of a live-coverage page:
 * <ul>
 *   <li>the time stamp of an update on its own line: "18:20", "09:05 ص", "14:10 (بتوقيت مكة المكرمة)",
 *   "11:30 GMT" — a clock and at most a time-zone label, nothing else;</li>
 *   <li>a related-video link: "شاهد: title (1:42)", "فيديو: title (03:15)" — a watch label and a running time in
 *   brackets at the end;</li>
 *   <li>the page's coverage labels on their own line: "تغطية مستمرة", "تغطية مباشرة", "فيديو ذو صلة".</li>
 * </ul>
 * An event's time in prose ("عند الساعة 18:20 بتوقيت …") has words before the clock; a sentence ends with a
 * period, not with a running time. The publication stamp ("آخر تحديث: …") is not furniture (its date is an entity).
 */
final class LiveBlogLines {
    private LiveBlogLines() {
    }

    static String kind(String l, int words) {
        if (words <= STAMP_MAX_WORDS && timeStamp(l)) {
            return "live-stamp";
        }
        if (words <= VIDEO_MAX_WORDS && videoLink(l)) {
            return "video-link";
        }
        if (words <= 4 && LABELS.contains(Phrases.trimToText(l))) {
            return "coverage-label";
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- stamps

    private static final int STAMP_MAX_WORDS = 7;
    /** What may follow the clock: the half of the day and a time-zone label. */
    private static final List<String> ZONE_HEADS = Fold.foldAll("بتوقيت", "توقيت", "gmt", "utc", "ت.غ", "ت غ",
            "غرينتش", "غرينيتش");
    private static final List<String> DAY_HALVES = Fold.foldAll("ص", "م", "صباحا", "مساء", "am", "pm");

    /** "18:20", "9:05 م", "14:10 (بتوقيت القدس)": a clock at the start and nothing but a zone after it. */
    static boolean timeStamp(String l) {
        int i = clockEnd(l, 0);
        if (i < 0) {
            return false;
        }
        String rest = l.substring(i).trim();
        if (rest.isEmpty()) {
            return true;
        }
        for (String h : DAY_HALVES) {
            if (PageFurniture.startsWithWord(rest, h)) {
                rest = rest.substring(h.length()).trim();
                break;
            }
        }
        if (rest.startsWith("(") && rest.endsWith(")")) {
            rest = rest.substring(1, rest.length() - 1).trim();
        }
        if (rest.isEmpty()) {
            return true;
        }
        for (String z : ZONE_HEADS) {
            if (rest.startsWith(z)) {
                return true;
            }
        }
        return false;
    }

    /** End of an "H:MM" / "HH:MM" clock starting at {@code from}, or -1. */
    private static int clockEnd(String l, int from) {
        int i = from;
        while (i < l.length() && i - from < 3 && Character.isDigit(l.charAt(i))) {
            i++;
        }
        int hourDigits = i - from;
        if (hourDigits < 1 || hourDigits > 2 || i + 3 > l.length() || l.charAt(i) != ':'
                || !Character.isDigit(l.charAt(i + 1)) || !Character.isDigit(l.charAt(i + 2))) {
            return -1;
        }
        int end = i + 3;
        return end == l.length() || !Character.isDigit(l.charAt(end)) ? end : -1;
    }

    // ---------------------------------------------------------------------------------------------- videos

    private static final int VIDEO_MAX_WORDS = 25;
    private static final List<String> WATCH = Fold.foldAll("شاهد", "شاهدوا", "فيديو", "بالفيديو", "شاهد بالفيديو",
            "watch", "video");

    /** "شاهد: title (1:42)": a watch label and a bracketed running time closing the line. */
    static boolean videoLink(String l) {
        if (!l.endsWith(")")) {
            return false;
        }
        boolean labelled = false;
        for (String w : WATCH) {
            if (PageFurniture.labelled(l, w)) {
                labelled = true;
                break;
            }
        }
        if (!labelled) {
            return false;
        }
        int open = l.lastIndexOf('(');
        if (open < 0) {
            return false;
        }
        String inside = l.substring(open + 1, l.length() - 1).trim();
        int end = clockEnd(inside, 0);
        // "1:02:15": hours, then minutes and seconds
        if (end > 0 && end + 3 == inside.length() && inside.charAt(end) == ':') {
            end = clockEnd(inside, end - 2) < 0 ? -1 : inside.length();
        }
        return end == inside.length();
    }

    // ---------------------------------------------------------------------------------------------- labels

    private static final List<String> LABELS = Fold.foldAll("تغطية مستمرة", "تغطية مباشرة", "تغطية حية",
            "متابعة مستمرة", "تحديثات مباشرة", "بث مباشر", "مباشر", "فيديو ذو صلة", "فيديو ذات صلة",
            "فيديوهات ذات صلة", "مقاطع فيديو ذات صلة", "live", "live updates", "live coverage", "related video",
            "related videos");
}
