package org.isnad.review.clustering;

import java.util.List;

/**
 * Outcome of comparing two claims.
 *
 * @param similarity lexical similarity in [0, 1] (before guards; guards never change it, so a high
 *                   similarity with {@code sameClaim == false} is the interesting "looks alike but
 *                   contradicts" case a reviewer should see)
 * @param sameClaim  the trained classifier's decision (or, for {@code ClaimMatcher(Config)}, similarity ≥
 *                   threshold and no contradiction guard fired)
 * @param reasons    human-readable explanations: guard hits, the strongest learned differences, and
 *                   the verdict (model probability vs threshold, or similarity vs threshold)
 */
public record Match(double similarity, boolean sameClaim, List<String> reasons) {
}
