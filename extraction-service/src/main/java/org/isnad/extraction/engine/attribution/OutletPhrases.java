package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.*;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.ANON_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.FIRST_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.NOT_NAME;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_HEADS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.OUTLET_NAMES;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.SPEAKER_STOPS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;
import static org.isnad.extraction.engine.attribution.ClaimAssembler.*;
import static org.isnad.extraction.engine.attribution.CueHits.*;
import static org.isnad.extraction.engine.attribution.SpeakerResolver.*;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.*;
import static org.isnad.extraction.engine.attribution.Appositives.*;
import static org.isnad.extraction.engine.attribution.PersonNames.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.segment.ClauseRules;
import org.isnad.extraction.engine.text.Token;

/** Outlet phrases ("لـ “X”", "لوكالة X", "لمراسل X") and small token helpers shared by the attributors. */
final class OutletPhrases {
    private OutletPhrases() {
    }

    /** "لـ “X”", "لـ X", "للميادين", "لوكالة X", "لمراسل “X”", "لصحيفة X". */
    static boolean isOutletL(ParagraphContext c, int k, int to) {
        String fk = c.f[k];
        if (fk.equals("ل") || fk.equals("لـ")) {
            return k + 1 < to && (c.toks.get(k + 1).isQuote() || c.toks.get(k + 1).kind() == Token.Kind.WORD);
        }
        if (fk.startsWith("ل") && fk.length() > 3) {
            String rest = fk.startsWith("لل") ? "ال" + fk.substring(2) : fk.substring(1);
            // two-word names: "لفرانس برس", "لسكاي نيوز"
            boolean twoWordName = k + 1 < to && OUTLET_NAMES.contains(rest + " " + c.f[k + 1]);
            return OUTLET_HEADS.contains(rest) || OUTLET_NAMES.contains(rest) || twoWordName || rest.equals("مراسل")
                    || rest.equals("مراسلنا") || rest.equals("مراسله");
        }
        return false;
    }

    static int outletEnd(ParagraphContext c, int k, int to) {
        String fk = c.f[k];
        if (fk.startsWith("ل") && !fk.startsWith("لل") && fk.length() > 3) {
            // a known name glued to the lam ends there: "نفى لرويترز سقوط …" — the object is not the outlet
            String rest = fk.substring(1);
            if (OUTLET_NAMES.contains(rest)) {
                return k + 1;
            }
            if (k + 1 < to && OUTLET_NAMES.contains(rest + " " + c.f[k + 1])) {
                return k + 2;
            }
        }
        int e = k + 1;
        if (e < to && c.toks.get(e).isQuote()) {
            e++;
            while (e < to && !c.toks.get(e).isQuote() && e - k < 8) {
                e++;
            }
            return Math.min(to, e + 1);
        }
        while (e < to && c.toks.get(e).kind() == Token.Kind.WORD && !LEX.isComplementizer(c.f[e])
                && !SPEAKER_STOPS.contains(c.f[e]) && e - k < 5) {
            e++;
        }
        if (e < to && c.toks.get(e).isQuote() && c.isOpeningQuote(e)) {
            e++;
            while (e < to && !c.toks.get(e).isQuote() && e - k < 9) {
                e++;
            }
            e = Math.min(to, e + 1);
        }
        if (e < to && c.toks.get(e).isPunct('(')) {
            while (e < to && !c.toks.get(e).isPunct(')')) {
                e++;
            }
            e = Math.min(to, e + 1);
        }
        return e;
    }

    /** Longest medial relay phrase "، بحسب X،" between a speaker and the complementiser, in tokens. */
    private static final int MAX_RELAY_TOKENS = 8;

    /**
     * "زعم الجيش في بيان، بحسب إذاعة الجيش، أن …": a prepositional attribution set off by commas between a
     * reporting verb's speaker and its complementiser names who relayed the statement, not a new report. Returns
     * the index of the closing comma (the relay is [k + 1, end)), or -1.
     */
    static int medialRelayEnd(ParagraphContext c, int k, int gapFrom, int to) {
        CueLexicon.Cue cue = LEX.lookup(c.f[k]);
        if (cue == null || cue.kind() != CueLexicon.Kind.PREP || k <= gapFrom || !c.toks.get(k - 1).isComma()) {
            return -1;
        }
        for (int q = k + 1; q < Math.min(to, k + MAX_RELAY_TOKENS); q++) {
            Token t = c.toks.get(q);
            if (t.isComma()) {
                return q > k + 1 && q + 1 < to && LEX.isComplementizer(c.f[q + 1]) ? q : -1;
            }
            if (isTerminator(t) || LEX.isComplementizer(c.f[q]) || LEX.lookup(c.f[q]) != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The relay [a, e) as a news outlet's name ("إذاعة الجيش", "رويترز", after وفقاً also "لصحيفة المساء") for the
     * outlet column, or null when the relay is not an outlet.
     */
    static String outletRelay(ParagraphContext c, int a, int e) {
        if (a >= e) {
            return null;
        }
        if (OUTLET_HEADS.contains(c.f[a]) || OUTLET_NAMES.contains(c.foldedJoin(a, e))) {
            return SentenceShapes.withoutQuoteGlyphs(c.orig(a, e));
        }
        return isOutletL(c, a, e) ? outletName(c, a, e) : null;
    }

    /**
     * The outlet named by the medial relay at {@code k} (its cue) up to {@code relayEnd}, remembered as an OUTLET
     * speaker before the reporting verb's own speaker is: "وأضافت الإذاعة" later finds it, a bare "وأضاف" the
     * speaker. Null when the relay is no outlet.
     */
    static String rememberedRelay(ParagraphContext c, int k, int relayEnd, SpeakerMemory mem) {
        String relay = outletRelay(c, k + 1, relayEnd);
        if (relay != null) {
            Attribution relayer = new Attribution(SourceType.OUTLET, relay, null, c.origToken(k));
            mem.remember(new SpeakerMemory.Speaker(relayer, c.f[k + 1], null, c.foldedJoin(k + 1, relayEnd)));
        }
        return relay;
    }

    static String outletName(ParagraphContext c, int k, int e) {
        String fk = c.f[k];
        int a = k;
        if (fk.equals("ل") || fk.equals("لـ")) {
            a = k + 1;
        } else {
            // "للميادين" / "لوكالة الأنباء": keep the token, strip the clitic in the original text
            String o = c.orig(k, e);
            if (o == null) {
                return null;
            }
            int cut = 1;
            if (o.startsWith("لل")) {
                return "ال" + o.substring(2);
            }
            while (cut < o.length() && o.charAt(cut) == 'ـ') {
                cut++;
            }
            String r = o.substring(cut);
            // "لمراسل “كيو ستريت”" -> the outlet is the quoted name
            int q = r.indexOf('“');
            if (q < 0) {
                q = r.indexOf('”');
            }
            if (q < 0) {
                q = r.indexOf('"');
            }
            if (q >= 0 && (r.startsWith("مراسل") || r.startsWith("وكالة") || r.startsWith("صحيفة")
                    || r.startsWith("قناة") || r.startsWith("موقع"))) {
                return stripQuotes(r.substring(q));
            }
            return stripQuotes(r);
        }
        return stripQuotes(c.orig(a, e));
    }

    static String stripQuotes(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if ("\"“”«»„‟'".indexOf(ch) < 0) {
                b.append(ch);
            }
        }
        String r = b.toString().trim();
        while (r.startsWith("ـ")) {
            r = r.substring(1).trim();
        }
        return r.isEmpty() ? null : r;
    }

    static boolean isTerminator(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char ch = t.text().charAt(0);
        return ch == '.' || ch == '!' || ch == '?' || ch == '؟';
    }

    /** Transliterated media words that end an outlet's name: "الصباح نيوز", "الشرق بوست", "المدينة أونلاين". */
    private static final java.util.Set<String> MEDIA_SUFFIXES = ArabicLexicons.set("نيوز", "تايمز", "بوست",
            "أونلاين", "اونلاين", "تيفي", "إف إم", "تي في");

    /** The name [a, b) ends in a media word ("… نيوز", "… تي في"): a news organisation, whatever comes before. */
    static boolean mediaSuffix(ParagraphContext c, int a, int b) {
        if (b - a < 2) {
            return false;
        }
        // "بوابة الشرق", "بوابة الأهرام": a news portal; a gate never speaks, so a portal head opening a speaker
        // phrase is an outlet (kept out of OUTLET_HEADS, which the entity rules share)
        return c.f[a].equals("بوابه") || MEDIA_SUFFIXES.contains(c.f[b - 1])
                || b - a >= 3 && MEDIA_SUFFIXES.contains(c.f[b - 2] + " " + c.f[b - 1]);
    }

    /** Word parts that make a network a news network ("الإخبارية", "الإعلامية", "تلفزيون", "… نيوز"). */
    private static final String[] MEDIA_PARTS = {"اخبار", "اعلام", "تلفزيون", "تلفزه", "اذاع", "قناه", "بث", "نيوز",
        "صحف", "صحيف"};

    /**
     * "شبكة «هاتف الإنذار» المعنية بإنقاذ المهاجرين", "شبكة حراس البيئة": a network is a news organisation only when
     * a media word is part of its name ("شبكة X الإخبارية", "شبكة «شفق نيوز»") or the name is a known outlet
     * ("شبكة الميادين", "شبكة «سي إن إن»"); otherwise it is an organisation (rescue hotlines, monitors, NGOs).
     */
    static boolean nonMediaNetwork(ParagraphContext c, int a, int b) {
        if (b - a < 2 || !(c.f[a].equals("شبكه") || c.f[a].equals("الشبكه"))) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        for (int q = a + 1; q < b; q++) {
            if (c.toks.get(q).kind() != Token.Kind.WORD) {
                continue;
            }
            for (String part : MEDIA_PARTS) {
                if (c.f[q].contains(part)) {
                    return false;
                }
            }
            name.append(name.isEmpty() ? "" : " ").append(c.f[q]);
            if (OUTLET_NAMES.contains(name.toString())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "الشبكة الليبية لمراقبة الانتخابات", "الشبكة الوطنية لحقوق الإنسان": a network or platform named for a
     * purpose (لـ + masdar/noun that is not news or media) is an organisation, not a news outlet.
     */
    static boolean networkWithPurpose(ParagraphContext c, int a, int b) {
        String f0 = c.f[a];
        if (!(f0.equals("شبكه") || f0.equals("الشبكه") || f0.equals("منصه") || f0.equals("المنصه"))) {
            return false;
        }
        for (int q = a + 1; q < Math.min(b, a + 5); q++) {
            String fq = c.f[q];
            if (fq.startsWith("ل") && fq.length() >= 4 && c.toks.get(q).kind() == Token.Kind.WORD
                    && !fq.contains("انباء") && !fq.contains("اخبار") && !fq.contains("اعلام") && !fq.contains("بث")) {
                return true;
            }
        }
        return false;
    }
}
