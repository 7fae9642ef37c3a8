package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.text.Token;

/**
 * A document as the grammatical subject of the reporting verb: "ذكر بيان صادر عن وزارة الدفاع أن", "وقال بيان
 * للجيش إن", "وأفاد تقرير لمنظمة الصحة العالمية بأن". The source is the document's issuer, not the document.
 */
final class StatementIssuer {
    private StatementIssuer() {
    }

    static final Set<String> DOCUMENT_NOUNS = ArabicLexicons.set("بيان", "تقرير", "رسالة", "وثيقة", "مذكرة",
            "بلاغ", "منشور", "تعميم", "قرار");

    /**
     * Data and studies: their issuer is taken only when a relative names it ("بيانات … الصادرة عن X", "إحصائية
     * أعدتها X"); "دراسة لمعهد X" / "أرقام المفوضية" stay cited as the document of X, as the gold guideline does.
     */
    static final Set<String> DATA_DOCUMENTS = ArabicLexicons.set("بيانات", "إحصائية", "إحصاءات", "إحصائيات",
            "أرقام", "دراسة", "حصيلة");

    /** Modifiers a document may take before "الصادرة عن" ("بيانات المتابعة الشهرية الصادرة عن …"). */
    private static final int MAX_DOCUMENT_MODIFIERS = 3;

    private static final Set<String> ISSUED = ArabicLexicons.set("صادر", "الصادر", "صادرة", "الصادرة");

    /** "قرار نشرته الوزارة", "تقرير أصدرته المنظمة": a relative verb with a resumptive pronoun, then the issuer. */
    private static final Set<String> ISSUED_BY = ArabicLexicons.set("نشرته", "نشرتها", "نشره", "نشرها",
            "أصدرته", "أصدرتها", "أصدره", "أصدرها", "أعدته", "أعده", "أعدها", "أعدتها", "نشرتهما", "أعدّتها");

    private static final Set<String> RELATIVES = ArabicLexicons.set("التي", "الذي");

    /** A relative verb after the issuer ("تقرير لمنظمة X صدر العام الماضي"): the issuer phrase ends before it. */
    static final Set<String> ISSUE_VERBS = ArabicLexicons.set("صدر", "صدرت", "نشر", "نشرت", "نشرته", "نشرتها",
            "نشره", "نشرها", "أصدرته", "أصدرها", "أصدره");

    /**
     * @param j first token after the verb
     * @return index of the issuer phrase (for "لـ" + issuer, the index of that prefixed token), or -1
     */
    static int start(ParagraphContext c, int j, int to) {
        if (c.f[j].startsWith("ال")) {
            int r = j + 1;
            while (r < to && r - j <= MAX_DOCUMENT_MODIFIERS && c.f[r].startsWith("ال") && !RELATIVES.contains(c.f[r])
                    && c.toks.get(r).kind() == Token.Kind.WORD) {
                r++; // "الأرقام الرسمية التي نشرتها الوزارة": adjectives of the document before the relative
            }
            if (r + 2 < to && RELATIVES.contains(c.f[r]) && ISSUED_BY.contains(c.f[r + 1])
                    && c.toks.get(r + 2).kind() == Token.Kind.WORD) {
                // "بحسب النتائج التي نشرتها اللجنة", "وفق الأرقام التي أصدرها المكتب": whatever the document is, the
                // relative clause names who published it, and that publisher is the source a fact-checker cites
                return r + 2;
            }
        }
        boolean data = DATA_DOCUMENTS.contains(c.f[j]);
        if (j + 1 >= to || !DOCUMENT_NOUNS.contains(c.f[j]) && !data) {
            return -1;
        }
        int q = j + 1;
        // "بيانات المتابعة الشهرية الصادرة عن وزارة المالية": definite modifiers of the document come first
        while (q + 1 < to && q - j <= MAX_DOCUMENT_MODIFIERS && c.f[q].startsWith("ال") && !ISSUED.contains(c.f[q])
                && c.toks.get(q).kind() == Token.Kind.WORD && !SpeakerSpans.stop(c, q)) {
            q++;
        }
        if (q > j + 1 && !(ISSUED.contains(c.f[q]) && q + 2 < to && c.f[q + 1].equals("عن"))) {
            q = j + 1; // the modifiers were not followed by an issuer: the old rules below
        }
        if (ISSUED.contains(c.f[q]) && q + 2 < to && c.f[q + 1].equals("عن")) {
            return q + 2; // "بيان صادر عن وزارة الدفاع"
        }
        if (ISSUED_BY.contains(c.f[q]) && q + 1 < to && c.toks.get(q + 1).kind() == Token.Kind.WORD) {
            return q + 1; // "بحسب قرار نشرته الوزارة"
        }
        String fq = c.f[q];
        if (!data && c.toks.get(q).kind() == Token.Kind.WORD && fq.startsWith("ل") && fq.length() >= 4
                && !OutletPhrases.isOutletL(c, q, to)) {
            return q; // "بيان للجيش", "تقرير لمنظمة …"
        }
        return -1;
    }

    /**
     * End (exclusive) of the issuer phrase starting at {@code issuer}. For "لـ + issuer" the first word is already
     * inside the prefixed token, so a following relative verb or stop word ends it at once.
     */
    static int end(ParagraphContext c, int issuer, boolean lam, int to, CueLexicon.Cue cue) {
        if (!lam) {
            return SpeakerSpans.speakerEnd(c, issuer, to, cue);
        }
        int n = issuer + 1;
        if (n >= to || ISSUE_VERBS.contains(c.f[n]) || SpeakerSpans.stop(c, n) || c.toks.get(n).kind() != Token.Kind.WORD
                && !c.toks.get(n).isQuote() || CueLexicon.get().isComplementizer(c.f[n]) || CueLexicon.get().lookup(c.f[n]) != null) {
            return n;
        }
        return SpeakerSpans.speakerEnd(c, n, to, cue);
    }

    /**
     * The issuer remembered under the document's head too, so that "وأوضحت البيانات" / "وأضاف التقرير" later refer
     * back to the same issuer.
     */
    static SpeakerMemory.Speaker asDocument(SpeakerMemory.Speaker issuer, Attribution cited, String documentHead) {
        if (issuer == null) {
            return null;
        }
        return new SpeakerMemory.Speaker(cited, SpeakerMemory.stripAl(documentHead), issuer.surname(),
                issuer.foldedSource());
    }

    /**
     * The document a report was made in, named in the gap between the speaker and the content ("كشفت الهيئة، في
     * مذكرة صدرت أمس، أن", "وأضاف المجلس في بلاغه أن"): its folded head noun, or null. Later "وأشارت المذكرة"
     * speaks for the same issuer.
     */
    static String venueDocument(ParagraphContext c, int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if (!c.f[k].equals("في") || c.toks.get(k + 1).kind() != Token.Kind.WORD) {
                continue;
            }
            String d = c.f[k + 1];
            if (DOCUMENT_NOUNS.contains(d)) {
                return d;
            }
            // a possessive pronoun: "بيانه", "بلاغها", "مذكرتها" (the feminine ت is ة before a suffix)
            String base = d.endsWith("ها") ? d.substring(0, d.length() - 2)
                    : d.endsWith("ه") ? d.substring(0, d.length() - 1) : null;
            if (base != null && base.endsWith("ت")) {
                base = base.substring(0, base.length() - 1) + "ه";
            }
            if (base != null && DOCUMENT_NOUNS.contains(base)) {
                return base;
            }
        }
        return null;
    }

    /**
     * "وفي بيان صادر عن قيادة الجيش، أعلن الجيش أن …": the document fronted before the cue of its clause (في / وفي +
     * document noun opening the sentence); its folded head noun, or null. A later "وأضاف البيان" is the issuer.
     */
    static String frontedVenue(ParagraphContext c, int from, int cue) {
        if (cue - from < 3 || !(c.f[from].equals("في") || c.f[from].equals("وفي"))) {
            return null;
        }
        String d = c.f[from + 1];
        return DOCUMENT_NOUNS.contains(d) ? d : null;
    }

    /** The remembered speaker cited as {@code cited} (its لـ dropped), so a later back-reference reuses the clean name. */
    static SpeakerMemory.Speaker citedAs(SpeakerMemory.Speaker memo, Attribution cited) {
        return memo == null ? null : new SpeakerMemory.Speaker(cited, memo.head(), memo.surname(), memo.foldedSource());
    }

    /** The issuer's source text without the genitive لـ: "للجيش" → "الجيش", "لوزارة الصحة" → "وزارة الصحة". */
    static Attribution withoutLam(Attribution a) {
        String s = a.source();
        if (s == null || !s.startsWith("ل")) {
            return a;
        }
        int k = 1;
        while (k < s.length() && s.charAt(k) >= '\u064B' && s.charAt(k) <= '\u065F') {
            k++; // diacritics on the preposition
        }
        String rest = s.substring(k);
        String fixed = rest.startsWith("ل") ? "ا" + rest : rest; // لل + noun: the article's alef was dropped
        return new Attribution(a.sourceType(), fixed, a.outlet(), a.cue());
    }

    /**
     * "وفقاً لأرقام المفوضية", "طبقاً لبيانات الوزارة": the preposition is glued to a document noun in construct with
     * its issuer. Returns the issuer's index, or -1 when the glued word is no document or no definite issuer follows.
     */
    static int gluedDocumentIssuer(ParagraphContext c, int j, int to) {
        String doc = c.f[j].substring(1);
        if (!DATA_DOCUMENTS.contains(doc) && !DOCUMENT_NOUNS.contains(doc) || j + 1 >= to
                || c.toks.get(j + 1).kind() != Token.Kind.WORD || !c.f[j + 1].startsWith("ال")
                || ISSUED.contains(c.f[j + 1])) {
            return -1;
        }
        return j + 1;
    }

    /** The glued document's issuer ends before the document's own participle ("الصادرة في مايو", "الأخيرة"). */
    static int gluedIssuerEnd(ParagraphContext c, int issuer, int to) {
        for (int q = issuer + 1; q < to; q++) {
            if (ISSUED.contains(c.f[q]) || ISSUE_VERBS.contains(c.f[q]) || RELATIVES.contains(c.f[q])) {
                return q;
            }
        }
        return to;
    }
}
