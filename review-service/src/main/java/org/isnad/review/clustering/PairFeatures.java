package org.isnad.review.clustering;

/**
 * Features of a claim pair for {@link PairModel}. Three kinds:
 * <ul>
 *   <li><b>overlap</b> (similarities, containment, length ratio and monotone step indicators of
 *       them): their weights are constrained to be ≥ 0, so more overlap can never lower the score.
 *       ANS contradictions are near-copies with one edit while its paraphrases are free rewrites; an
 *       unconstrained model learns "near-identical ⇒ different claim", which is wrong for a desk
 *       where the same wire headline recurs across outlets;</li>
 *   <li><b>difference evidence</b> (guard signals, how many words differ, word-order inversions, and
 *       hashed features of every stem and stem skeleton present on one side only): weights ≤ 0, so a
 *       difference can only argue against a match and what was learned can never make two unrelated
 *       claims match;</li>
 *   <li><b>substitution pairs</b> (removed stem, added stem) when few words differ: weights of either
 *       sign, so the model learns antonyms (ارتفع/تراجع) as well as synonyms (اعلن/اكد).</li>
 * </ul>
 * Before the differences are taken, words are aligned: exact stems, spelling variants (سوريا/سورية,
 * يرتفع/ارتفاع, بسوريا/سوريا), then by hand-written knowledge — the same {@link Lexicon} concept or
 * synonym set (يصعد/ارتفاع, صرح/اعلن), the same known entity (بكين/الصين), the same rough root
 * (مطالبات/تطالب). Aligned words count as neither side's difference. The {@link ChangeFeatures} then
 * say what changed between the aligned claims (antonyms, a cue moved to the opposite, roles swapped).
 * Stateless and thread-safe.
 */
final class PairFeatures {

    /** Receives the features of a pair; {@code a}/{@code b} are the words behind a hashed feature (else null). */
    interface Sink {
        void add(int index, double value, String a, String b);
    }

    static final int BIAS = 0, CHAR_JACCARD = 1, STEM_JACCARD = 2, STEM_CONTAINMENT = 3, GRAM_CONTAINMENT = 4,
            LENGTH_RATIO = 5; // LENGTH_RATIO is min/max length × stem containment: equal length alone is no evidence
    /** Indicators "feature ≥ k/10", k = 1..9, for CHAR_JACCARD, STEM_JACCARD, GRAM_CONTAINMENT. */
    static final int STEPS = 6, STEP_COUNT = 9;
    static final int GUARD = STEPS + 3 * STEP_COUNT; // + bit index of ClaimMatcher guard bits (6 guards)
    static final int DIFF_MIN = GUARD + 6, DIFF_MAX = DIFF_MIN + 1, BOTH_SIDES = DIFF_MIN + 2, ORDER_SWAPS = DIFF_MIN + 3,
            ONE_SIDED_NUMBER = DIFF_MIN + 4;
    /** Per polarity cue group: a cue of the group on one side only (e.g. فشل added to a shared claim). */
    static final int POLARITY_ONE_SIDED = ONE_SIDED_NUMBER + 1;
    /** No content stem in common: the usual case for unrelated claims, which ANS hardly contains. */
    static final int NOTHING_SHARED = POLARITY_ONE_SIDED + Cues.POLARITY_GROUPS;
    /** Per polarity cue group: opposite sides of the group on the two claims (the polarity guard, split by group). */
    static final int OPPOSITE = NOTHING_SHARED + 1;
    /** Alignment by knowledge (SYNONYMS, SAME_ROOT: overlap, ≥ 0) and what changed ({@link ChangeFeatures}: ≤ 0). */
    static final int SYNONYMS = OPPOSITE + Cues.POLARITY_GROUPS, SAME_ROOT = SYNONYMS + 1, ANTONYMS = SYNONYMS + 2,
            ANTONYM_SWAP = SYNONYMS + 3, CUE_FLIP = SYNONYMS + 4, ENTITIES_SWAPPED = SYNONYMS + 5,
            NEAR_COPY_ENTITIES_SWAPPED = SYNONYMS + 6, ROLES_SWAPPED = SYNONYMS + 7;
    static final int DENSE = SYNONYMS + 8;

    /** Hashed regions: one-sided words (≤ 0) then substitution pairs (free sign). */
    static final int HASH_BITS = 16, HASH_SIZE = 1 << HASH_BITS, WORDS = DENSE, PAIRS = DENSE + HASH_SIZE;
    static final int SIZE = PAIRS + HASH_SIZE;

    /** Substitution pairs only when each side has at most this many unaligned stems: a local edit. */
    static final int MAX_SUBSTITUTION = 3;

    private static final String[] DENSE_NAMES = denseNames();

    private PairFeatures() {
    }

    /** +1: weight must be ≥ 0; −1: weight must be ≤ 0; 0: free. The constraint that keeps the model sane. */
    static int sign(int index) {
        if (index == BIAS || index >= PAIRS) return 0;
        if (index < GUARD || index == SYNONYMS || index == SAME_ROOT) return 1;
        return -1;
    }

    static String name(int index) {
        if (index < DENSE) return DENSE_NAMES[index];
        return index < PAIRS ? "word#" + (index - WORDS) : "pair#" + (index - PAIRS);
    }

    private static String[] denseNames() {
        String[] n = new String[DENSE];
        n[BIAS] = "bias";
        n[CHAR_JACCARD] = "char-3gram jaccard";
        n[STEM_JACCARD] = "stem jaccard";
        n[STEM_CONTAINMENT] = "stem containment";
        n[GRAM_CONTAINMENT] = "3gram containment";
        n[LENGTH_RATIO] = "length ratio x stem containment";
        String[] stepped = {"char jaccard", "stem jaccard", "3gram containment"};
        for (int f = 0; f < 3; f++) {
            for (int k = 0; k < STEP_COUNT; k++) n[STEPS + f * STEP_COUNT + k] = stepped[f] + " >= 0." + (k + 1);
        }
        String[] guards = {"negation differs", "numbers differ", "opposite polarity", "entity swap", "entity one-sided",
            "one word swapped"};
        for (int g = 0; g < guards.length; g++) n[GUARD + g] = "guard: " + guards[g];
        n[DIFF_MIN] = "differing words on the less-changed side";
        n[DIFF_MAX] = "differing words on the more-changed side";
        n[BOTH_SIDES] = "words differ on both sides";
        n[ORDER_SWAPS] = "shared words in another order";
        n[ONE_SIDED_NUMBER] = "number on one side only";
        for (int g = 0; g < Cues.POLARITY_GROUPS; g++) n[POLARITY_ONE_SIDED + g] = "polarity cue group " + g + " on one side only";
        n[NOTHING_SHARED] = "no shared word";
        for (int g = 0; g < Cues.POLARITY_GROUPS; g++) n[OPPOSITE + g] = "opposite polarity in cue group " + g;
        n[SYNONYMS] = "differing words aligned by lexicon concept, synonym set or entity";
        n[ANTONYMS] = "opposite lexicon concepts (claim level)";
        n[ANTONYM_SWAP] = "a differing word opposite to a concept of the other claim";
        n[CUE_FLIP] = "an aligned word's clause has the opposite cue";
        n[ENTITIES_SWAPPED] = "two known entities in the opposite order";
        n[ROLES_SWAPPED] = "two aligned words swapped around a third";
        n[NEAR_COPY_ENTITIES_SWAPPED] = "near-copy with two known entities in the opposite order";
        n[SAME_ROOT] = "differing words aligned by a shared rough root";
        return n;
    }

    /** {@code fired}: the {@link ClaimMatcher#guards} bits of the pair (all guards evaluated), computed by the caller. */
    static void extract(PreparedClaim a, PreparedClaim b, int fired, Sink out) {
        out.add(BIAS, 1, null, null);
        long[] x = a.tokenHashes, y = b.tokenHashes;
        int[] onlyA = new int[x.length], onlyB = new int[y.length], sharedA = new int[Math.min(x.length, y.length)],
                sharedB = new int[sharedA.length], alignedA = new int[sharedA.length], alignedB = new int[sharedA.length];
        int na = 0, nb = 0, shared = 0, i = 0, j = 0;
        while (i < x.length || j < y.length) {
            if (i < x.length && j < y.length && x[i] == y[j]) {
                alignedA[shared] = i;
                alignedB[shared] = j;
                sharedA[shared] = a.positions[i++];
                sharedB[shared++] = b.positions[j++];
            } else if (j >= y.length || (i < x.length && x[i] < y[j])) onlyA[na++] = i++;
            else onlyB[nb++] = j++;
        }
        int grams = PreparedClaim.intersection(a.gramHashes, b.gramHashes);
        double charJ = ratio(grams, a.gramHashes.length + b.gramHashes.length - grams);
        double stemJ = ratio(shared, x.length + y.length - shared);
        double gramC = ratio(grams, Math.min(a.gramHashes.length, b.gramHashes.length));
        out.add(CHAR_JACCARD, charJ, null, null);
        out.add(STEM_JACCARD, stemJ, null, null);
        double stemC = ratio(shared, Math.min(x.length, y.length));
        out.add(STEM_CONTAINMENT, stemC, null, null);
        out.add(GRAM_CONTAINMENT, gramC, null, null);
        out.add(LENGTH_RATIO, stemC * ratio(Math.min(a.gramHashes.length, b.gramHashes.length),
                Math.max(a.gramHashes.length, b.gramHashes.length)), null, null);
        if (shared == 0) out.add(NOTHING_SHARED, 1, null, null);
        steps(out, STEPS, charJ);
        steps(out, STEPS + STEP_COUNT, stemJ);
        steps(out, STEPS + 2 * STEP_COUNT, gramC);

        for (int g = 0; g < 6; g++) if ((fired & (1 << g)) != 0) out.add(GUARD + g, 1, null, null);
        if ((a.numbers.length == 0) != (b.numbers.length == 0)) out.add(ONE_SIDED_NUMBER, 1, null, null);
        for (int g = 0; g < Cues.POLARITY_GROUPS; g++) {
            boolean inA = ((a.polarity >> (2 * g)) & 3) != 0, inB = ((b.polarity >> (2 * g)) & 3) != 0;
            if (inA != inB) out.add(POLARITY_ONE_SIDED + g, 1, null, null);
            if (Cues.opposite(a.polarity, b.polarity, g)) out.add(OPPOSITE + g, 1, null, null);
        }

        // Align spelling variants among the differing stems; they are not differences.
        boolean[] usedA = new boolean[na], usedB = new boolean[nb];
        int aligned = shared;
        for (int p = 0; p < na; p++) {
            int q = variantOf(a.skeletons[onlyA[p]], b, onlyB, nb, usedB);
            if (q >= 0) {
                usedA[p] = usedB[q] = true;
                alignedA[aligned] = onlyA[p];
                alignedB[aligned++] = onlyB[q];
            }
        }
        int variants = aligned;
        aligned = ChangeFeatures.alignByMeaning(a, b, onlyA, na, usedA, onlyB, nb, usedB, alignedA, alignedB, aligned);
        if (aligned > variants) out.add(SYNONYMS, Math.min(aligned - variants, 2) / 2.0, null, null);
        int meant = aligned;
        aligned = ChangeFeatures.alignByRoot(a, b, onlyA, na, usedA, onlyB, nb, usedB, alignedA, alignedB, aligned);
        if (aligned > meant) out.add(SAME_ROOT, Math.min(aligned - meant, 2) / 2.0, null, null);
        int keptA = 0;
        for (int p = 0; p < na; p++) if (!usedA[p]) onlyA[keptA++] = onlyA[p];
        int keptB = 0;
        for (int q = 0; q < nb; q++) if (!usedB[q]) onlyB[keptB++] = onlyB[q];
        na = keptA;
        nb = keptB;
        changes(a, b, onlyA, na, onlyB, nb, alignedA, alignedB, aligned, out);

        int lo = Math.min(na, nb), hi = Math.max(na, nb);
        if (lo > 0) out.add(DIFF_MIN, Math.min(lo, 4) / 4.0, null, null);
        if (hi > 0) out.add(DIFF_MAX, Math.min(hi, 8) / 8.0, null, null);
        if (lo > 0) out.add(BOTH_SIDES, 1, null, null);
        int inversions = 0;
        for (int p = 0; p < shared; p++) {
            for (int q = p + 1; q < shared; q++) if ((sharedA[p] < sharedA[q]) != (sharedB[p] < sharedB[q])) inversions++;
        }
        if (inversions > 0) out.add(ORDER_SWAPS, (double) inversions / (shared * (shared - 1) / 2), null, null);

        words(a, onlyA, na, out);
        words(b, onlyB, nb, out);
        if (lo > 0 && hi <= MAX_SUBSTITUTION) {
            for (int p = 0; p < na; p++) {
                for (int q = 0; q < nb; q++) {
                    String s = a.tokenStems[onlyA[p]], t = b.tokenStems[onlyB[q]];
                    out.add(PAIRS + slot(unordered(x[onlyA[p]], y[onlyB[q]])), 1, s, t);
                    out.add(PAIRS + slot(unordered(a.skeletonHashes[onlyA[p]], b.skeletonHashes[onlyB[q]]) * 31 + 7), 1, s, t);
                }
            }
        }
    }

    /** The {@link ChangeFeatures} of the pair, given its aligned and its unaligned stems. */
    private static void changes(PreparedClaim a, PreparedClaim b, int[] onlyA, int na, int[] onlyB, int nb,
                                int[] alignedA, int[] alignedB, int aligned, Sink out) {
        if (Lexicon.antonyms(a.concepts, b.concepts)) out.add(ANTONYMS, 1, null, null);
        long ua = ChangeFeatures.unalignedConcepts(a, onlyA, na), ub = ChangeFeatures.unalignedConcepts(b, onlyB, nb);
        // a differing word opposite to a concept of the other claim: swapped (ارتفع → انخفض) or added
        // against it (حضور → يغيبان عن حضور)
        if (Lexicon.antonyms(ua, ub) || (Lexicon.exclusive(a.concepts) & Lexicon.opposite(ub)) != 0
                || (Lexicon.exclusive(b.concepts) & Lexicon.opposite(ua)) != 0) {
            out.add(ANTONYM_SWAP, 1, null, null);
        }
        if (ChangeFeatures.cueFlips(a, b, alignedA, alignedB, aligned) > 0) out.add(CUE_FLIP, 1, null, null);
        // Same words, other roles (ميركل تحذر ترامب / ترامب يحذر ميركل). Weak evidence on its own: a free
        // rewrite reorders as a matter of course (in ANS train most reordered pairs are paraphrases,
        // "عوامل فنية ترفع الذهب" / "الذهب يرتفع بدعم من عوامل فنية"), so the model weighs it, and
        // separately on near-copies (≤ 1 differing word a side), where the reordering is the edit.
        // That last one, like the one-word-swapped guard, fires only at high overlap: it is the one
        // place besides those guards where more shared words can lower the score.
        if (ChangeFeatures.swappedAroundPivot(a, b, alignedA, alignedB, aligned)) out.add(ROLES_SWAPPED, 1, null, null);
        boolean swapped = ChangeFeatures.entitiesSwapped(a, b, alignedA, alignedB, aligned);
        if (swapped) out.add(ENTITIES_SWAPPED, 1, null, null);
        if (swapped && aligned >= 3 && Math.max(na, nb) <= 1) out.add(NEAR_COPY_ENTITIES_SWAPPED, 1, null, null);
    }

    /**
     * One-sided stems: the word itself, its skeleton (so يتراجع teaches تراجع) and its character
     * 3-grams with word boundaries (so تراجعت, متراجع and يتراجع share evidence even when the
     * skeleton differs). Numbers are the guard's job.
     */
    private static void words(PreparedClaim c, int[] only, int n, Sink out) {
        // Scaled by 1/√(words differing): these features say WHICH words differ; how many differ is
        // the count features' job. Unscaled, they learn "many differences ⇒ different claim" word by
        // word, which says nothing about words never seen in training (unrelated claims then match).
        double scale = n == 0 ? 0 : 1 / Math.sqrt(n);
        for (int p = 0; p < n; p++) {
            String stem = c.tokenStems[only[p]];
            int[] slots = c.wordSlots[only[p]];
            double gram = slots.length > 2 ? scale / Math.sqrt(slots.length - 2) : 0;
            for (int k = 0; k < slots.length; k++) out.add(WORDS + slots[k], k < 2 ? scale : gram, stem, null);
        }
    }

    /**
     * Hash slots of a stem's one-sided-word features, computed once per claim: the stem, its skeleton,
     * then its character 3-grams with word boundaries. None for numbers (the number guard's job).
     */
    static int[] wordSlots(String stem, long stemHash, long skeletonHash) {
        if (stem.isEmpty() || Character.isDigit(stem.charAt(0))) return new int[0];
        int len = stem.length() + 2;
        int[] out = new int[2 + len - 2];
        out[0] = slot(stemHash);
        out[1] = slot(skeletonHash * 31 + 3);
        for (int i = 0; i + 3 <= len; i++) {
            long g = 7;
            for (int k = i; k < i + 3; k++) g = g * 65_599 + (k == 0 || k == len - 1 ? '#' : stem.charAt(k - 1));
            out[2 + i] = slot(g * 131 + 11);
        }
        return out;
    }

    /**
     * Index in {@code onlyB} of an unused stem that is a spelling/morphology variant of the skeleton:
     * equal skeletons, or equal after one leading clitic or verb-prefix letter (بسوريا/سوريا, ترتفع/ارتفع).
     */
    private static int variantOf(String s, PreparedClaim b, int[] onlyB, int nb, boolean[] used) {
        for (int q = 0; q < nb; q++) {
            if (used[q]) continue;
            String t = b.skeletons[onlyB[q]];
            if (s.equals(t) || prefixed(s, t) || prefixed(t, s)) return q;
        }
        return -1;
    }

    private static boolean prefixed(String longer, String shorter) {
        return shorter.length() >= 3 && longer.length() == shorter.length() + 1 && "وفبلكتن".indexOf(longer.charAt(0)) >= 0
                && longer.endsWith(shorter) && !Character.isDigit(shorter.charAt(0));
    }

    private static void steps(Sink out, int base, double v) {
        for (int k = 0; k < STEP_COUNT; k++) {
            if (v >= (k + 1) / 10.0) out.add(base + k, 1, null, null);
        }
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0 : (double) num / den;
    }

    private static long unordered(long h1, long h2) {
        return h1 < h2 ? h1 * 1_000_003L + h2 : h2 * 1_000_003L + h1;
    }

    /** Hash slot by Fibonacci hashing: the top bits of h × 2^64/φ, so that nearby hashes spread over the table. */
    static int slot(long h) {
        return (int) ((h * 0x9E3779B97F4A7C15L) >>> (64 - HASH_BITS));
    }
}
