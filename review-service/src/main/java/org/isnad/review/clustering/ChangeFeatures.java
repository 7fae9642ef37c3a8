package org.isnad.review.clustering;

/**
 * "What changed" between two claims once their words are aligned, for {@link PairFeatures}. ANS
 * contradictions are mostly one edit of a headline, and the edits that matter are few in kind: an
 * antonym (أعلى → أدنى), the same two opposite cues attached to other words (النفط يرتفع مع هبوط الدولار
 * / النفط يهبط مع ارتفاع الدولار), or the roles of two words swapped (ميركل تحذر ترامب / ترامب يحذر ميركل).
 * A paraphrase rewrites freely but keeps who does what, and which way things move.
 * <p>
 * Aligned words are given as parallel arrays of stem indices into the two claims. Stateless.
 */
final class ChangeFeatures {

    private ChangeFeatures() {
    }

    /**
     * Aligns one-sided stems that mean the same by hand-written knowledge: the same {@link Lexicon}
     * concept (يصعد / ارتفاع) or the same known entity (بكين / الصين, واشنطن / الولايات المتحدة).
     * Appends the pairs to {@code alA}/{@code alB} from {@code n} on, marks {@code usedA}/{@code usedB}
     * (indices into {@code onlyA}/{@code onlyB}) and returns the new number of aligned pairs.
     */
    static int alignByMeaning(PreparedClaim a, PreparedClaim b, int[] onlyA, int na, boolean[] usedA,
                              int[] onlyB, int nb, boolean[] usedB, int[] alA, int[] alB, int n) {
        for (int p = 0; p < na; p++) {
            if (usedA[p]) continue;
            int i = onlyA[p];
            long ca = a.stemConcepts[i], sa = a.stemSynonyms[i];
            String ea = a.stemEntities[i];
            if (ca == 0 && sa == 0 && ea == null) continue;
            for (int q = 0; q < nb; q++) {
                if (usedB[q]) continue;
                int j = onlyB[q];
                if ((ca & b.stemConcepts[j]) != 0 || (sa & b.stemSynonyms[j]) != 0
                        || (ea != null && ea.equals(b.stemEntities[j]))) {
                    usedA[p] = true;
                    usedB[q] = true;
                    alA[n] = i;
                    alB[n++] = j;
                    break;
                }
            }
        }
        return n;
    }

    /** Like {@link #alignByMeaning}, pairing one-sided stems with equal {@link PreparedClaim#rootKey} (مطالبات / تطالب). */
    static int alignByRoot(PreparedClaim a, PreparedClaim b, int[] onlyA, int na, boolean[] usedA,
                           int[] onlyB, int nb, boolean[] usedB, int[] alA, int[] alB, int n) {
        for (int p = 0; p < na; p++) {
            String r = a.roots[onlyA[p]];
            if (usedA[p] || r == null) continue;
            for (int q = 0; q < nb; q++) {
                if (!usedB[q] && r.equals(b.roots[onlyB[q]])) {
                    usedA[p] = true;
                    usedB[q] = true;
                    alA[n] = onlyA[p];
                    alB[n++] = onlyB[q];
                    break;
                }
            }
        }
        return n;
    }

    /**
     * Two aligned words that trade places around a third aligned word lying between them in both
     * claims: "ميركل تحذر ترامب" / "ترامب يحذر ميركل" (subject and object swapped around the verb).
     * Moving a verb or a whole phrase to the front (الليرة التركية تواصل السقوط / تواصل انخفاض الليرة
     * التركية) inverts pairs too, but never around a common pivot, so the usual rewrite does not fire.
     */
    static boolean swappedAroundPivot(PreparedClaim a, PreparedClaim b, int[] alA, int[] alB, int n) {
        for (int p = 0; p < n; p++) {
            int ap = a.positions[alA[p]], bp = b.positions[alB[p]];
            for (int q = 0; q < n; q++) {
                int aq = a.positions[alA[q]], bq = b.positions[alB[q]];
                if (!(ap < aq && bp > bq)) continue; // p before q in a, after it in b
                for (int r = 0; r < n; r++) {
                    int ar = a.positions[alA[r]], br = b.positions[alB[r]];
                    if (ap < ar && ar < aq && bq < br && br < bp) return true;
                }
            }
        }
        return false;
    }

    /** Two aligned known entities (Cues gazetteer) in the opposite order: who acts on whom changed. */
    static boolean entitiesSwapped(PreparedClaim a, PreparedClaim b, int[] alA, int[] alB, int n) {
        for (int p = 0; p < n; p++) {
            String e = a.stemEntities[alA[p]];
            if (e == null) continue;
            for (int q = p + 1; q < n; q++) {
                String f = a.stemEntities[alA[q]];
                if (f == null || f.equals(e)) continue;
                boolean beforeInA = a.positions[alA[p]] < a.positions[alA[q]];
                boolean beforeInB = b.positions[alB[p]] < b.positions[alB[q]];
                if (beforeInA != beforeInB) return true;
            }
        }
        return false;
    }

    /**
     * Aligned words (not cues themselves) whose clause ({@link Lexicon#clauses}) carries opposite concepts:
     * "ارتفاع اسعار النفط مع هبوط الدولار" / "هبوط اسعار النفط مع ارتفاع الدولار" has both cues on both
     * sides, so no claim-level antonym fires, but النفط went from the rise to the fall.
     */
    static int cueFlips(PreparedClaim a, PreparedClaim b, int[] alA, int[] alB, int n) {
        if (a.concepts == 0 || b.concepts == 0) return 0;
        int flips = 0;
        for (int k = 0; k < n; k++) {
            if (a.stemConcepts[alA[k]] != 0) continue;
            long ca = Lexicon.exclusive(a.clauseConcepts[a.positions[alA[k]]]);
            long cb = Lexicon.exclusive(b.clauseConcepts[b.positions[alB[k]]]);
            if ((ca & Lexicon.opposite(cb)) != 0) flips++;
        }
        return flips;
    }

    /** Concepts of the stems not aligned with the other claim. */
    static long unalignedConcepts(PreparedClaim c, int[] only, int n) {
        long m = 0;
        for (int p = 0; p < n; p++) m |= c.stemConcepts[only[p]];
        return m;
    }
}
