package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.LEX;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.notName;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.stop;

import java.util.Set;
import org.isnad.extraction.engine.text.Token;

/**
 * "عضو المكتب التنفيذي المختص بقطاع …، المهندس فلان الفلاني", "الخبير العسكري، العقيد المتقاعد فلان بن فلان": a
 * description of the speaker, a comma, then an honorific or rank (with a status word such as المتقاعد) and the
 * personal name. The name closes the phrase, so it is the speaker's name even when words of the description
 * (بقطاع التجارة) look like a name; the rank and its status word are not part of the name.
 */
final class TitledAppositiveNames {
    private TitledAppositiveNames() {
    }

    /** Parts of compound given names that carry the article after عبد / أبو (عبد الرحمن، سيف الدين). */
    private static final Set<String> NAME_TAILS = ArabicLexicons.set("الدين", "الله", "الرحمن", "الرحيم",
            "الكريم", "العزيز", "الهادي", "الرزاق", "الحميد", "المجيد", "السلام", "اللطيف", "الغني", "القادر");

    private static final int MAX_NAME_WORDS = 6;

    /**
     * The name after the last comma of speaker phrase [a, b) when that segment is honorific(s) + optional status
     * words + two to six name words running to the phrase end; {start, end} of the name, or null.
     */
    static int[] afterLastComma(ParagraphContext c, int a, int b) {
        int comma = -1;
        for (int k = b - 1; k > a; k--) {
            if (c.toks.get(k).isComma()) {
                comma = k;
                break;
            }
        }
        if (comma < 0) {
            return null;
        }
        int s = comma + 1;
        int h = s;
        while (h < b && (HONORIFICS.contains(c.f[h]) || h > s && ArabicLexicons.RANK_STATUS.contains(c.f[h]))) {
            h++;
        }
        if (h == s) {
            return null;
        }
        int e = nameEnd(c, h, b);
        return e == b && e - h >= 2 ? new int[]{h, e} : null;
    }

    /**
     * From {@code h}, the end of a run of name words (bare words, connectors بن/أبو/عبد/ولد, the article-led tail
     * of a compound name, and one article-led family name in last place). Stops at anything a name cannot hold.
     */
    static int nameEnd(ParagraphContext c, int h, int b) {
        int e = h;
        while (e < b && e - h < MAX_NAME_WORDS) {
            Token t = c.toks.get(e);
            String fe = c.f[e];
            if (t.kind() != Token.Kind.WORD || stop(c, e) || notName(c, e)
                    || NonReportingUses.cueWord(c, e)
                    || LEX.isComplementizer(fe) || fe.startsWith("لل") || PersonNames.lamGenitive(fe)) {
                return e;
            }
            if (fe.startsWith("ال")) {
                boolean tail = e > h && (NAME_TAILS.contains(fe) || SpeakerResolver.NAME_CONNECTORS.contains(c.f[e - 1]));
                boolean family = e > h && e == b - 1 && !PersonNames.isNisbaAdjective(fe);
                if (!tail && !family) {
                    return e;
                }
            }
            e++;
        }
        return e;
    }
}
