package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.text.Token;

/**
 * Arabic news names an institution in full once ("تجمع قوات الخلاص الوطني", "مجلس بنك المغرب", "وزارة الموارد
 * المائية") and then refers back to it by its head noun with the article: "التجمع", "المجلس", "الوزارة". The
 * back-reference is cited as the nearest earlier full name with that head — in the paragraph first, else anywhere
 * earlier in the article (full mentions are noted sentence by sentence, in narration as well as in speaker phrases,
 * so an institution first named as the subject of a non-reporting verb is found too).
 *
 * <p>An organ of a body ("مجلس بنك المغرب", "مجلس إدارة الشركة") speaks for that body: it is cited as the body.
 */
final class InstitutionBackReferences {
    private InstitutionBackReferences() {
    }

    /** Organs whose statements are cited as their parent body's. */
    private static final Set<String> ORGANS = ArabicLexicons.set("مجلس");

    /** Bodies an organ belongs to: "مجلس بنك X" is cited as "بنك X", "مجلس النواب" stays a council. */
    private static final Set<String> PARENT_BODIES = ArabicLexicons.set("بنك", "مصرف", "شركة", "مؤسسة", "صندوق",
            "جامعة", "إدارة");

    /** "مجلس إدارة": the board, one organ of two words. */
    private static final String BOARD = org.isnad.extraction.engine.text.Fold.fold("إدارة");

    /** First token of the body the phrase [a, b) speaks for: after a leading organ of a named body, else {@code a}. */
    static int bodyStart(ParagraphContext c, int a, int b) {
        if (b - a < 3 || !ORGANS.contains(c.f[a]) || !PARENT_BODIES.contains(c.f[a + 1])) {
            return a;
        }
        if (c.f[a + 1].equals(BOARD)) {
            return b - a >= 3 && c.toks.get(a + 2).kind() == Token.Kind.WORD ? a + 2 : a; // "مجلس إدارة الشركة"
        }
        return a + 1;
    }

    /**
     * Notes every full mention "HEAD NAME…" in [from, to) under its head, so later sentences can resolve "الHEAD".
     * One pass over the sentence with a set look-up per token; a body named inside another's name ("مجلس بنك
     * المغرب") is noted under its own head too.
     */
    static void record(ParagraphContext c, int from, int to, SpeakerMemory mem) {
        for (int p = from; p + 1 < to; p++) {
            String f = c.f[p];
            if (c.toks.get(p).isPunct('(') && p + 2 < to && c.toks.get(p + 2).isPunct(')')) {
                noteAcronym(c, from, p, mem);
                continue;
            }
            if (c.toks.get(p).kind() != Token.Kind.WORD || !DefiniteAntecedents.INSTITUTION_HEADS.contains(f)) {
                continue;
            }
            int e = DefiniteAntecedents.nameEnd(c, p + 1, to);
            if (e > p + 1) {
                // [bodyStart, e) holds words only, so its text is never empty: noted as a span, cut out on demand
                mem.noteInstitution(f, c, bodyStart(c, p, e), e);
            }
        }
    }

    /**
     * The full name a lone definite head at {@code a} ("المجلس", "التجمع") refers back to, or null when it is no
     * institution head or no earlier full mention exists.
     */
    static String fullName(ParagraphContext c, int a, SpeakerMemory mem) {
        String f = c.f[a];
        if (!f.startsWith("ال") || c.toks.get(a).kind() != Token.Kind.WORD) {
            return null;
        }
        String head = f.substring(2);
        if (!DefiniteAntecedents.INSTITUTION_HEADS.contains(head)) {
            return null;
        }
        int[] inParagraph = DefiniteAntecedents.antecedentSpan(c, a, head);
        if (inParagraph != null) {
            return c.orig(bodyStart(c, inParagraph[0], inParagraph[1]), inParagraph[1]);
        }
        return mem.institution(head);
    }

    /** Longest body name before its bracketed acronym, in tokens. */
    private static final int ACRONYM_REACH = 10;

    /**
     * "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)": the one-word acronym in brackets at {@code open} + 1
     * names the body whose head opens the words before it (no comma between); noted for a later "وردّت أوتشا".
     */
    private static void noteAcronym(ParagraphContext c, int from, int open, SpeakerMemory mem) {
        if (c.toks.get(open + 1).kind() != Token.Kind.WORD) {
            return;
        }
        for (int q = open - 1; q >= Math.max(from, open - ACRONYM_REACH); q--) {
            if (c.toks.get(q).kind() != Token.Kind.WORD) {
                return;
            }
            String f = c.f[q].startsWith("ال") ? c.f[q].substring(2) : c.f[q];
            if (DefiniteAntecedents.INSTITUTION_HEADS.contains(f)) {
                mem.noteAcronym(c.f[open + 1], c, q, open);
                return;
            }
        }
    }

    /** A lone acronym speaker ("وردّت أوتشا") named in full earlier in the article: that body, or null. */
    static SpeakerResolver.Speaker byAcronym(ParagraphContext c, int a, SpeakerMemory mem, String outlet, String cue) {
        String full = mem.acronym(c.f[a]);
        if (full == null) {
            return null;
        }
        org.isnad.extraction.engine.Attribution at = new org.isnad.extraction.engine.Attribution(
                org.isnad.extraction.engine.SourceType.OFFICIAL, full, outlet, cue);
        return new SpeakerResolver.Speaker(at, new SpeakerMemory.Speaker(at, c.f[a], null, c.f[a]));
    }
}
