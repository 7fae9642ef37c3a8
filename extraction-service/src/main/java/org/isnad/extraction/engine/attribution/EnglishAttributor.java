package org.isnad.extraction.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.text.Token;

/**
 * Sentence-level claims and attribution for English. Orders handled: "X said (that) C", "C, X said",
 * "“C,” said X", "C, said X", "According to X, C", "C, according to X", "X told Y (that) C" (Y an outlet =
 * outlet), "X denied that C"; a sentence is split at ", and that". Pronoun subjects (he/she/they/it) and
 * definite descriptions ("the ministry") resolve to earlier speakers.
 */
public final class EnglishAttributor {
    static final Set<String> CUES = Set.copyOf(java.util.List.of("said", "says", "say", "told", "tells", "stated", "states", "added",
            "adds", "noted", "claimed", "claims", "denied", "denies", "estimated", "estimate", "estimates", "warned",
            "announced", "reported", "confirmed", "insisted", "argued", "explained", "acknowledged", "wrote",
            "believes", "believe", "predicted", "alleged", "disclosed", "revealed", "asserted", "maintained",
            "contended", "suggested", "indicated", "reiterated", "stressed", "affirmed", "tweeted", "posted"));
    private static final Set<String> ANON = Set.copyOf(java.util.List.of("source", "sources", "people", "person", "residents",
            "witnesses", "witness", "analysts", "analyst", "observers", "activists", "diplomat", "diplomats",
            "insiders", "insider", "traders", "economists", "experts", "aides", "aide", "someone", "insurers"));
    private static final Set<String> OFFICIAL_WORDS = Set.copyOf(java.util.List.of("ministry", "officials", "official", "government",
            "army", "military", "police", "authority", "authorities", "department", "council", "forces", "agency",
            "spokesman", "spokeswoman", "spokesperson", "commission", "office", "committee", "ministries", "nations",
            "organization", "organisation", "bank", "fund", "court", "parliament", "command", "statement", "union",
            "company", "group", "administration", "embassy", "cabinet", "presidency", "board", "institute", "project",
            "center", "centre", "studies", "data", "framework", "alliance", "coalition", "party", "movement"));
    private static final Set<String> OUTLETS = Set.copyOf(java.util.List.of("reuters", "ap", "associated", "afp", "bloomberg", "cnn", "bbc",
            "tass", "ria", "sputnik", "al jazeera", "aljazeera", "axios", "politico", "times", "post", "journal",
            "guardian", "newspaper", "broadcaster", "outlet", "agency", "interfax", "xinhua", "anadolu", "press",
            "television", "radio", "magazine"));
    private static final Set<String> TITLE_WORDS = Set.copyOf(java.util.List.of("gen.", "brig.", "col.", "lt.", "maj.", "capt.", "adm.",
            "sgt.", "dr.", "mr.", "mrs.", "ms.", "prof.", "sen.", "rep.", "gov.", "president", "minister", "prime",
            "spokesman", "spokeswoman", "army", "chairman", "chief", "director", "general", "secretary", "ambassador",
            "envoy", "commander", "king", "prince", "sheikh", "judge", "mayor", "senator", "governor", "coordinator",
            "deputy", "foreign", "defense", "defence", "interior", "finance", "energy", "health", "u.n.", "u.s.",
            "managing", "senior", "official", "analyst", "economist"));
    private static final Set<String> PRONOUNS = Set.copyOf(java.util.List.of("he", "she", "they", "it", "we", "i"));

    public List<Drafts> sentence(ParagraphContext c, int from, int to, SpeakerMemory mem, Attribution quoteDefault) {
        List<Drafts> out = new ArrayList<>();
        // strip trailing terminator
        int end = to;
        while (end > from && (OutletPhrases.isTerminator(c.toks.get(end - 1)) || c.toks.get(end - 1).isQuote()
                && !c.isOpeningQuote(end - 1) && end - 1 > from && OutletPhrases.isTerminator(c.toks.get(end - 2)))) {
            end--;
        }
        // "According to X, C"
        if (end - from > 3 && c.f[from].equals("according") && c.f[from + 1].equals("to")) {
            int k = from + 2;
            while (k < end && !c.toks.get(k).isComma()) {
                k++;
            }
            Attribution a = resolve(c, from + 2, k, mem, "according to", null);
            emit(c, out, k + 1, end, a);
            return out;
        }
        // find the first cue word outside quotes
        for (int i = from; i < end; i++) {
            String fi = c.f[i];
            boolean accordingTo = fi.equals("according") && i + 1 < end && c.f[i + 1].equals("to");
            if (!accordingTo && (!CUES.contains(fi) || c.insideQuote(i))) {
                continue;
            }
            if (accordingTo) {
                // "C, according to X"
                int k = i + 2;
                int e = k;
                while (e < end && !c.toks.get(e).isComma()) {
                    e++;
                }
                Attribution a = resolve(c, k, e, mem, "according to", null);
                int ce = i;
                while (ce > from && c.toks.get(ce - 1).isComma()) {
                    ce--;
                }
                emit(c, out, from, ce, a);
                if (e < end) {
                    emit(c, out, e + 1, end, quoteDefault != null ? quoteDefault : Attribution.NONE);
                }
                return out;
            }
            String cue = c.origToken(i);
            // subject before the cue?
            int subjStart = i;
            while (subjStart > from && !c.toks.get(subjStart - 1).isComma() && !c.toks.get(subjStart - 1).isQuote()
                    && i - subjStart < 14) {
                subjStart--;
            }
            if (subjStart == i && i > from && c.toks.get(i - 1).isComma() && !hasQuote(c, from, i)
                    && c.toks.get(from).isCapitalized() && appositiveSubject(c, from, i)) {
                subjStart = from; // "A senior official, Name Surname, denied that …" / "A diplomat, who …, said"
            }
            boolean contentBefore = subjStart > from + 2;
            if (subjStart == i) {
                // ", said X" / "“C,” said X": speaker after the cue
                int k = i + 1;
                int e = k;
                while (e < end && !c.toks.get(e).isComma() && !c.f[e].equals("that") && e - k < 12) {
                    e++;
                }
                Attribution a = resolve(c, k, e, mem, cue, null);
                if (i > from) {
                    int ce = i;
                    while (ce > from && (c.toks.get(ce - 1).isComma() || c.toks.get(ce - 1).isQuote())) {
                        ce--;
                    }
                    emit(c, out, from, ce, a);
                } else {
                    int cs = e < end && c.f[e].equals("that") ? e + 1 : e + 1;
                    emit(c, out, cs, end, a);
                }
                return out;
            }
            // outlet recipient: "told Reuters", "told The Associated Press"
            int k = i + 1;
            String outlet = null;
            if (fi.equals("told") || fi.equals("tells")) {
                int e = k;
                while (e < end && !c.f[e].equals("that") && !c.toks.get(e).isComma() && e - k < 6) {
                    e++;
                }
                String rec = c.orig(k, e);
                if (rec != null && isOutlet(c, k, e)) {
                    outlet = rec;
                }
                k = e;
            }
            Attribution a = resolve(c, subjStart, i, mem, cue, outlet);
            if (contentBefore) {
                // "C, X said (adjunct)" — content before the comma
                int ce = subjStart;
                while (ce > from && (c.toks.get(ce - 1).isComma() || c.toks.get(ce - 1).isQuote())) {
                    ce--;
                }
                Attribution pre = a;
                emit(c, out, from, ce, pre);
                return out;
            }
            // "X said (on Sunday) (in a statement) that C"
            int cs = -1;
            for (int q = k; q < Math.min(end, k + 12); q++) {
                if (c.f[q].equals("that")) {
                    cs = q + 1;
                    break;
                }
                if (c.toks.get(q).isPunct(':') || c.isOpeningQuote(q) && q == k) {
                    cs = c.isOpeningQuote(q) ? q : q + 1;
                    break;
                }
            }
            if (cs < 0) {
                cs = skipAdjuncts(c, k, end);
            }
            // ", and that C2"
            int split = -1;
            for (int q = cs; q + 2 < end; q++) {
                if (c.toks.get(q).isComma() && c.f[q + 1].equals("and") && c.f[q + 2].equals("that")) {
                    split = q;
                    break;
                }
            }
            if (split > 0) {
                emit(c, out, cs, split, a);
                emit(c, out, split + 3, end, a);
            } else {
                emit(c, out, cs, end, a);
            }
            return out;
        }
        // no cue: narration, or a quoted continuation
        Attribution a = quoteDefault != null ? quoteDefault : Attribution.NONE;
        emit(c, out, from, end, a);
        return out;
    }

    /** [from, i) = "NP , appositive ,": a short head NP then one comma-delimited appositive/relative clause. */
    private static boolean appositiveSubject(ParagraphContext c, int from, int i) {
        int firstComma = -1;
        int commas = 0;
        for (int q = from; q < i; q++) {
            if (c.toks.get(q).isComma()) {
                commas++;
                if (firstComma < 0) {
                    firstComma = q;
                }
            }
        }
        if (commas != 2 || firstComma - from > 8 || firstComma == from) {
            return false;
        }
        String after = firstComma + 1 < i ? c.f[firstComma + 1] : "";
        boolean relative = after.equals("who") || after.equals("which") || after.equals("whose");
        return relative ? i - from <= 45 : i - from <= 18;
    }

    private static boolean hasQuote(ParagraphContext c, int a, int b) {
        for (int q = a; q < b; q++) {
            if (c.toks.get(q).isQuote()) {
                return true;
            }
        }
        return false;
    }

    private int skipAdjuncts(ParagraphContext c, int k, int end) {
        // "on Sunday", "in a statement", "on Friday"
        int q = k;
        while (q < end) {
            String f = c.f[q];
            if ((f.equals("on") || f.equals("in") || f.equals("late") || f.equals("earlier")) && q + 1 < end) {
                int e = q + 1;
                while (e < end && e - q <= 4 && !c.f[e].equals("that") && !c.toks.get(e).isComma()
                        && (c.toks.get(e).isCapitalized() || Set.of("a", "its", "his", "her", "their", "the",
                        "statement", "interview", "post", "weekly", "daily", "index", "report", "briefing").contains(c.f[e]))) {
                    e++;
                }
                if (e == q + 1) {
                    break;
                }
                q = e;
                continue;
            }
            if (c.toks.get(q).isComma()) {
                q++;
                continue;
            }
            break;
        }
        if (q < end && c.f[q].equals("that")) {
            q++;
        }
        return q;
    }

    private void emit(ParagraphContext c, List<Drafts> out, int a, int b, Attribution at) {
        if (a < 0 || b <= a) {
            return;
        }
        if (ClaimAssembler.wordCount(c, a, b) >= 4) {
            out.add(new Drafts(a, b, at));
        }
    }

    private boolean isOutlet(ParagraphContext c, int a, int b) {
        for (int q = a; q < b; q++) {
            if (OUTLETS.contains(c.f[q]) && c.toks.get(q).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private Attribution resolve(ParagraphContext c, int a, int b, SpeakerMemory mem, String cue, String outlet) {
        while (a < b && (c.toks.get(a).isComma() || c.toks.get(a).isQuote())) {
            a++;
        }
        while (b > a && (c.toks.get(b - 1).isComma() || c.toks.get(b - 1).isQuote()
                || c.toks.get(b - 1).kind() == Token.Kind.PUNCT)) {
            b--;
        }
        if (a >= b) {
            SpeakerMemory.Speaker last = mem.last();
            return last == null ? new Attribution(SourceType.UNATTRIBUTED, null, outlet, cue)
                    : new Attribution(last.attribution().sourceType(), last.attribution().source(), outlet, cue);
        }
        String f0 = c.f[a];
        if (b - a == 1 && PRONOUNS.contains(f0)) {
            SpeakerMemory.Speaker last = mem.last();
            return last == null ? new Attribution(SourceType.UNATTRIBUTED, null, outlet, cue)
                    : new Attribution(last.attribution().sourceType(), last.attribution().source(), outlet, cue);
        }
        // only the head part of the phrase (before an appositive comma) names the source
        int headEnd = a;
        while (headEnd < b && !c.toks.get(headEnd).isComma()) {
            headEnd++;
        }
        String phrase = c.orig(a, headEnd);
        String full = c.foldedJoin(a, b);
        boolean anonymous = full.contains("anonymity") || full.contains("not authorized")
                || full.contains("not authorised") || full.contains("familiar with") || anonymousWords(full);
        boolean anonHead = false;
        for (int q = a; q < headEnd; q++) {
            if (ANON.contains(c.f[q]) && (q == a || !c.toks.get(q).isCapitalized())) {
                anonHead = true;
            }
        }
        if (anonHead && b - a >= 1 && c.f[a].equals("the") && headEnd - a <= 2) {
            SpeakerMemory.Speaker s = mem.lastOfType(SourceType.ANONYMOUS);
            if (s != null) {
                return new Attribution(SourceType.ANONYMOUS, s.attribution().source(), outlet, cue);
            }
        }
        // definite description: "the ministry", "the military"; "The official, who asked not to be named"
        if (c.f[a].equals("the") && headEnd - a == 2 && !c.toks.get(a + 1).isCapitalized()) {
            SpeakerMemory.Speaker s = mem.bySourceWord(c.f[a + 1]);
            if (s != null) {
                SourceType t = anonymous || anonymousWords(full) ? SourceType.ANONYMOUS : s.attribution().sourceType();
                return new Attribution(t, s.attribution().source(), outlet, cue);
            }
        }
        int[] name = personName(c, a, b);
        if (name != null && !anonHead && !anonymous) {
            String nm = c.orig(name[0], name[1]);
            Attribution at = new Attribution(SourceType.NAMED_PERSON, nm, outlet, cue);
            mem.addPerson(c.toks.get(name[0]).start(), c.toks.get(name[1] - 1).end(), c.f[name[1] - 1]);
            mem.remember(new SpeakerMemory.Speaker(at, f0, c.f[name[1] - 1], c.foldedJoin(a, b)));
            return at;
        }
        if (b - a == 1) {
            SpeakerMemory.Speaker s = mem.bySurname(f0);
            if (s != null) {
                return new Attribution(s.attribution().sourceType(), s.attribution().source(), outlet, cue);
            }
        }
        SourceType type;
        if (anonymous || anonHead) {
            type = SourceType.ANONYMOUS;
        } else if (isOutlet(c, a, headEnd) && !containsOfficial(c, a, headEnd) || full.contains("news agency")
                || full.contains("newspaper") || full.contains("broadcaster") || full.contains("news outlet")) {
            type = SourceType.OUTLET;
        } else {
            type = SourceType.OFFICIAL;
        }
        Attribution at = new Attribution(type, phrase, outlet, cue);
        mem.remember(new SpeakerMemory.Speaker(at, f0, null, c.foldedJoin(a, b)));
        return at;
    }

    private static boolean anonymousWords(String full) {
        return full.contains("not to be named") || full.contains("not be named") || full.contains("to be named")
                || full.contains("to be identified")
                || full.contains("not to be identified") || full.contains("anonymity");
    }

    private boolean containsOfficial(ParagraphContext c, int a, int b) {
        for (int q = a; q < b; q++) {
            if (OFFICIAL_WORDS.contains(c.f[q])) {
                return true;
            }
        }
        return false;
    }

    /** A run of 2–4 capitalised tokens (al-/bin/de allowed inside) that is not an organisation. */
    private int[] personName(ParagraphContext c, int a, int b) {
        int k = a;
        while (k < b) {
            if (!c.toks.get(k).isCapitalized() || TITLE_WORDS.contains(c.f[k]) || c.f[k].equals("the")) {
                k++;
                continue;
            }
            int e = k;
            while (e < b && (c.toks.get(e).isCapitalized() && !TITLE_WORDS.contains(c.f[e])
                    || c.f[e].startsWith("al-") || c.f[e].equals("bin") || c.f[e].equals("de")
                    || c.f[e].equals("van") || c.f[e].startsWith("el-"))) {
                e++;
            }
            int len = e - k;
            boolean org = false;
            for (int q = k; q < e; q++) {
                if (OFFICIAL_WORDS.contains(c.f[q]) || OUTLETS.contains(c.f[q]) || c.f[q].endsWith("'s")) {
                    org = true;
                }
            }
            boolean joined = e < b && (c.f[e].equals("&") || c.f[e].equals("of")) && e + 1 < b
                    && c.toks.get(e + 1).isCapitalized();
            boolean joinedBefore = k >= 2 && (c.f[k - 1].equals("of") || c.f[k - 1].equals("&"))
                    && c.toks.get(k - 2).isCapitalized();
            if (len >= 2 && len <= 4 && !org && !joined && !joinedBefore && (k == a || !c.f[k - 1].equals("the"))) {
                return new int[]{k, e};
            }
            k = Math.max(e, k + 1);
        }
        return null;
    }
}
