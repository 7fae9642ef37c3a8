package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.ArabicDateQuantityRules.*;
import static org.isnad.extraction.engine.entity.ArabicNameRules.*;
import static org.isnad.extraction.engine.entity.ArabicPlaceRules.*;
import static org.isnad.extraction.engine.entity.EnglishEntityRules.*;
import static org.isnad.extraction.engine.entity.RuleEntityFinder.*;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Arabic quantities for {@link RuleEntityFinder}: digits or number words, with approximators ("نحو"، "أكثر من"),
 * scales (ألف، مليون) and the counted noun or unit. The number vocabulary is shared with the date rules
 * ({@link ArabicDateQuantityRules}).
 */
final class ArabicQuantityRules {
    private ArabicQuantityRules() {
    }

    /** Number words with a و/ب clitic that {@link #quantity} strips ("وثلاثة", "بمليون"): longer than three letters. */
    static final Set<String> NUM_WORDS_CLITIC = new HashSet<>();

    /**
     * Every folded word with which {@link #quantity} can start a quantity besides a number token: the
     * approximators, the first words of "أكثر/أقل من" and "ما يقارب", and the number words bare or with a
     * stripped clitic. Any other word makes {@code quantity} return 0 (its token is then neither a number nor
     * a number word), so one look-up rejects it.
     */
    static final Set<String> QUANTITY_TRIGGERS = new HashSet<>();

    static {
        for (String nw : NUM_WORDS.keySet()) {
            if (nw.length() + 1 > 3) {
                NUM_WORDS_CLITIC.add("و" + nw);
                NUM_WORDS_CLITIC.add("ب" + nw);
            }
        }
        QUANTITY_TRIGGERS.addAll(APPROX);
        QUANTITY_TRIGGERS.addAll(List.of("اكثر", "اقل", "باكثر", "لاكثر", "ما"));
        QUANTITY_TRIGGERS.addAll(NUM_WORDS.keySet());
        QUANTITY_TRIGGERS.addAll(NUM_WORDS_CLITIC);
    }

    static int quantity(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        if (toks.get(i).kind() != Token.Kind.NUMBER && !QUANTITY_TRIGGERS.contains(f[i])) {
            return 0; // see QUANTITY_TRIGGERS
        }
        int n = toks.size();
        int k = i;
        int start = i;
        int strip = 0;
        // approximators
        if (APPROX.contains(f[k])) {
            k++;
        } else if (k + 1 < n && (f[k].equals("اكثر") || f[k].equals("اقل") || f[k].equals("باكثر")
                || f[k].equals("لاكثر")) && f[k + 1].equals("من")) {
            k += 2;
        } else if (k + 1 < n && f[k].equals("ما") && f[k + 1].equals("يقارب")) {
            k += 2;
            if (k < n && f[k].equals("من")) {
                k++;
            }
        }
        if (k >= n) {
            return 0;
        }
        Token t = toks.get(k);
        Double value;
        String w = f[k];
        String bare = NUM_WORDS_CLITIC.contains(w) ? w.substring(1) : w; // w.length() > 3, و/ب + number word
        if (t.kind() == Token.Kind.NUMBER) {
            if (isYear(t) && !(k + 1 < n && isUnitWord(f[k + 1]))) {
                return 0;
            }
            if (k >= 2 && toks.get(k - 1).isPunct(':') && toks.get(k - 2).kind() == Token.Kind.NUMBER) {
                return 0; // the minutes of a clock time, "09:40 ص"
            }
            value = parseNumber(t.text());
        } else if (k > 0 && f[k - 1].startsWith("ال") && (bare.equals("عشر") || bare.equals("عشره"))) {
            return 0; // ordinal "التاسع عشر"
        } else if (NUM_WORDS.containsKey(bare) && k + 1 < n && toks.get(k + 1).kind() == Token.Kind.WORD
                && !UNIT_STOP.contains(f[k + 1]) && !f[k + 1].startsWith("ال") || (NUM_WORDS.containsKey(bare)
                && NUM_WORDS.get(bare) < 0 && k + 1 < n && f[k + 1].startsWith("ال"))) {
            double v = NUM_WORDS.get(bare);
            value = v < 0 ? null : v;
            if (bare != w && k == start) {
                strip = 1;
            }
        } else {
            return 0;
        }
        k++;
        // "2كم": unit glued to the number in the text
        if (t.kind() == Token.Kind.NUMBER && k < n && toks.get(k).start() == t.end()
                && toks.get(k).kind() == Token.Kind.WORD) {
            add(text, out, toks.get(start).start(), toks.get(k).end(), EntityType.QUANTITY, value);
            return k + 1 - start;
        }
        if (k < n && SCALES.contains(f[k])) {
            double mult = switch (f[k]) {
                case "الف", "الاف" -> 1e3;
                case "مليون", "ملايين" -> 1e6;
                case "مليار", "مليارات" -> 1e9;
                default -> 100;
            };
            value = value == null ? null : value * mult;
            k++;
        }
        // unit / counted noun
        if (k < n && toks.get(k).kind() == Token.Kind.WORD && !UNIT_STOP.contains(f[k])
                && !(f[k].startsWith("ال") && !f[k].equals("الف"))) {
            k++;
            if (k < n && (f[k - 1].equals("في") || f[k - 1].equals("درجه")) && k < n
                    && toks.get(k).kind() == Token.Kind.WORD) {
                k++;
            }
        } else if (k + 1 < n && f[k].equals("في") && (f[k + 1].equals("المئه") || f[k + 1].equals("المائه"))) {
            k += 2;
        } else if (t.kind() != Token.Kind.NUMBER || !t.text().endsWith("%")) {
            if (t.kind() == Token.Kind.NUMBER && start == k - 1 && !isYear(t)) {
                // bare number: keep only with an approximator or when it is clearly a count
                return 0;
            }
        }
        if (t.kind() != Token.Kind.NUMBER && value == null && k - start == 1 && k < n
                && toks.get(k).kind() == Token.Kind.WORD && f[k].startsWith("ال")) {
            k++; // "مئات الأطنان"
        }
        if (k > start + 0 && (t.kind() == Token.Kind.NUMBER || k - start >= 2)) {
            add(text, out, toks.get(start).start() + strip, toks.get(k - 1).end(), EntityType.QUANTITY, value);
            return k - start;
        }
        return 0;
    }

    static boolean isUnitWord(String w) {
        return w.startsWith("دولار") || w.startsWith("برميل") || w.startsWith("طن") || w.equals("شخص")
                || w.startsWith("ميغاواط");
    }

    static Double parseNumber(String s) {
        try {
            String t = s.replace(",", "").replace("%", "");
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
