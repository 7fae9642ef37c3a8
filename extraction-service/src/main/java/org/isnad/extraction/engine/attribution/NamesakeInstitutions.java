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
}
