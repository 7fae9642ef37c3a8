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
import org.isnad.extraction.engine.quantity.NumberDesignations;
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
        QUANTITY_TRIGGERS.addAll(List.of("اكثر", "اقل", "باكثر", "لاكثر", "ما", "ازيد", "لاقل", "باقل"));
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
        // approximators; a glued ب/ل is the clitic of the clause, not part of the quantity ("بنحو 18%")
        if (APPROX.contains(f[k])) {
            strip = CLITIC_APPROX.contains(f[k]) ? 1 : 0;
            k++;
        } else if (k + 1 < n && COMPARATIVES.contains(f[k]) && f[k + 1].equals("من")) {
            strip = f[k].startsWith("ب") || f[k].startsWith("ل") ? 1 : 0; // باكثر, لاكثر, لاقل, باقل
            k += 2;
            if (k < n && TIME_UNITS.contains(f[k])) {
                add(text, out, toks.get(start).start() + strip, toks.get(k).end(), EntityType.QUANTITY, 1.0);
                return k + 1 - start; // "أكثر من أسبوع": one unit of time, the number left unsaid
            }
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
            if (k == start && k > 0 && NumberDesignations.names(f[k - 1])) {
                return 0; // "المادة 103": a designation, not an amount
            }
            value = parseNumber(t.text());
        } else if (k > 0 && f[k - 1].startsWith("ال") && (bare.equals("عشر") || bare.equals("عشره"))) {
            return 0; // ordinal "التاسع عشر"
        } else if (ONE.contains(bare)) {
            return 0; // "واحد" follows its noun ("مولد واحد"): the noun rule, not this one, counts it
        } else if (NUM_WORDS.containsKey(bare) && k + 1 < n && toks.get(k + 1).kind() == Token.Kind.WORD
                && (!UNIT_STOP.contains(f[k + 1]) && !f[k + 1].startsWith("ال") || SCALES.contains(f[k + 1])
                || partitiveEnd(toks, f, k + 1) > 0) || (NUM_WORDS.containsKey(bare)
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
        // unit / counted noun; "أربعة من المهربين": a count of a definite group
        int partitive = value != null && !(t.kind() == Token.Kind.NUMBER && t.text().endsWith("%"))
                ? partitiveEnd(toks, f, k) : 0;
        boolean percent = t.kind() == Token.Kind.NUMBER && t.text().endsWith("%");
        if (partitive > 0) {
            k = partitive;
        } else if (percent) {
            // "12%" is complete: the word after it begins the rest of the clause ("41% وتوصي")
        } else if (k < n && toks.get(k).kind() == Token.Kind.WORD && !UNIT_STOP.contains(f[k])
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

    /**
     * End of "من + definite group" after a count at k ("من المهربين", "من منتظري المساعدات"), or 0. A percentage
     * is not followed here: the gold keeps "60%" without "من المرافق".
     */
    static int partitiveEnd(List<Token> toks, String[] f, int k) {
        int n = toks.size();
        if (k + 1 >= n || !f[k].equals("من") || toks.get(k + 1).kind() != Token.Kind.WORD) {
            return 0;
        }
        String g = f[k + 1];
        if (g.startsWith("ال") && g.length() > 3 && !UNIT_STOP.contains(g) && !PERIOD_WORDS.contains(g)) {
            return k + 2; // "من الأسرى"
        }
        if (g.length() > 2 && !UNIT_STOP.contains(g) && k + 2 < n && toks.get(k + 2).kind() == Token.Kind.WORD
                && f[k + 2].startsWith("ال") && !UNIT_STOP.contains(f[k + 2])) {
            return k + 3; // "من منتظري المساعدات", "من عمال الإغاثة": a construct plural and its genitive
        }
        return 0;
    }

    /** Definite period words: "ثلاثة من الشهر" is a date's day, not a count. */
    private static final Set<String> PERIOD_WORDS = s("الشهر", "العام", "السنة", "الأسبوع", "اليوم");

    /** "أكثر / أقل / أزيد من" (with a glued ب or ل). */
    private static final Set<String> COMPARATIVES = s("أكثر", "أقل", "أزيد", "بأكثر", "لأكثر", "بأقل", "لأقل");
    private static final Set<String> CLITIC_APPROX = s("بنحو", "لنحو", "بحوالي");
    /** Singular units of time: "أكثر من أسبوع" counts one of them. */
    private static final Set<String> TIME_UNITS = s("يوم", "أسبوع", "شهر", "عام", "سنة", "ساعة", "عقد", "قرن");
    private static final Set<String> ONE = s("واحد", "واحدة");

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
