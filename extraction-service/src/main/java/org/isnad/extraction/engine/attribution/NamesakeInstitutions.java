package org.isnad.extraction.engine.attribution;

import java.util.Set;

/**
 * "بجامعة القاضي عياض", "مستشفى الأمير حمزة", "شارع الملك فيصل": an honorific right after an institution or place
 * head is part of the institution's name (named after a person), not the title of the speaker, so the name after
 * it is no speaker either.
 */
final class NamesakeInstitutions {
    private NamesakeInstitutions() {
    }

    /** Folded heads of institutions and places commonly named after a person. */
    private static final Set<String> HEADS = Set.of("جامعه", "مستشفى", "مدرسه", "ثانويه", "معهد", "مسجد", "جامع",
            "شارع", "مطار", "ميناء", "ساحه", "مستشفي", "كليه", "مركز", "مؤسسه", "موسسه", "مجمع", "حي", "جسر");

    /** True when the token before honorific k is such a head, bare or with a glued preposition (بجامعة، لمستشفى). */
    static boolean namedAfterPerson(ParagraphContext c, int k) {
        if (k == 0) {
            return false;
        }
        String g = c.f[k - 1];
        return HEADS.contains(g) || g.length() > 3 && (g.startsWith("ب") || g.startsWith("ل") || g.startsWith("و"))
                && HEADS.contains(g.substring(1));
    }

    /**
     * "أستاذ الاقتصاد بجامعة محمد الخامس الدكتور …", "بجامعة القاضي عياض بمراكش، فلان": the person an institution
     * is named after is no speaker. When the name at {@code k} follows such a head (or the head and an honorific),
     * returns the end of that name (before an honorific, a comma, a ب-place or في, at most four words); else k.
     */
    static int namesakeEnd(ParagraphContext c, int k, int b) {
        boolean afterHead = namedAfterPerson(c, k) && !ArabicLexicons.HONORIFICS.contains(c.f[k]);
        boolean afterHonorific = k >= 2 && ArabicLexicons.HONORIFICS.contains(c.f[k - 1]) && namedAfterPerson(c, k - 1);
        if (!afterHead && !afterHonorific) {
            return k;
        }
        int q = k;
        while (q < b && q - k < 4 && c.toks.get(q).kind() == org.isnad.extraction.engine.text.Token.Kind.WORD) {
            String f = c.f[q];
            if (ArabicLexicons.HONORIFICS.contains(f) || f.equals("في") || q > k && f.startsWith("ب") && !f.equals("بن")) {
                break;
            }
            q++;
        }
        return q;
    }
}
