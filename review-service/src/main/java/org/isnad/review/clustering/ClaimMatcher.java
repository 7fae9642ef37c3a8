package org.isnad.review.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether two Arabic claims (headlines / claim sentences) state the same thing.
 * <p>
 * The default matcher is a trained pair classifier ({@link PairModel} over {@link PairFeatures}):
 * lexical overlap argues for a match (weights constrained ≥ 0), while the contradiction guards below
 * and the words present on one side only argue against it (weights learned on ANS train, constrained
 * ≤ 0), plus learned substituted-word pairs (antonyms against, synonyms for). The hand-tuned rule
 * matcher it replaced — similarity ≥ threshold and no guard fired — is kept behind
 * {@link #ClaimMatcher(Config)} as the baseline and as the fallback if the model resource cannot be read.
 * <p>
 * {@link Match#similarity()} stays the lexical similarity w · Jaccard(stems) + (1 − w) · Jaccard(char
 * 3-grams) in both modes: callers rank candidates by it. Thread-safe and immutable; never throws.
 */
public final class ClaimMatcher {

    // Guard bits, also used by MatcherEvaluation to tune which guards are worth their recall cost.
    static final int NEGATION = 1, NUMBERS = 2, POLARITY = 4, ENTITY_SWAP = 8, ENTITY_ONE_SIDED = 16, SUBSTITUTION = 32;
    static final int ALL_GUARDS = 63;

    /**
     * Knobs of the hand-tuned rule matcher. Defaults were chosen by grid search on the ANS train split
     * only (see {@code MatcherEvaluation --tune}); dev was used only to report. The trained
     * classifier uses only {@code tokenWeight}, for {@link Match#similarity()}.
     *
     * @param tokenWeight w in the similarity formula
     * @param threshold   minimum similarity for {@code sameClaim}
     * @param guards      OR of the guard bits that veto a match:
     *                    NEGATION (1) negation/denial on one side only; NUMBERS (2) each side has a
     *                    number the other lacks; POLARITY (4) opposite cue words (rise/fall…);
     *                    ENTITY_SWAP (8) each side has a known entity the other lacks;
     *                    ENTITY_ONE_SIDED (16) an entity appears on one side only;
     *                    SUBSTITUTION (32) the claims are identical except one content word swapped
     *                    for an unrelated one ("Nobel for peace" / "Nobel for medicine")
     */
    public record Config(double tokenWeight, double threshold, int guards) {
        public static final Config DEFAULT =
                new Config(0.2, 0.30, NEGATION | NUMBERS | POLARITY | ENTITY_SWAP | SUBSTITUTION);
    }

    private final Config config;
    private final PairModel model; // null: hand-tuned rules

    /** The trained classifier shipped with the service (rules if its resource is unreadable). */
    public ClaimMatcher() {
        this(Config.DEFAULT, PairModel.shipped());
    }

    /** The hand-tuned rule matcher: similarity ≥ {@code config.threshold()} and no enabled guard fired. */
    public ClaimMatcher(Config config) {
        this(config, null);
    }

    ClaimMatcher(Config config, PairModel model) {
        this.config = config;
        this.model = model;
    }

    /** True when decisions come from the trained classifier rather than the rules. */
    public boolean trained() {
        return model != null;
    }

    public Config config() {
        return config;
    }

    public Match match(String a, String b) {
        try {
            return match(PreparedClaim.of(a), PreparedClaim.of(b));
        } catch (RuntimeException e) {
            return new Match(0, false, List.of("error: " + e.getClass().getSimpleName()));
        }
    }

    public Match match(PreparedClaim a, PreparedClaim b) {
        try {
            double sim = similarity(a, b);
            List<String> reasons = new ArrayList<>(4);
            int fired = guards(a, b, model == null ? config.guards() : ALL_GUARDS, reasons);
            boolean same;
            if (model != null && (a.tokenHashes.length == 0 || b.tokenHashes.length == 0)) {
                same = false; // nothing to compare: the learned bias must not make empty claims match
                reasons.add("empty claim");
            } else if (model != null) {
                PairModel.Scorer s = model.score(a, b, fired);
                double p = s.probability();
                boolean veto = vetoed(a, b, fired);
                same = p >= model.threshold && !veto;
                learned(reasons, s.worst1, s.worst1a, s.worst1b);
                learned(reasons, s.worst2, s.worst2a, s.worst2b);
                if (veto) reasons.add("near-copy with a contradiction: not the same claim");
                // Plain concatenation: String.format here alone halved matcher throughput.
                reasons.add("model p " + round(p) + (p >= model.threshold ? " ≥ " : " < ") + "threshold "
                        + round(model.threshold) + ", similarity " + round(sim));
            } else {
                same = fired == 0 && sim >= config.threshold();
                if (fired == 0) {
                    reasons.add("similarity " + round(sim) + (same ? " ≥ " : " < ") + "threshold " + config.threshold());
                }
            }
            return new Match(sim, same, List.copyOf(reasons));
        } catch (RuntimeException e) {
            // Matching feeds an ingestion pipeline: a bad pair must not stop the batch.
            return new Match(0, false, List.of("error: " + e.getClass().getSimpleName()));
        }
    }

    /** Guards that veto a near-copy whatever the model says (see {@link #vetoed}). */
    static final int VETO_GUARDS = NEGATION | NUMBERS | POLARITY | ENTITY_SWAP;
    static final double NEAR_COPY_STEM_JACCARD = 0.5;

    /**
     * A near-copy (stem Jaccard ≥ 0.5) with a negation, a changed number, an opposite polarity cue or
     * a swapped entity is a different claim, by definition of the product. The model weighs these
     * guards by how reliable they are on ANS as a whole, where they also misfire inside free rewrites;
     * on a near-copy the edit IS the contradiction, so it is not left to a learned weight.
     */
    static boolean vetoed(PreparedClaim a, PreparedClaim b, int fired) {
        return (fired & VETO_GUARDS) != 0
                && PreparedClaim.jaccard(a.tokenHashes, b.tokenHashes) >= NEAR_COPY_STEM_JACCARD;
    }

    private static void learned(List<String> reasons, double weight, String a, String b) {
        if (a == null || weight > -0.25) return; // only differences that moved the decision noticeably
        reasons.add((b == null ? "differs: " + a : "swapped: " + a + " / " + b) + " (learned " + round(weight) + ")");
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** Similarity only, without guards (used for tuning and for ranking candidates). */
    public double similarity(PreparedClaim a, PreparedClaim b) {
        return similarity(a, b, config.tokenWeight());
    }

    static double similarity(PreparedClaim a, PreparedClaim b, double w) {
        return w * PreparedClaim.jaccard(a.tokenHashes, b.tokenHashes)
                + (1 - w) * PreparedClaim.jaccard(a.gramHashes, b.gramHashes);
    }

    /**
     * Evaluates the guards selected by {@code enabled}; returns the bits that fired and, if
     * {@code reasons} is non-null, appends an explanation per fired guard.
     */
    static int guards(PreparedClaim a, PreparedClaim b, int enabled, List<String> reasons) {
        int fired = 0;
        if ((enabled & NEGATION) != 0 && a.negations.isEmpty() != b.negations.isEmpty()) {
            fired |= NEGATION;
            if (reasons != null) reasons.add("negation differs: " + (a.negations.isEmpty() ? b.negations : a.negations));
        }
        if ((enabled & NUMBERS) != 0 && a.numbers.length > 0 && b.numbers.length > 0) {
            // Only if each side has a number the other lacks: a dropped detail is not a contradiction.
            String onlyA = firstMissing(a.numbers, b.numbers), onlyB = firstMissing(b.numbers, a.numbers);
            if (onlyA != null && onlyB != null) {
                fired |= NUMBERS;
                if (reasons != null) reasons.add("numbers differ: " + onlyA + " vs " + onlyB);
            }
        }
        if ((enabled & POLARITY) != 0) {
            // Opposite sides of one cue group, each used exclusively by one claim (rise vs fall).
            for (int g = 0; g < Cues.POLARITY_GROUPS; g++) {
                if (Cues.opposite(a.polarity, b.polarity, g)) {
                    fired |= POLARITY;
                    if (reasons != null) reasons.add("opposite polarity (cue group " + g + ")");
                    break;
                }
            }
        }
        if ((enabled & (ENTITY_SWAP | ENTITY_ONE_SIDED)) != 0 && !a.entities.equals(b.entities)) {
            Set<String> onlyA = new TreeSet<>(a.entities), onlyB = new TreeSet<>(b.entities);
            onlyA.removeAll(b.entities);
            onlyB.removeAll(a.entities);
            boolean swap = !onlyA.isEmpty() && !onlyB.isEmpty();
            int bit = swap && (enabled & ENTITY_SWAP) != 0 ? ENTITY_SWAP
                    : (enabled & ENTITY_ONE_SIDED) != 0 ? ENTITY_ONE_SIDED : 0;
            if (bit != 0) {
                fired |= bit;
                if (reasons != null) reasons.add("entity only in one: " + onlyA + " vs " + onlyB);
            }
        }
        if ((enabled & SUBSTITUTION) != 0) {
            String[] swap = singleSubstitution(a, b);
            if (swap != null) {
                fired |= SUBSTITUTION;
                if (reasons != null) reasons.add("one word swapped: " + swap[0] + " vs " + swap[1]);
            }
        }
        return fired;
    }

    private static String firstMissing(String[] xs, String[] ys) {
        for (String x : xs) if (Arrays.binarySearch(ys, x) < 0) return x;
        return null;
    }

    /**
     * Exactly one content stem on each side is unmatched, at least two are shared, and the two
     * unmatched stems share no character bigram (so it is a different word, not a spelling variant).
     */
    private static String[] singleSubstitution(PreparedClaim a, PreparedClaim b) {
        int onlyA = -1, onlyB = -1;
        int i = 0, j = 0, shared = 0, na = 0, nb = 0;
        long[] x = a.tokenHashes, y = b.tokenHashes;
        while (i < x.length || j < y.length) {
            if (i < x.length && j < y.length && x[i] == y[j]) { shared++; i++; j++; }
            else if (j >= y.length || (i < x.length && x[i] < y[j])) { onlyA = i++; na++; }
            else { onlyB = j++; nb++; }
            if (na > 1 || nb > 1) return null;
        }
        if (na != 1 || nb != 1 || shared < 2) return null;
        String s = a.tokenStems[onlyA], t = b.tokenStems[onlyB];
        // a spelling variant, or a known synonym / the same entity (Lexicon, Cues), is not a swap
        if (sharesBigram(s, t) || (a.stemSynonyms[onlyA] & b.stemSynonyms[onlyB]) != 0
                || (a.stemConcepts[onlyA] & b.stemConcepts[onlyB]) != 0
                || (a.stemEntities[onlyA] != null && a.stemEntities[onlyA].equals(b.stemEntities[onlyB]))) {
            return null;
        }
        return new String[] {s, t};
    }

    private static boolean sharesBigram(String s, String t) {
        for (int i = 0; i + 2 <= s.length(); i++) if (t.contains(s.substring(i, i + 2))) return true;
        return false;
    }
}
