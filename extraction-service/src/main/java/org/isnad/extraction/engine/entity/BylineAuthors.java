package org.isnad.extraction.engine.entity;

import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * The author of a byline at the top of the page is a PERSON: "كتبت: منى الحلبي", "إعداد: سامر الخطيب – موقع X",
 * "بقلم: رامي يوسف | X". The label says the next words are a personal name, so no name list has to know it (the
 * seed lists miss many given names). The name is two to four words running from the label to the end of the line
 * or to a separator; a first word with the article ("المحرر") or a word naming a team or desk ("فريق التحرير",
 * "قسم الأخبار") is no person. Only the first lines are looked at: lower down, "كتب" is the verb of a sentence.
 */
final class BylineAuthors {
    private BylineAuthors() {
    }

    private static final int TOP_LINES = 6;
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 4;

    private static final Set<String> LABELS = ArabicLexicons.set("كتب", "كتبت", "إعداد", "اعداد", "بقلم", "تحرير");
    /** "بقلم" says "by the pen of" on its own; the other labels need their colon. */
    private static final Set<String> LABELS_WITHOUT_COLON = ArabicLexicons.set("بقلم");
    /** Words of a desk, team or outlet credited instead of a person. */
    private static final Set<String> NOT_NAMES = ArabicLexicons.set("فريق", "قسم", "هيئة", "محرر", "محررة", "وحدة",
            "مكتب", "مراسل", "مراسلة", "مراسلو", "مراسلي", "موقع", "وكالة", "خدمة", "أسرة", "اسرة", "إدارة", "ادارة",
            "غرفة", "مركز", "مجلة", "صحيفة", "شبكة", "قناة", "بوابة", "وكالات", "مصادر", "تحرير", "إعداد");

    /** Adds the byline authors of the first lines to {@code out}. */
    static void add(NormalizedText text, List<List<Token>> lines, List<Entity> out) {
        int top = Math.min(TOP_LINES, lines.size());
        for (int li = 0; li < top; li++) {
            List<Token> toks = lines.get(li);
            if (toks.size() < 1 + MIN_WORDS || !LABELS.contains(toks.get(0).folded())) {
                continue;
            }
            int j = 1;
            if (toks.get(1).kind() == Token.Kind.PUNCT && toks.get(1).text().equals(":")) {
                j = 2;
            } else if (!LABELS_WITHOUT_COLON.contains(toks.get(0).folded())) {
                continue;
            }
            int k = j;
            while (k < toks.size() && toks.get(k).kind() == Token.Kind.WORD && k - j <= MAX_WORDS) {
                k++;
            }
            int words = k - j;
            boolean endsClean = k == toks.size() || toks.get(k).kind() == Token.Kind.PUNCT;
            if (words < MIN_WORDS || words > MAX_WORDS || !endsClean || toks.get(j).folded().startsWith("ال")
                    || anyNotName(toks, j, k)) {
                continue;
            }
            RuleEntityFinder.add(text, out, toks.get(j).start(), toks.get(k - 1).end(), EntityType.PERSON, null);
        }
    }

    private static boolean anyNotName(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NOT_NAMES.contains(toks.get(i).folded())) {
                return true;
            }
        }
        return false;
    }
}
