package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;

/**
 * A document issued in narration speaks for its issuer later: "ونشرت الهيئة مذكرة حول الأسعار." … "وأشارت المذكرة إلى
 * أن …", "وأصدر البنك تقريره السنوي." … "وأوضح التقرير أن …". The narrated sentence has no cue, so the issuer is
 * remembered under the document's head here, as a document that is itself a speaker already is
 * ({@link StatementIssuer#asDocument}).
 */
final class IssuedDocuments {
    private IssuedDocuments() {
    }

    /** Verbs of issuing a document, past, with and without و. */
    private static final Set<String> ISSUING = withWaw(ArabicLexicons.set("نشر", "نشرت", "أصدر", "أصدرت", "أعد",
            "أعدت", "أعدّ", "أعدّت", "وزع", "وزعت", "وزّع", "وزّعت", "قدم", "قدمت", "قدّم", "قدّمت", "رفع", "رفعت"));

    private static Set<String> withWaw(Set<String> verbs) {
        Set<String> out = new java.util.HashSet<>(verbs);
        for (String v : verbs) {
            out.add("و" + v);
        }
        return out;
    }

    /** Cue passed to the speaker-phrase scanner for the issuer. */
    private static final CueLexicon.Cue SCAN = new CueLexicon.Cue("قال", CueLexicon.Kind.VERB, false, false);

    /** Notes the issuer of a document issued by the main verb of [from, to), under the document's head. */
    static void record(ParagraphContext c, int from, int to, SpeakerMemory mem) {
        int v = ClauseSubjects.mainVerb(c, from, to);
        if (v < 0 || !ISSUING.contains(c.f[v])) {
            return;
        }
        int[] subject = ClauseSubjects.mainSubject(c, from, to, SCAN);
        if (subject == null) {
            return;
        }
        // the document is the first document noun after the subject's first word: right after the subject, or
        // inside the scanned span when nothing marked it as the object ("ونشرت الهيئة مذكرة حول …")
        int doc = -1;
        for (int q = subject[0] + 1; q <= subject[1] && q < to && doc < 0; q++) {
            if (documentHead(c.f[q]) != null && (c.f[q - 1].startsWith("ال") || c.f[q - 1].startsWith("لل"))) {
                doc = q;
            }
        }
        if (doc < 0) {
            return;
        }
        String head = documentHead(c.f[doc]);
        Attribution a = SpeakerResolver.resolve(c, subject[0], doc, false, mem, null, null, false).attribution();
        if (a.sourceType() == SourceType.OFFICIAL || a.sourceType() == SourceType.OUTLET) {
            mem.remember(new SpeakerMemory.Speaker(a, head, null, org.isnad.extraction.engine.text.Fold.fold(a.source())));
        }
    }

    /** The document noun a folded object word is (مذكره، تقريرا، تقريره، دراستها), or null. */
    static String documentHead(String f) {
        for (String base : new String[]{f, strip(f, "ا"), strip(f, "ه"), strip(f, "ها")}) {
            if (base != null && (StatementIssuer.DOCUMENT_NOUNS.contains(base)
                    || StatementIssuer.DATA_DOCUMENTS.contains(base))) {
                return base;
            }
        }
        return null;
    }

    private static String strip(String f, String suffix) {
        return f.length() > suffix.length() + 2 && f.endsWith(suffix) ? f.substring(0, f.length() - suffix.length())
                : null;
    }
}
