package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.text.Token;

/**
 * A generic definite head inside a source ("مصدر في المصرف", "مكتب الصحة في المحافظة", "الوزارة") refers back to
 * the institution or place named earlier in the paragraph ("مصرف سوريا المركزي", "محافظة تعز", "وزارة التجارة
 * الداخلية وحماية المستهلك"): the cited source takes that name, as a fact-checker would cite it. Places lose
 * their generic descriptor ("في تعز"), as in the entity guideline.
 */
final class DefiniteAntecedents {
    private DefiniteAntecedents() {
    }

    /** Institution heads (folded, without ال) whose earlier indefinite mention names them. */
    static final Set<String> INSTITUTION_HEADS = ArabicLexicons.set("وزارة", "مصرف", "بنك", "شركة", "منظمة",
            "هيئة", "مؤسسة", "جامعة", "مستشفى", "مجلس", "حكومة", "لجنة", "مفوضية", "بلدية", "مديرية", "دائرة",
            "سفارة", "محكمة", "نقابة", "جمعية", "وكالة", "تجمع", "حركة", "حزب", "جبهة", "تحالف", "اتحاد", "مندوبية",
            "صندوق", "مرصد", "برنامج", "مكتب", "جماعة");

    /** Place heads: the antecedent is cited by its name only. */
    static final Set<String> PLACE_HEADS = ArabicLexicons.set("محافظة", "مدينة", "ولاية", "بلدة", "قرية",
            "منطقة", "إقليم", "مقاطعة");

    /** Look-back bound in tokens (bounded work per speaker). */
    private static final int WINDOW = 120;

    /** {@code phrase} (the cited text of tokens [a, b)) with its first generic definite head replaced, or unchanged. */
    static String expand(ParagraphContext c, int a, int b, String phrase) {
        if (phrase == null) {
            return null;
        }
        for (int k = a; k < b; k++) {
            String f = c.f[k];
            if (!f.startsWith("ال") || c.toks.get(k).kind() != Token.Kind.WORD) {
                continue;
            }
            String head = f.substring(2);
            boolean place = PLACE_HEADS.contains(head);
            if (!place && !INSTITUTION_HEADS.contains(head)) {
                continue;
            }
            if (k + 1 < b && c.f[k + 1].startsWith("ال") && !c.f[k + 1].startsWith("الي")) {
                continue; // already qualified: "الوزارة الداخلية …" is its own description
            }
            String name = antecedent(c, a, head, place);
            String word = c.origToken(k);
            int at = name == null ? -1 : phrase.indexOf(word);
            if (at >= 0) {
                return phrase.substring(0, at) + name + phrase.substring(at + word.length());
            }
            return phrase;
        }
        return phrase;
    }

    /** The nearest earlier "HEAD NAME…" in the paragraph before token {@code a}: its text, or null. */
    static String antecedent(ParagraphContext c, int a, String head, boolean place) {
        int[] span = antecedentSpan(c, a, head);
        return span == null ? null : c.orig(place ? span[0] + 1 : span[0], span[1]);
    }

    /** [head, name end) of the nearest earlier "HEAD NAME…" in the paragraph before token {@code a}, or null. */
    static int[] antecedentSpan(ParagraphContext c, int a, String head) {
        for (int p = a - 1; p >= Math.max(0, a - WINDOW); p--) {
            if (!c.f[p].equals(head) || p + 1 >= a) {
                continue;
            }
            int e = nameEnd(c, p + 1, a);
            return e <= p + 1 ? null : new int[]{p, e};
        }
        return null;
    }

    /** End of the name after a head: one bare word (سوريا، تعز) or definite words, then definite adjectives and "و + noun ال…" coordination. */
    static int nameEnd(ParagraphContext c, int s, int limit) {
        int e = s;
        boolean bareUsed = false;
        while (e < limit && e - s < 6 && c.toks.get(e).kind() == Token.Kind.WORD) {
            String f = c.f[e];
            if (f.startsWith("ال") && !SpeakerSpans.stop(c, e) && notCue(f)) {
                e++;
            } else if (e == s && e + 1 < limit && c.f[e + 1].startsWith("ال") && !SpeakerSpans.stop(c, e) && notCue(f)
                    && c.toks.get(e + 1).kind() == Token.Kind.WORD && !SpeakerSpans.stop(c, e + 1)) {
                // a noun in construct with a definite word: a body inside the name ("مجلس بنك المغرب") or a
                // common noun that names with its genitive ("تجمع قوات الخلاص الوطني", "حركة أنصار الله" aside)
                bareUsed = true;
                e++;
            } else if (e == s && !f.startsWith("ال") && !bareUsed && !SpeakerSpans.stop(c, e) && notCue(f)
                    && !ArabicLexicons.NOT_NAME.contains(f)) {
                bareUsed = true; // the proper name itself
                e++;
            } else if (e > s && f.startsWith("و") && f.length() > 3 && e + 1 < limit && c.f[e + 1].startsWith("ال")
                    && notCue(f)) {
                e += 2; // "وحماية المستهلك"
            } else if (e > s && f.startsWith("وال") && f.length() >= 5 && notCue(f)) {
                e++; // "وزارة التربية والتعليم": a coordinated definite noun
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean notCue(String f) {
        return CueLexicon.get().lookup(f) == null && !CueLexicon.get().isComplementizer(f);
    }
}
