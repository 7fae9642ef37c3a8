package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.*;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.FIRST_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.NOT_NAME;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.SPEAKER_STOPS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;
import static org.isnad.extraction.engine.attribution.ClaimAssembler.*;
import static org.isnad.extraction.engine.attribution.CueHits.*;
import static org.isnad.extraction.engine.attribution.OutletPhrases.*;
import static org.isnad.extraction.engine.attribution.SpeakerResolver.*;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.*;
import static org.isnad.extraction.engine.attribution.PersonNames.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/** Appositive names inside or after a speaker phrase ("، عمر رحمون،", "القيادي في الجماعة محمد البخيتي") and short quoted names. */
final class Appositives {
    private Appositives() {
    }

    /** "، وهو أب لخمسة أطفال،", "، وهي ممرضة،": a circumstantial description of the speaker. */
    static final Set<String> DESCRIPTIVE_ASIDES = ArabicLexicons.set("وهو", "وهي", "وهم", "وهما", "وهن");

    /**
     * A definite head that can describe a person but is not in the title list (المرشح، المزارع، الصياد): not an
     * institution noun, a date word or an anonymous head. Its appositive name is taken only when the
     * complementiser or outlet phrase follows the name.
     */
    static boolean describedPersonHead(String f) {
        if (!f.startsWith("ال") || f.length() < 5) {
            return false;
        }
        String bare = f.substring(2);
        return !NOT_NAME.contains(bare) && !OUTLET_HEADS.contains(f) && !ArabicLexicons.anonHead(f)
                && !CIRCUMSTANTIAL_HEADS.contains(f) && !SPEAKER_STOPS.contains(f);
    }

    /**
     * "الخبير السوري المتخصص في شؤون الجماعات المسلحة، عمر رحمون، إن": from a stop word inside a title
     * phrase, finds a following ", NAME" appositive (within 12 tokens, before any complementiser); returns its end.
     */
    static int appositiveAhead(ParagraphContext c, int k, int to) {
        for (int q = k; q < Math.min(to, k + 12); q++) {
            Token t = c.toks.get(q);
            String fq = c.f[q];
            if (LEX.isComplementizer(fq) || t.isPunct(':') || isTerminator(t) || NonReportingUses.cueWord(c, q)) {
                return -1;
            }
            if (t.isQuote() && !shortQuotedName(c, q, to) && c.isOpeningQuote(q)) {
                return -1;
            }
            if (t.isComma()) {
                int e = segmentEnd(c, q + 1, to);
                return nameLikeSegment(c, q + 1, e) ? e : -1;
            }
        }
        return -1;
    }

    /** "القيادي في الجماعة محمد البخيتي": a given name (or honorific) within 5 tokens, no comma/cue/quote. */
    static int nameAhead(ParagraphContext c, int k, int to) {
        for (int q = k + 1; q < Math.min(to, k + 6); q++) {
            Token t = c.toks.get(q);
            if (t.kind() != Token.Kind.WORD || NonReportingUses.cueWord(c, q) || LEX.isComplementizer(c.f[q])) {
                return -1;
            }
            if (c.f[q].equals("علي") && c.alaPreposition(q)) {
                return -1; // "في منشور على منصة إكس": the preposition على folds like the name علي
            }
            if (FIRST_NAMES.contains(c.f[q]) || HONORIFICS.contains(c.f[q]) || PersonNames.definiteGivenName(c, q, to)) {
                return q;
            }
        }
        return -1;
    }

    static int segmentEnd(ParagraphContext c, int a, int to) {
        int e = a;
        while (e < to && !c.toks.get(e).isComma() && !isTerminator(c.toks.get(e)) && !c.toks.get(e).isPunct(':')
                && e - a <= 8) {
            e++;
        }
        return e;
    }

    /** Appositive name: 1–5 tokens, honorific or non-definite first word, no stop words / cues. */
    static boolean nameLikeSegment(ParagraphContext c, int a, int e) {
        if (a < e && DESCRIPTIVE_ASIDES.contains(c.f[a])) {
            return false; // "، وهو سائق أجرة،": a description of the speaker, not his name
        }
        if (a < e && definiteLedName(c, a, e) == e) {
            return true; // "، الطاهر بشير،"
        }
        int words = 0;
        int k = a;
        while (k < e && (HONORIFICS.contains(c.f[k]) || definiteTitleBeforeName(c, k, e))) {
            k++;
        }
        boolean hon = k > a;
        for (int q = k; q < e; q++) {
            Token t = c.toks.get(q);
            if (t.kind() != Token.Kind.WORD) {
                return false;
            }
            String fq = c.f[q];
            if (NonReportingUses.cueWord(c, q) || LEX.isComplementizer(fq) || stop(c, q) || notName(c, q)
                    || AnonymityMarkers.anonymityMarker(c, q, e)) {
                return false;
            }
            if (q == k && fq.startsWith("ال") && !hon && !NAME_CONNECTORS.contains(fq) && !PersonNames.definiteGivenName(c, q, e)) {
                return false;
            }
            words++;
        }
        return words >= 1 && words <= 5 && (hon || words >= 2 || FIRST_NAMES.contains(c.f[k]));
    }

    /**
     * "، المحامي كريم ناصر،", "، الطبيبة سلوى الحداد،": a definite title word right before two name words
     * introduces the name exactly as an honorific does.
     */
    static boolean definiteTitleBeforeName(ParagraphContext c, int k, int e) {
        if (!c.f[k].startsWith("ال") || !TITLES.contains(c.f[k]) || k + 2 >= e) {
            return false;
        }
        for (int q = k + 1; q <= k + 2; q++) {
            // (the second word may be a definite family name: "المحامي سامر الخطيب")
            boolean article = c.f[q].startsWith("ال") && (q == k + 1 || isNisbaAdjective(c.f[q]));
            if (c.toks.get(q).kind() != Token.Kind.WORD || article || c.f[q].startsWith("لل")
                    || notName(c, q) || stop(c, q) || TITLES.contains(c.f[q]) || NonReportingUses.cueWord(c, q)
                    || LEX.isComplementizer(c.f[q]) || lamGenitive(c.f[q])) {
                return false;
            }
        }
        return true;
    }

    /**
     * "وزير العدل، رئيس اللجنة العليا للانتخابات، كمال حداد، إن": from the comma {@code k}, a chain of one or two
     * comma-delimited title appositives (each opened by a title word) that ends in a name appositive. Returns the
     * end of the name, or -1.
     */
    static int titleAppositivesThenName(ParagraphContext c, int k, int to) {
        int q = k;
        for (int hops = 0; hops < 2; hops++) {
            if (q + 1 >= to || !c.toks.get(q).isComma() || !TITLES.contains(c.f[q + 1])
                    || FIRST_NAMES.contains(c.f[q + 1])) {
                return -1;
            }
            int e = titleSegmentEnd(c, q + 1, to);
            if (e >= to || !c.toks.get(e).isComma()) {
                return -1;
            }
            int ne = segmentEnd(c, e + 1, to);
            if (ne > e + 1 && !TITLES.contains(c.f[e + 1]) && nameLikeSegment(c, e + 1, ne)) {
                return ne;
            }
            q = e;
        }
        return -1;
    }

    /** A title appositive runs to the next comma (prepositions included: "رئيس اللجنة العليا للإشراف على …"). */
    private static int titleSegmentEnd(ParagraphContext c, int a, int to) {
        int e = a;
        while (e < to && !c.toks.get(e).isComma() && !isTerminator(c.toks.get(e)) && !c.toks.get(e).isPunct(':')
                && !c.toks.get(e).isQuote() && !LEX.isComplementizer(c.f[e]) && !NonReportingUses.cueWord(c, e)
                && e - a <= 12) {
            e++;
        }
        return e;
    }

    /** "“سبوتنيك”" / "“قسد”": an opening quote closed within 4 tokens and not followed by a colon. */
    static boolean shortQuotedName(ParagraphContext c, int q, int to) {
        int e = q + 1;
        while (e < to && !c.toks.get(e).isQuote() && e - q <= 5) {
            if (c.toks.get(e).kind() == Token.Kind.PUNCT) {
                return false;
            }
            e++;
        }
        if (e >= to || !c.toks.get(e).isQuote() || e - q > 5 || e == q + 1) {
            return false;
        }
        return e + 1 >= to || !c.toks.get(e + 1).isPunct(':') && !isTerminator(c.toks.get(e + 1));
    }
}
