package org.isnad.extraction.engine.checkworthiness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.text.KeyFilter;
import org.isnad.extraction.engine.text.Token;

/**
 * Explainable check-worthiness: {@code score = clamp01(BASE + Σ contributions)}, every contribution returned.
 *
 * <pre>
 * base                        0.35
 * numbers / quantities        +0.20  (any digit, number word or recognised quantity)
 * named entities              +0.06 per entity inside the claim, at most +0.18
 * attribution                 ANONYMOUS +0.10 (needs corroboration), UNATTRIBUTED +0.05 (outlet's own assertion),
 *                             OFFICIAL / OUTLET / NAMED_PERSON +0.05
 * factual event verb          +0.10  (killed, attacked, rose, fell, قتل، استهدف، أسفر، بلغ، ارتفع، تراجع …)
 * opinion / hedge cue         -0.15  (أعتقد، ربما، يبدو، من المرجح، I think, may, might, likely …)
 * future / speculative        -0.10  (سـ/سوف/لن + verb, will, would, expect …)
 * length                      -0.10 if fewer than 6 tokens, -0.05 if more than 70 tokens
 * </pre>
 */
public final class CheckworthinessScorer {
    public static final double BASE = 0.35;

    private static final Set<String> NUMBER_WORDS = Set.copyOf(java.util.List.of("واحد", "اثنان", "اثنين", "ثلاث", "ثلاثه", "اربع",
            "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره",
            "عشرات", "مئات", "الاف", "الف", "مليون", "ملايين", "مليار", "مليارات", "مئه", "نصف", "ثلث", "ربع",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
            "thousands", "million", "billion", "half"));
    private static final Set<String> FACT_VERBS = Set.copyOf(java.util.List.of("قتل", "قتلت", "مقتل", "استهدف", "استهدفت", "اسفر", "اسفرت",
            "بلغ", "بلغت", "ارتفع", "ارتفعت", "تراجع", "تراجعت", "انخفض", "انخفضت", "نفذ", "نفذت", "سقط", "سقطت",
            "اعتقل", "اعتقلت", "اصيب", "استشهد", "نزح", "نزحت", "قصف", "شن", "شنت", "هاجم", "فر", "عقدت", "وقع",
            "وقعت", "ادي", "تجاوز", "تجاوزت", "يبلغ", "يتجاوز", "خفض", "خفضت", "رفع", "رفعت", "دمر", "تدمير",
            "killed", "attacked", "rose", "fell", "launched", "intercepted", "displaced", "collapsed", "raised",
            "tripled", "doubled", "died", "injured", "arrested", "seized", "struck", "destroyed", "increased",
            "decreased", "dropped", "grew"));
    private static final Set<String> HEDGES = Set.copyOf(java.util.List.of("اعتقد", "نعتقد", "ربما", "يبدو", "المرجح", "يحتمل", "لعل",
            "اظن", "نظن", "قد", "اشبه", "think", "believe", "may", "might", "could", "likely", "perhaps", "possibly",
            "probably", "seems", "appears", "expect"));
    private static final Set<String> FUTURE = Set.copyOf(java.util.List.of("سوف", "لن", "will", "would", "shall", "expects", "expected",
            "forecast", "plans"));

    public record Score(double value, Map<String, Double> features) {
    }

    private static final int NUM = 1;
    private static final int FACT = 2;
    private static final int HEDGE = 4;
    private static final int FUT = 8;
    private static final java.util.HashMap<String, Integer> FLAGS = new java.util.HashMap<>();

    /**
     * {@link #FLAGS} keyed by the word with a leading و or ف: the flags of "وقتل" without building the substring
     * "قتل" for every such token of every claim (the two conjunctions open many of a claim's tokens).
     */
    private static final java.util.HashMap<String, Integer> WITH_CLITIC = new java.util.HashMap<>();

    static {
        for (String w : NUMBER_WORDS) {
            FLAGS.merge(w, NUM, (a, b) -> a | b);
        }
        for (String w : FACT_VERBS) {
            FLAGS.merge(w, FACT, (a, b) -> a | b);
        }
        for (String w : HEDGES) {
            FLAGS.merge(w, HEDGE, (a, b) -> a | b);
        }
        for (String w : FUTURE) {
            FLAGS.merge(w, FUT, (a, b) -> a | b);
        }
        FLAGS.forEach((w, fl) -> {
            WITH_CLITIC.put("و" + w, fl);
            WITH_CLITIC.put("ف" + w, fl);
        });
    }

    /** The keys of both maps as a bit filter: nearly every token of a claim is in neither. */
    private static final KeyFilter FLAGGED = KeyFilter.of(WITH_CLITIC.keySet(), FLAGS.size());

    static {
        FLAGS.keySet().forEach(FLAGGED::add);
    }

    /** The attribution feature's name per source type, built once rather than concatenated for every claim. */
    private static final String[] ATTRIBUTION_FEATURE = new String[SourceType.values().length];

    static {
        for (SourceType t : SourceType.values()) {
            ATTRIBUTION_FEATURE[t.ordinal()] = "attribution_" + t.name().toLowerCase(java.util.Locale.ROOT);
        }
    }


    /**
     * @param folded folded tokens of the claim (see ParagraphContext), kinds aligned
     */
    public Score score(List<Token> tokens, List<String> folded, int entityCount, int quantityCount,
                       SourceType type) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("base", BASE);
        boolean number = quantityCount > 0;
        boolean fact = false;
        boolean hedge = false;
        boolean future = false;
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = folded.get(i);
            if (t.kind() == Token.Kind.NUMBER) {
                number = true;
            }
            if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.NUMBER) {
                continue;
            }
            n++;
            boolean flagged = FLAGGED.mightContain(w);
            int fl = flagged ? FLAGS.getOrDefault(w, 0) : 0;
            int off = 0;
            if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
                fl |= flagged ? WITH_CLITIC.getOrDefault(w, 0) : 0; // = FLAGS of w.substring(1)
                off = 1;
            }
            number |= (fl & NUM) != 0;
            fact |= (fl & FACT) != 0;
            hedge |= (fl & HEDGE) != 0;
            future |= (fl & FUT) != 0
                    || w.length() - off >= 5 && w.charAt(off) == 'س' && "يتن".indexOf(w.charAt(off + 1)) >= 0;
        }
        if (number) {
            f.put("numbers", 0.20);
        }
        if (entityCount > 0) {
            f.put("named_entities", Math.min(0.18, 0.06 * entityCount));
        }
        double at = switch (type) {
            case ANONYMOUS -> 0.10;
            case UNATTRIBUTED -> 0.05;
            default -> 0.05;
        };
        f.put(ATTRIBUTION_FEATURE[type.ordinal()], at);
        if (fact) {
            f.put("factual_verb", 0.10);
        }
        if (hedge) {
            f.put("opinion_hedge", -0.15);
        }
        if (future) {
            f.put("future_speculative", -0.10);
        }
        if (n < 6) {
            f.put("length_short", -0.10);
        } else if (n > 70) {
            f.put("length_long", -0.05);
        }
        double s = 0;
        for (double v : f.values()) {
            s += v;
        }
        s = Math.max(0, Math.min(1, s));
        return new Score(Math.round(s * 1000) / 1000.0, f);
    }
}
