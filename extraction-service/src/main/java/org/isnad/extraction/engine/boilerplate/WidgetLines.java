package org.isnad.extraction.engine.boilerplate;

import java.util.List;
import org.isnad.extraction.engine.text.Fold;

/**
 * CMS widgets that the page template inserts between paragraphs, whatever the article is about:
 * <ul>
 *   <li>a market ticker: "مؤشر 11,200.50 ▲ 0.3% | برنت 70.10 ▼" — index levels with up/down arrows; prose writes
 *   "ارتفع المؤشر" and never draws an arrow glyph, let alone two;</li>
 *   <li>a breaking-news ticker: "عاجل | headline" — the label and the ticker's bar; a title written
 *   "عاجل: …" is the article's own headline and stays content, and so does the title line of the page whatever its
 *   shape (the detector asks only below it);</li>
 *   <li>a reader poll: the question "استطلاع: هل …؟", its radio-button options "○ نعم" and the vote button
 *   "صوّت الآن".</li>
 * </ul>
 */
final class WidgetLines {
    private WidgetLines() {
    }

    static String kind(String l, int words) {
        if (marketTicker(l, words)) {
            return "market-ticker";
        }
        if (pollLine(l, words)) {
            return "poll";
        }
        if (dataWidget(l, words)) {
            return "data-widget";
        }
        if (pictographLead(l, words)) {
            return "pictograph-teaser";
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- data widgets

    private static final int DATA_MAX_WORDS = 45;
    private static final int DATA_CELL_MAX_WORDS = 10;
    private static final int DATA_MIN_NUMERIC_CELLS = 3;

    /**
     * A table row squeezed onto one line: 3+ "|"-separated cells, a majority (and at least three) of them holding a
     * number or a clock time — currency rates, prayer times, scores, whatever the labels say. Prose never runs three
     * short numeric cells between bars; a date line "2026-02-10 | 14:35" has only two numeric cells and stays (the
     * gold treats it as a publication line), and a masthead "Site 24 | Region | City" has one.
     */
    static boolean dataWidget(String l, int words) {
        if (words > DATA_MAX_WORDS || l.indexOf('|') < 0) {
            return false;
        }
        int cells = 0;
        int numeric = 0;
        int cellWords = 0;
        boolean inWord = false;
        boolean digit = false;
        for (int i = 0; i <= l.length(); i++) {
            char c = i < l.length() ? l.charAt(i) : '|';
            if (c == '|') {
                cells++;
                numeric += digit ? 1 : 0;
                if (cellWords > DATA_CELL_MAX_WORDS) {
                    return false; // a clause, not a cell
                }
                cellWords = 0;
                inWord = false;
                digit = false;
            } else if (c == ' ') {
                inWord = false;
            } else {
                if (!inWord) {
                    cellWords++;
                    inWord = true;
                }
                digit |= Character.isDigit(c);
            }
        }
        return cells >= 3 && numeric >= DATA_MIN_NUMERIC_CELLS && numeric * 2 > cells;
    }

    // ---------------------------------------------------------------------------------------------- pictographs

    private static final int PICTOGRAPH_MAX_WORDS = 25;
    /** Media-player glyphs below the emoji planes. */
    private static final String PLAYER_GLYPHS = "▶►⏵⏯⏺⏩⏪⏭⏮";

    /**
     * A line that opens with an emoji or a player glyph (📺 فيديو: …, 🔒 محتوى حصري …, 🎧 استمع …, ▶ شاهد …): the CMS
     * decorates its widgets and teasers this way; an article paragraph opens with a word or a quote mark. List bullets
     * (•, ■, ▪, -) are not pictographs and are left alone.
     */
    static boolean pictographLead(String l, int words) {
        if (words > PICTOGRAPH_MAX_WORDS || l.isEmpty()) {
            return false;
        }
        int cp = l.codePointAt(0);
        return cp >= 0x1F000 && cp <= 0x1FAFF || PLAYER_GLYPHS.indexOf(cp) >= 0
                || cp >= 0x2600 && cp <= 0x26FF; // misc symbols: ☎ ⚽ ⚠ …
    }

    // ---------------------------------------------------------------------------------------------- tickers

    private static final int TICKER_MAX_WORDS = 40;
    private static final String ARROWS = "▲▼△▽▴▾⬆⬇↑↓🔺🔻";
    private static final int FIRST_ARROW = 0x2190;

    /** Two arrow glyphs, or one beside a ticker bar "|", and a digit: index levels, not a sentence. */
    static boolean marketTicker(String l, int words) {
        if (words > TICKER_MAX_WORDS || words < 2) {
            return false;
        }
        int arrows = 0;
        boolean digit = false;
        boolean bar = false;
        for (int i = 0; i < l.length(); ) {
            int c = l.codePointAt(i);
            i += Character.charCount(c);
            // by code point: the emoji arrows share their high surrogate with most other emoji; and every arrow lies
            // above U+2190, so letters and digits skip the look-up
            if (c >= FIRST_ARROW && ARROWS.indexOf(c) >= 0) {
                arrows++;
            } else if (c == '|') {
                bar = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        return digit && (arrows >= 2 || arrows == 1 && bar);
    }

    private static final int BREAKING_MAX_WORDS = 30;
    private static final List<String> BREAKING = Fold.foldAll("عاجل", "خبر عاجل", "breaking", "breaking news");

    /** "عاجل | …": the breaking label followed by the ticker's bar (a colon is also how a headline writes it). */
    static boolean breakingTicker(String l, int words) {
        if (words > BREAKING_MAX_WORDS) {
            return false;
        }
        for (String b : BREAKING) {
            if (PageFurniture.startsWithWord(l, b)) {
                int j = b.length();
                while (j < l.length() && l.charAt(j) == ' ') {
                    j++;
                }
                return j < l.length() && (l.charAt(j) == '|' || l.charAt(j) == '•');
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------- polls

    private static final int POLL_MAX_WORDS = 25;
    private static final List<String> POLL_LABELS = Fold.foldAll("استطلاع", "استطلاع الرأي", "استطلاع رأي",
            "شارك في الاستطلاع", "poll");
    /** Radio-button and check-box glyphs that open a poll option. */
    private static final String OPTION_GLYPHS = "○◯◌●◉☐□◻▢";
    private static final int OPTION_MAX_WORDS = 8;
    private static final List<String> VOTE_BUTTONS = Fold.foldAll("صوت الآن", "صوتوا الآن", "شارك برأيك",
            "أرسل صوتك", "عرض النتائج", "vote", "vote now", "view results");

    /** The poll's question (labelled, ending with a question mark), an option behind a radio glyph, the button. */
    static boolean pollLine(String l, int words) {
        if (words > POLL_MAX_WORDS) {
            return false;
        }
        if (words <= OPTION_MAX_WORDS && !l.isEmpty() && OPTION_GLYPHS.indexOf(l.charAt(0)) >= 0) {
            return true;
        }
        if (words <= 3 && VOTE_BUTTONS.contains(l)) {
            return true;
        }
        if (!(l.endsWith("؟") || l.endsWith("?"))) {
            return false;
        }
        for (String p : POLL_LABELS) {
            if (PageFurniture.labelled(l, p)) {
                return true;
            }
        }
        return false;
    }
}
