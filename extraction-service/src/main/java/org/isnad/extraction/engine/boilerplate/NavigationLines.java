package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * Page furniture recognised by its shape alone, never by its words:
 * <ul>
 *   <li>a breadcrumb or section header, "الرئيسية > أخبار البلد > سياسة", "اسم الموقع | الأخبار الوطنية": short
 *   segments (one to four words, letters only) joined by a spaced separator (&gt; | › or a spaced quote glyph, which
 *   is what » becomes after normalisation), or by a spaced slash or dash, "الرئيسية / محليات / المدينة",
 *   "اسم الموقع - تقارير - البلد", which needs three segments or more: a single spaced dash or slash between two
 *   names is a dateline ("المدينة - اسم الوكالة"), which belongs to the article;</li>
 *   <li>a byline of editors, "فلان الفلاني/ فلان بن فلان": two to four personal names of two to four words each,
 *   joined by slashes.</li>
 * </ul>
 * The site's masthead, "اسم الموقع - أخبار المنطقة", is recognised by {@link #masthead}, but only where the caller
 * finds it outside the article body (above the first or below the last paragraph of prose).
 * A sentence of prose has punctuation, digits or longer stretches between such signs, so it never takes either shape.
 */
final class NavigationLines {
    private NavigationLines() {
    }

    private static final int MAX_WORDS = 12;
    private static final int MAX_SEGMENT_WORDS = 4;

    static boolean isNavigation(String line, int words) {
        if (words < 2 || words > MAX_WORDS || !hasSeparator(line)) {
            return false;
        }
        return breadcrumb(line) || byline(line);
    }

    private static boolean hasSeparator(String l) {
        for (int i = 0; i < l.length(); i++) {
            char ch = l.charAt(i);
            if (ch == '/' || ch == '-' || strongSeparator(ch)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Segments joined by a separator with a space on both sides; a quote glyph must occur at least twice, and a
     * slash or dash (the weak separators: datelines use them too) at least twice, always the same one.
     */
    static boolean breadcrumb(String l) {
        int separators = 0;
        int quotes = 0;
        char weak = 0;
        int segStart = 0;
        for (int i = 0; i <= l.length(); i++) {
            boolean end = i == l.length();
            char ch = end ? ' ' : l.charAt(i);
            boolean spaced = !end && i > 0 && i + 1 < l.length() && l.charAt(i - 1) == ' ' && l.charAt(i + 1) == ' ';
            boolean weakSep = spaced && (ch == '/' || ch == '-');
            boolean sep = spaced && strongSeparator(ch) || weakSep;
            if (sep || end) {
                if (!nameSegment(l, segStart, i, 1) && !(segStart == 0 && siteNameWithNumber(l, i))) {
                    return false;
                }
                if (sep) {
                    separators++;
                    quotes += ch == '"' ? 1 : 0;
                    if (weakSep) {
                        if (weak != 0 && weak != ch) {
                            return false;
                        }
                        weak = ch;
                    }
                }
                segStart = i + 1;
            }
        }
        if (weak != 0) {
            return separators >= 2 && quotes == 0 && nameSegment(l, 0, l.indexOf(weak), 1);
        }
        if (!nameSegment(l, 0, firstSeparator(l), 1) && separators < 2) {
            return false; // "عربي 21 | سياسة": a numbered site name needs two bars, a date line "… | 14:35" has one
        }
        return separators >= 1 && (quotes == 0 || quotes >= 2 && quotes == separators);
    }

    /** First word of a site's tagline: "أخبار الجنوب", "news from …". */
    private static final List<String> TAGLINE_HEADS = Fold.foldAll("أخبار", "news");

    /**
     * "اسم الموقع - أخبار المنطقة": a site name and its tagline joined by one spaced dash, each two to four words of
     * letters, one of them opening with a tagline head. A dateline has the same shape ("المدينة - اسم الوكالة") but
     * its place is one word, and an outlet called "أخبار …" in a dateline then stays: the two-word minimum on both
     * sides is what keeps "القاهرة - أخبار اليوم" in the article.
     */
    static boolean masthead(String l) {
        int dash = -1;
        for (int i = 1; i + 1 < l.length(); i++) {
            char ch = l.charAt(i);
            if ((ch == '-' || ch == '|') && l.charAt(i - 1) == ' ' && l.charAt(i + 1) == ' ') {
                if (dash >= 0) {
                    return false;
                }
                dash = i;
            }
        }
        if (dash < 0 || !nameSegment(l, 0, dash, 2) || !nameSegment(l, dash + 1, l.length(), 2)) {
            return false;
        }
        return opensWithTagline(l.substring(0, dash).trim()) || opensWithTagline(l.substring(dash + 1).trim());
    }

    private static boolean opensWithTagline(String segment) {
        for (String h : TAGLINE_HEADS) {
            if (segment.startsWith(h + " ")) {
                return true;
            }
        }
        return false;
    }

    /** "فلان الفلاني/ فلان بن فلان": slash-joined names of two to four words each. */
    static boolean byline(String l) {
        int segments = 0;
        int segStart = 0;
        for (int i = 0; i <= l.length(); i++) {
            if (i == l.length() || l.charAt(i) == '/') {
                if (!nameSegment(l, segStart, i, 2)) {
                    return false;
                }
                segments++;
                segStart = i + 1;
            }
        }
        return segments >= 2 && segments <= 4;
    }

    /** [a, b) holds minWords to four words made of letters only. */
    /**
     * The first segment of a breadcrumb may be a site name ending in a short number ("باشور 24", "عربي 21"): letter
     * words followed by one token of at most three digits. A date ("2026-02-10") has no letter word.
     */
    private static boolean siteNameWithNumber(String l, int b) {
        int sp = l.lastIndexOf(' ', b - 1);
        while (sp > 0 && sp == b - 1) {
            b--;
            sp = l.lastIndexOf(' ', b - 1);
        }
        if (sp <= 0 || b - sp - 1 > 3) {
            return false;
        }
        for (int i = sp + 1; i < b; i++) {
            if (!Character.isDigit(l.charAt(i))) {
                return false;
            }
        }
        return nameSegment(l, 0, sp, 1);
    }

    /**
     * > | › and the quote glyph, and their mirror images &lt; ‹ that right-to-left templates draw between the
     * crumbs ("الرئيسية ‹ محليات ‹ المدينة"): prose never spaces an angle bracket or a single guillemet.
     */
    private static boolean strongSeparator(char ch) {
        return ch == '>' || ch == '|' || ch == '\u203A' || ch == '"' || ch == '<' || ch == '\u2039';
    }

    private static int firstSeparator(String l) {
        for (int i = 1; i + 1 < l.length(); i++) {
            char ch = l.charAt(i);
            if (l.charAt(i - 1) == ' ' && l.charAt(i + 1) == ' ' && strongSeparator(ch)) {
                return i;
            }
        }
        return l.length();
    }

    private static boolean nameSegment(String l, int a, int b, int minWords) {
        int words = 0;
        boolean inWord = false;
        for (int i = a; i < b; i++) {
            char ch = l.charAt(i);
            if (ch == ' ') {
                inWord = false;
            } else if (Character.isLetter(ch)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else {
                return false;
            }
        }
        return words >= minWords && words <= MAX_SEGMENT_WORDS;
    }
}
