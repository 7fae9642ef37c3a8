package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.RuleEntityFinder.add;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * Dates named by a recurring period rather than a calendar word, for {@link RuleEntityFinder} (round ent24):
 * <ul>
 *   <li>the (farming, sports, tourist) season placed relative to now, "الموسم الماضي / المقبل / الحالي" — the gold
 *   tags "هذا الموسم" and "الموسم الشتوي المقبل"; with an adjective between ("الموسم الفلاحي الحالي") the gold
 *   is not consistent, so only the direct modifier counts;</li>
 *   <li>Ramadan by its epithet, "الشهر الفضيل / الكريم";</li>
 *   <li>the afternoon as a part of the day, "بعد الظهر" (as "ظهر اليوم", "الثانية بعد الظهر");</li>
 *   <li>a season of the year as a time point after a temporal preposition, "قبل الصيف", "بحلول الشتاء": the
 *   season alone is the date (the gold tags "هذا الصيف", "نهاية الصيف"); a season as a noun's complement
 *   ("حرائق الصيف", "ذروة الصيف") is not a date.</li>
 * </ul>
 * Each phrase is two tokens, a word of {@link #STARTS} then one look-up.
 */
final class SeasonAndAfternoonDates {
    private SeasonAndAfternoonDates() {
    }

    private static final Set<String> SEASON = ArabicLexicons.set("الموسم");
    private static final Set<String> MONTH = ArabicLexicons.set("الشهر");
    private static final Set<String> RAMADAN_EPITHETS = ArabicLexicons.set("الفضيل", "الكريم");
    private static final Set<String> SEASON_MODIFIERS = ArabicLexicons.set("الماضي", "المقبل", "الحالي", "الجاري",
            "القادم", "المنصرم", "الفائت");
    private static final Set<String> AFTER = ArabicLexicons.set("بعد");
    private static final Set<String> NOON = ArabicLexicons.set("الظهر", "الظهيرة");
    /** Prepositions that make a season a point in time. */
    private static final Set<String> TIME_PREPOSITIONS = ArabicLexicons.set("قبل", "بعد", "حتى", "بحلول");
    private static final Set<String> SEASONS_OF_YEAR = ArabicLexicons.set("الصيف", "الشتاء", "الربيع", "الخريف");

    /** Words (folded) a phrase can start with, bare or after و: for the start sets of {@link RuleEntityFinder}. */
    static final Set<String> STARTS = new HashSet<>();

    static {
        for (Set<String> heads : List.of(SEASON, MONTH, TIME_PREPOSITIONS)) {
            for (String h : heads) {
                STARTS.add(h);
                STARTS.add("و" + h);
            }
        }
    }

    /** Tokens used by a phrase at i, or 0. */
    static int at(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        if (i + 1 >= toks.size() || !STARTS.contains(f[i]) || toks.get(i + 1).kind() != Token.Kind.WORD) {
            return 0;
        }
        int strip = f[i].charAt(0) == 'و' ? 1 : 0; // no head starts with و: a leading و is the conjunction
        String w = f[i].substring(strip);
        String next = f[i + 1];
        int from;
        if (SEASON.contains(w) && SEASON_MODIFIERS.contains(next) || MONTH.contains(w) && RAMADAN_EPITHETS.contains(next)
                || AFTER.contains(w) && NOON.contains(next)) {
            from = i; // the whole phrase
        } else if (TIME_PREPOSITIONS.contains(w) && SEASONS_OF_YEAR.contains(next)) {
            from = i + 1; // the season alone
            strip = 0;
        } else {
            return 0;
        }
        add(text, out, toks.get(from).start() + strip, toks.get(i + 1).end(), EntityType.DATE, null);
        return 2;
    }
}
