package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * Social-media posts the CMS embeds between paragraphs (a tweet, a Facebook or Instagram post), recognised as a BLOCK by the
 * lines the embed code prints around the post, never by what the post says:
 * <ul>
 *   <li>the account header: a short line ending with the account's {@code @handle} (optionally followed by
 *   "· date"), or a page name closed by a verified mark ({@code ✔️ ☑ ✅});</li>
 *   <li>the post's meta line under the header: a few words with the middle dot ("مساء أمس · 🌐");</li>
 *   <li>the tweet trailer: "— Name (@handle) March 11, 2026", and Instagram's "A post shared by Name (@handle)";</li>
 *   <li>Instagram's label above the post: "View this post on Instagram";</li>
 *   <li>the post text: a line carrying a {@code pic.twitter.com/…} link, a line truncated by the widget's
 *   "… عرض المزيد / … see more", or the line between a header and a trailer.</li>
 * </ul>
 * The post text is the account's own words, quoted by the page only as a picture of the post: the gold treats the
 * whole block as furniture (the body reports the same statement with a cue when it matters). A body sentence that
 * mentions Twitter, quotes a hashtag or names a handle inside a clause ends with a word or a period, not with a
 * bare handle, and has no trailer line after it: it stays content.
 */
final class EmbeddedPosts {
    private EmbeddedPosts() {
    }

    static final String KIND = "social-embed";
    private static final int HEADER_MAX_WORDS = 10;
    private static final int META_MAX_WORDS = 6;
    private static final int TRAILER_MAX_WORDS = 16;
    /** A tweet is at most 280 characters; a Facebook embed is cut by "see more". */
    private static final int POST_MAX_WORDS = 70;
    /** Lines after the header the block may still run (meta line, text, trailer). */
    private static final int BLOCK_MAX_LINES = 4;
    private static final char MIDDLE_DOT = '\u00B7';
    private static final String PIC_LINK = "pic.twitter.com/";
    private static final String[] SEE_MORE = {"عرض المزيد", "see more", "المزيد"};
    /** The label Instagram's embed code prints above the post, in the languages of the widget. */
    private static final List<String> INSTAGRAM_LABELS = Fold.foldAll("view this post on instagram",
            "عرض هذا المنشور على instagram", "عرض هذا المنشور على إنستغرام", "عرض هذا المنشور على انستغرام");
    /** How Instagram's embed code opens the line under the post, before "Name (@handle)". */
    private static final List<String> SHARED_BY = Fold.foldAll("a post shared by", "منشور تمت مشاركته بواسطة",
            "تمت مشاركته بواسطة", "منشور شاركه");

    /** Marks the embed blocks in {@code kind} (null = not yet boilerplate); line 0 is the title and never an embed. */
    static void mark(String[] low, int[] words, String[] kind) {
        int n = low.length;
        for (int k = 1; k < n; k++) {
            if (kind[k] != null) {
                continue;
            }
            String l = low[k];
            if (accountHeader(l, words[k])) {
                int end = markBody(low, words, kind, k);
                if (end > k || handleHeader(l)) {
                    kind[k] = KIND; // a verified mark alone is a header only with a post under it
                }
                k = end;
            } else if (postText(l, words[k]) || INSTAGRAM_LABELS.contains(l)) {
                kind[k] = KIND;
            } else if (trailer(l, words[k])) {
                kind[k] = KIND;
                // the tweet text the trailer closes
                if (k - 1 >= 1 && kind[k - 1] == null && words[k - 1] <= POST_MAX_WORDS) {
                    kind[k - 1] = KIND;
                }
            }
        }
    }

    /** The lines under a header: meta line, post text, trailer; returns the last line index looked at. */
    private static int markBody(String[] low, int[] words, String[] kind, int header) {
        int last = Math.min(low.length - 1, header + BLOCK_MAX_LINES);
        int k = header + 1;
        for (; k <= last; k++) {
            if (kind[k] != null) {
                return k - 1; // the reactions bar or other furniture closes the block
            }
            String l = low[k];
            boolean embedLine = k == header + 1 && metaLine(l, words[k]) || postText(l, words[k])
                    || trailer(l, words[k]);
            if (!embedLine && words[k] <= POST_MAX_WORDS && k + 1 < low.length && kind[k + 1] == null
                    && trailer(low[k + 1], words[k + 1])) {
                embedLine = true; // the tweet text between the header and the trailer
            }
            if (!embedLine) {
                return k - 1;
            }
            kind[k] = KIND;
        }
        return k - 1;
    }

    private static boolean handleHeader(String l) {
        return l.indexOf('@') > 0;
    }

    /** "Name @handle", "Name @handle · 21 شباط 2026", "Page name - اسم الصفحة ✔️". */
    static boolean accountHeader(String l, int words) {
        if (words > HEADER_MAX_WORDS || words < 1) {
            return false;
        }
        int end = l.length();
        while (end > 0 && (l.charAt(end - 1) == '\uFE0F' || l.charAt(end - 1) == ' ')) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = l.charAt(end - 1);
        if (last == '\u2714' || last == '\u2611' || last == '\u2705' || last == '\u2713') {
            return end > 1 && l.charAt(end - 2) == ' ' || end > 2 && l.charAt(end - 2) == '\uFE0F';
        }
        int at = l.indexOf('@');
        if (at <= 0 || l.charAt(at - 1) != ' ') {
            return false; // a handle opening the line or glued to a word is an address, not a header
        }
        int h = handleEnd(l, at);
        if (h < 0) {
            return false;
        }
        while (h < end && l.charAt(h) == ' ') {
            h++;
        }
        return h == end || l.charAt(h) == MIDDLE_DOT;
    }

    /** "مساء أمس · 🌐", "3 h · Public": a post's time and audience under its header. */
    static boolean metaLine(String l, int words) {
        return words <= META_MAX_WORDS && l.indexOf(MIDDLE_DOT) >= 0;
    }

    /**
     * "— Name (@handle) March 11, 2026" (a tweet) or "A post shared by Name (@handle)" (an Instagram post): the embed
     * code's closing line, naming the account in brackets.
     */
    static boolean trailer(String l, int words) {
        if (words > TRAILER_MAX_WORDS || l.isEmpty()) {
            return false;
        }
        char c = l.charAt(0);
        if (c != '\u2014' && c != '\u2013' && c != '-' && !sharedBy(l)) {
            return false;
        }
        int at = l.indexOf("(@");
        return at > 0 && handleEnd(l, at + 1) > 0;
    }

    private static boolean sharedBy(String l) {
        for (String opening : SHARED_BY) {
            if (l.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    /** A line carrying a tweet's picture link, or cut by the widget's "… see more". */
    static boolean postText(String l, int words) {
        if (words > POST_MAX_WORDS || l.isEmpty()) {
            return false;
        }
        if (l.indexOf(PIC_LINK) >= 0) {
            return true;
        }
        char lastChar = l.charAt(l.length() - 1);
        if (lastChar != 'e' && lastChar != 'د') {
            return false; // cheap gate: every "see more" label ends with one of these letters
        }
        for (String more : SEE_MORE) {
            if (l.endsWith(more)) {
                int j = l.length() - more.length();
                while (j > 0 && l.charAt(j - 1) == ' ') {
                    j--;
                }
                return j > 0 && (l.charAt(j - 1) == '\u2026' || l.startsWith("..", Math.max(0, j - 2)));
            }
        }
        return false;
    }

    /** The end of the "@handle" at {@code at} (2+ Latin letters, digits or underscores), or -1. */
    private static int handleEnd(String l, int at) {
        int j = at + 1;
        while (j < l.length() && isHandleChar(l.charAt(j))) {
            j++;
        }
        return j - at - 1 >= 2 ? j : -1;
    }

    private static boolean isHandleChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z';
    }
}
