package org.isnad.review.clustering;

import java.util.ArrayList;
import java.util.List;

/**
 * Experiment: gradient-boosted depth-2 trees on the dense pair features, each tree non-decreasing in
 * every overlap feature and non-increasing in every difference feature ({@link PairFeatures#sign}),
 * added to a logit offset (the linear model's). Monotone by construction: a split on a feature of
 * sign s is kept only if its two sides order as s says, and the leaves below inherit the bound at
 * the parent's midpoint (as LightGBM's monotone constraints), so every tree — and their sum — is
 * monotone in each feature separately. Deterministic (no sampling).
 */
final class MonotoneTrees {

    static final double[] CUTS = {0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95};

    /** A node: leaf if feature &lt; 0. */
    record Node(int feature, double cut, Node left, Node right, double value) {
        double eval(double[] d) {
            return feature < 0 ? value : d[feature] < cut ? left.eval(d) : right.eval(d);
        }
    }

    final List<Node> trees = new ArrayList<>();

    double eval(double[] d) {
        double s = 0;
        for (Node t : trees) s += t.eval(d);
        return s;
    }

    /** Fits {@code rounds} trees of depth ≤ 2 to log-loss with the given offsets. */
    static MonotoneTrees fit(double[][] x, boolean[] y, double[] offset, int rounds, double shrink, double l2, double minHess) {
        MonotoneTrees m = new MonotoneTrees();
        double[] f = offset.clone();
        int n = x.length;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        double[] g = new double[n], h = new double[n];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                double p = PairModel.sigmoid(f[i]);
                g[i] = p - (y[i] ? 1 : 0);
                h[i] = Math.max(p * (1 - p), 1e-6);
            }
            Node t = grow(x, g, h, all, 2, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, shrink, l2, minHess);
            m.trees.add(t);
            for (int i = 0; i < n; i++) f[i] += t.eval(x[i]);
        }
        return m;
    }

    private static Node grow(double[][] x, double[] g, double[] h, int[] rows, int depth, double lo, double hi,
                             double shrink, double l2, double minHess) {
        double gs = 0, hs = 0;
        for (int i : rows) { gs += g[i]; hs += h[i]; }
        double leaf = clamp(-shrink * gs / (hs + l2), lo, hi);
        if (depth == 0) return new Node(-1, 0, null, null, leaf);
        double bestGain = 1e-9, bestCut = 0, bl = 0, br = 0;
        int bestF = -1;
        double parent = gs * gs / (hs + l2);
        int dims = x[rows.length == 0 ? 0 : rows[0]].length;
        for (int j = 1; j < dims; j++) {
            int sign = PairFeatures.sign(j);
            if (sign == 0) continue;
            for (double c : CUTS) {
                double gl = 0, hl = 0;
                for (int i : rows) if (x[i][j] < c) { gl += g[i]; hl += h[i]; }
                double gr = gs - gl, hr = hs - hl;
                if (hl < minHess || hr < minHess) continue;
                double vl = -gl / (hl + l2), vr = -gr / (hr + l2);
                if (sign > 0 ? vl > vr : vl < vr) continue; // the split would break monotonicity in feature j
                double gain = gl * gl / (hl + l2) + gr * gr / (hr + l2) - parent;
                if (gain > bestGain) { bestGain = gain; bestF = j; bestCut = c; bl = vl; br = vr; }
            }
        }
        if (bestF < 0) return new Node(-1, 0, null, null, leaf);
        double mid = shrink * (bl + br) / 2;
        mid = clamp(mid, lo, hi);
        boolean up = PairFeatures.sign(bestF) > 0; // left side (below the cut) must stay ≤ right side iff up
        List<Integer> l = new ArrayList<>(), r = new ArrayList<>();
        for (int i : rows) (x[i][bestF] < bestCut ? l : r).add(i);
        Node left = grow(x, g, h, l.stream().mapToInt(Integer::intValue).toArray(), depth - 1,
                up ? lo : mid, up ? mid : hi, shrink, l2, minHess);
        Node right = grow(x, g, h, r.stream().mapToInt(Integer::intValue).toArray(), depth - 1,
                up ? mid : lo, up ? hi : mid, shrink, l2, minHess);
        return new Node(bestF, bestCut, left, right, 0);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
