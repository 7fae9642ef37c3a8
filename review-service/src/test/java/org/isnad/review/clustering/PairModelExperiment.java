package org.isnad.review.clustering;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Train-CV-only experiments (never reads dev): the shipped features plus candidate interaction
 * features computed from the dense part of each example, fitted with the same SGD and sign projection
 * as {@link PairModelTraining#fit}, at fixed hyper-parameters.
 * <pre>
 *   ./mvnw -q -o -pl review-service test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.isnad.review.clustering.PairModelExperiment -Dexec.args="variant..."
 * </pre>
 */
public final class PairModelExperiment {

    private PairModelExperiment() {
    }

    /** Extra features of one example: values by extra index, with the sign each weight is constrained to. */
    record Extra(String name, int[] signs, Function<double[], double[]> values) {
    }

    static final int[] CHANGES = changes();

    private static int[] changes() {
        List<Integer> c = new ArrayList<>();
        for (int g = 0; g < 6; g++) if (g != 4) c.add(PairFeatures.GUARD + g);
        c.add(PairFeatures.ONE_SIDED_NUMBER);
        for (int g = 0; g < Cues.POLARITY_GROUPS; g++) c.add(PairFeatures.OPPOSITE + g);
        for (int k : new int[] {PairFeatures.ANTONYMS, PairFeatures.ANTONYM_SWAP, PairFeatures.CUE_FLIP,
            PairFeatures.ENTITIES_SWAPPED, PairFeatures.NEAR_COPY_ENTITIES_SWAPPED, PairFeatures.ROLES_SWAPPED}) c.add(k);
        return c.stream().mapToInt(Integer::intValue).toArray();
    }

    static boolean clean(double[] d, boolean oneSidedCues) {
        for (int k : CHANGES) if (d[k] != 0) return false;
        if (oneSidedCues) for (int g = 0; g < Cues.POLARITY_GROUPS; g++) if (d[PairFeatures.POLARITY_ONE_SIDED + g] != 0) return false;
        return true;
    }

    static int[] signs(int n, int s) {
        int[] out = new int[n];
        Arrays.fill(out, s);
        return out;
    }

    /** Overlap steps (char Jaccard, 3-gram containment) that count only when a condition holds; weight ≥ 0. */
    static Extra gated(String name, java.util.function.Predicate<double[]> cond) {
        return new Extra(name, signs(18, 1), d -> {
            double[] v = new double[18];
            if (!cond.test(d)) return v;
            for (int k = 0; k < 9; k++) {
                v[k] = d[PairFeatures.STEPS + k];
                v[9 + k] = d[PairFeatures.STEPS + 2 * PairFeatures.STEP_COUNT + k];
            }
            return v;
        });
    }

    static Extra variant(String v) {
        return switch (v) {
            case "clean" -> gated(v, d -> clean(d, false));
            case "clean+cues" -> gated(v, d -> clean(d, true));
            case "aligned" -> gated(v, d -> d[PairFeatures.DIFF_MAX] == 0);
            case "aligned1" -> gated(v, d -> d[PairFeatures.DIFF_MAX] <= 1 / 8.0 + 1e-9);
            case "clean-aligned1" -> gated(v, d -> clean(d, false) && d[PairFeatures.DIFF_MAX] <= 1 / 8.0 + 1e-9);
            // differences weigh more when little is shared: (1 − overlap) × difference, weight ≤ 0
            case "loose-diff" -> new Extra(v, signs(4, -1), d -> {
                double lo = 1 - d[PairFeatures.CHAR_JACCARD], lc = 1 - d[PairFeatures.GRAM_CONTAINMENT];
                return new double[] {lo * d[PairFeatures.DIFF_MAX], lo * d[PairFeatures.BOTH_SIDES],
                    lc * d[PairFeatures.DIFF_MAX], lc * d[PairFeatures.BOTH_SIDES]};
            });
            // two change signals together: product of differences, weight ≤ 0
            case "diff-x-diff" -> new Extra(v, signs(CHANGES.length, -1), d -> {
                double[] out = new double[CHANGES.length];
                for (int i = 0; i < CHANGES.length; i++) out[i] = d[CHANGES[i]] * (d[PairFeatures.BOTH_SIDES] + d[PairFeatures.DIFF_MAX]);
                return out;
            });
            default -> null;
        };
    }

    public static void main(String[] args) throws IOException {
        List<MatcherEvaluation.Pair> train = MatcherEvaluation.load(MatcherEvaluation.dataDir(new String[0]).resolve("stance-train.csv"));
        List<PairModelTraining.Example> base = PairModelTraining.featurize(train, true, PairModelTraining.DERIVE);
        double rate = Double.parseDouble(System.getProperty("rate", "0.2")), lambda = Double.parseDouble(System.getProperty("lambda", "1e-4"));
        int epochs = Integer.getInteger("epochs", 25);
        for (String spec : args.length == 0 ? new String[] {"base"} : args) {
            List<Extra> extras = new ArrayList<>();
            for (String v : spec.split("\\+\\+")) if (!v.equals("base")) extras.add(variant(v));
            List<PairModelTraining.Example> ex = new ArrayList<>(base.stream().map(e -> extend(e, extras)).toList());
            if (Boolean.getBoolean("ranked")) ex.addAll(ranked(train, ex, Double.parseDouble(System.getProperty("rank.w", "1"))));
            int[] sign = new int[PairFeatures.SIZE + extras.stream().mapToInt(x -> x.signs().length).sum()];
            for (int j = 0; j < PairFeatures.SIZE; j++) sign[j] = PairFeatures.sign(j);
            int at = PairFeatures.SIZE;
            for (Extra x : extras) for (int s : x.signs()) sign[at++] = s;
            if (Boolean.getBoolean("trees")) stacked(ex, sign, rate, lambda, epochs);
            else if (Boolean.getBoolean("grid")) { // the training grid of PairModelTraining#search
                PairModelTraining.Choice best = null;
                for (double r : PairModelTraining.RATES) for (double l : PairModelTraining.LAMBDAS) for (int e : PairModelTraining.EPOCHS) {
                    PairModelTraining.Choice c = crossValidate(ex, sign, r, l, e);
                    if (best == null || c.cv().f1() > best.cv().f1() + 1e-9) best = c;
                }
                System.out.printf("%-40s grid best %s%n", spec, best);
            } else System.out.printf("%-40s %s%n", spec, crossValidate(ex, sign, rate, lambda, epochs));
        }
    }

    /**
     * Label structure as ranking: for a claim A paired with a paraphrase P and a contradiction C, the
     * model should score (A, P) above (A, C). Logistic loss on f(A,P) − f(A,C) (the bias cancels),
     * fitted like the derived pairs, never scored; same group as A, so no leak across folds.
     */
    static List<PairModelTraining.Example> ranked(List<MatcherEvaluation.Pair> train, List<PairModelTraining.Example> ex, double scale) {
        java.util.TreeMap<String, List<Integer>> byClaim = new java.util.TreeMap<>();
        for (int i = 0; i < train.size(); i++) {
            byClaim.computeIfAbsent(train.get(i).a().normalizedText(), k -> new ArrayList<>()).add(i);
            byClaim.computeIfAbsent(train.get(i).b().normalizedText(), k -> new ArrayList<>()).add(i);
        }
        List<PairModelTraining.Example> out = new ArrayList<>();
        for (List<Integer> ps : byClaim.values()) {
            for (int p : ps) {
                if (!train.get(p).stance().equals("agree")) continue;
                for (int c : ps) {
                    if (!train.get(c).stance().equals("disagree")) continue;
                    java.util.TreeMap<Integer, Double> v = new java.util.TreeMap<>();
                    PairModelTraining.Example xp = ex.get(p), xc = ex.get(c);
                    for (int k = 0; k < xp.index().length; k++) v.merge(xp.index()[k], scale * xp.value()[k], Double::sum);
                    for (int k = 0; k < xc.index().length; k++) v.merge(xc.index()[k], -scale * xc.value()[k], Double::sum);
                    v.remove(PairFeatures.BIAS);
                    v.values().removeIf(d -> Math.abs(d) < 1e-12);
                    out.add(new PairModelTraining.Example(v.keySet().stream().mapToInt(Integer::intValue).toArray(),
                            v.values().stream().mapToDouble(Double::doubleValue).toArray(), "agree", xp.group(), true, false));
                }
            }
        }
        System.out.println("ranked pairs: " + out.size());
        return out;
    }

    static double[] dense(PairModelTraining.Example e) {
        double[] d = new double[PairFeatures.DENSE];
        for (int k = 0; k < e.index().length && e.index()[k] < PairFeatures.DENSE; k++) d[e.index()[k]] = e.value()[k];
        return d;
    }

    static double logit(double[] w, PairModelTraining.Example x) {
        double z = 0;
        for (int k = 0; k < x.index().length; k++) z += w[x.index()[k]] * x.value()[k];
        return z;
    }

    /**
     * Linear model + monotone boosted trees on the dense features, stacked: in each outer fold the
     * trees are fitted to the training part with the linear model's inner out-of-fold logits as offset
     * (in-sample logits are memorised by the word hashes: train fit F1 0.95), then scored on the held-out
     * fold with the linear model of the whole training part.
     */
    static void stacked(List<PairModelTraining.Example> ex, int[] sign, double rate, double lambda, int epochs) {
        int[] rounds = {10, 25, 50, 100};
        double[] shrinks = {0.1, 0.3};
        double[] hessians = {5, 20};
        int configs = rounds.length * shrinks.length * hessians.length;
        double[][] oof = new double[configs + 1][ex.size()];
        int[] fold = PairModelTraining.folds(ex);
        for (int f = 0; f < PairModelTraining.FOLDS; f++) {
            List<PairModelTraining.Example> fit = new ArrayList<>();
            for (int i = 0; i < ex.size(); i++) if (fold[i] != f) fit.add(ex.get(i));
            int[] inner = PairModelTraining.folds(fit);
            double[] offset = new double[fit.size()];
            for (int g = 0; g < PairModelTraining.FOLDS; g++) {
                List<PairModelTraining.Example> in = new ArrayList<>();
                for (int i = 0; i < fit.size(); i++) if (inner[i] != g) in.add(fit.get(i));
                double[] w = fit(in, sign, rate, lambda, epochs);
                for (int i = 0; i < fit.size(); i++) if (inner[i] == g) offset[i] = logit(w, fit.get(i));
            }
            double[] w = fit(fit, sign, rate, lambda, epochs);
            double[][] x = fit.stream().map(PairModelExperiment::dense).toArray(double[][]::new);
            boolean[] y = new boolean[fit.size()];
            for (int i = 0; i < y.length; i++) y[i] = fit.get(i).positive();
            int c = 0;
            for (int r : rounds) for (double s : shrinks) for (double mh : hessians) {
                MonotoneTrees t = MonotoneTrees.fit(x, y, offset, r, s, 1, mh);
                for (int i = 0; i < ex.size(); i++) if (fold[i] == f) oof[c][i] = logit(w, ex.get(i)) + t.eval(dense(ex.get(i)));
                c++;
            }
            for (int i = 0; i < ex.size(); i++) if (fold[i] == f) oof[configs][i] = logit(w, ex.get(i));
        }
        int c = 0;
        for (int r : rounds) for (double s : shrinks) for (double mh : hessians) {
            System.out.printf("trees %3d x %.1f minHess %2.0f  %s%n", r, s, mh, best(ex, oof[c++]));
        }
        System.out.printf("linear only              %s%n", best(ex, oof[configs]));
    }

    static PairModelTraining.Choice best(List<PairModelTraining.Example> ex, double[] logits) {
        List<PairModelTraining.Example> labelled = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < ex.size(); i++) if (!ex.get(i).derived()) { labelled.add(ex.get(i)); p.add(PairModel.sigmoid(logits[i])); }
        double[] q = p.stream().mapToDouble(Double::doubleValue).toArray();
        double bestT = 0.5;
        MatcherEvaluation.Scores best = null;
        for (int t = 5; t <= 95; t++) {
            MatcherEvaluation.Scores s = PairModelTraining.scores(labelled, q, t / 100.0);
            if (best == null || s.f1() > best.f1() + 1e-9) { best = s; bestT = t / 100.0; }
        }
        return new PairModelTraining.Choice(0, 0, 0, bestT, best);
    }

    static PairModelTraining.Example extend(PairModelTraining.Example e, List<Extra> extras) {
        if (extras.isEmpty()) return e;
        double[] d = new double[PairFeatures.DENSE];
        for (int k = 0; k < e.index().length && e.index()[k] < PairFeatures.DENSE; k++) d[e.index()[k]] = e.value()[k];
        List<int[]> idx = new ArrayList<>();
        List<Double> val = new ArrayList<>();
        int at = PairFeatures.SIZE;
        for (Extra x : extras) {
            double[] v = x.values().apply(d);
            for (int k = 0; k < v.length; k++) if (v[k] != 0) { idx.add(new int[] {at + k}); val.add(v[k]); }
            at += v.length;
        }
        int n = e.index().length;
        int[] i2 = Arrays.copyOf(e.index(), n + idx.size());
        double[] v2 = Arrays.copyOf(e.value(), n + idx.size());
        for (int k = 0; k < idx.size(); k++) { i2[n + k] = idx.get(k)[0]; v2[n + k] = val.get(k); }
        return new PairModelTraining.Example(i2, v2, e.stance(), e.group(), e.derived(), e.veto());
    }

    static PairModelTraining.Choice crossValidate(List<PairModelTraining.Example> ex, int[] sign, double rate, double lambda, int epochs) {
        int[] fold = PairModelTraining.folds(ex);
        double[] oof = new double[ex.size()];
        for (int f = 0; f < PairModelTraining.FOLDS; f++) {
            List<PairModelTraining.Example> fit = new ArrayList<>();
            for (int i = 0; i < ex.size(); i++) if (fold[i] != f) fit.add(ex.get(i));
            double[] w = fit(fit, sign, rate, lambda, epochs);
            for (int i = 0; i < ex.size(); i++) {
                if (fold[i] != f) continue;
                double z = 0;
                PairModelTraining.Example x = ex.get(i);
                for (int k = 0; k < x.index().length; k++) z += w[x.index()[k]] * x.value()[k];
                oof[i] = PairModel.sigmoid(z);
            }
        }
        List<PairModelTraining.Example> labelled = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < ex.size(); i++) if (!ex.get(i).derived()) { labelled.add(ex.get(i)); p.add(oof[i]); }
        double[] q = p.stream().mapToDouble(Double::doubleValue).toArray();
        double bestT = 0.5;
        MatcherEvaluation.Scores best = null;
        for (int t = 5; t <= 95; t++) {
            MatcherEvaluation.Scores s = PairModelTraining.scores(labelled, q, t / 100.0);
            if (best == null || s.f1() > best.f1() + 1e-9) { best = s; bestT = t / 100.0; }
        }
        return new PairModelTraining.Choice(rate, lambda, epochs, bestT, best);
    }

    /** Example weights (experiment: -Dw.agree, -Dw.disagree, -Dw.other scale the derived pairs of each stance). */
    static double weight(PairModelTraining.Example x) {
        if (!x.derived()) return 1;
        return Double.parseDouble(System.getProperty("w." + x.stance(), "1"));
    }

    /** {@link PairModelTraining#fit} over an extended feature space (same order of operations, same rounding). */
    static double[] fit(List<PairModelTraining.Example> ex, int[] sign, double rate, double lambda, int epochs) {
        int seeds = Integer.getInteger("seeds", 1);
        if (seeds == 1) return fit(ex, sign, rate, lambda, epochs, PairModelTraining.SEED + Long.getLong("seed.offset", 0));
        double[] avg = new double[sign.length];
        for (int k = 0; k < seeds; k++) {
            double[] w = fit(ex, sign, rate, lambda, epochs, PairModelTraining.SEED + k);
            for (int j = 0; j < w.length; j++) avg[j] += w[j] / seeds;
        }
        for (int j = 0; j < avg.length; j++) avg[j] = Math.abs(avg[j]) < 1e-4 ? 0 : (float) avg[j];
        return avg;
    }

    static double[] fit(List<PairModelTraining.Example> ex, int[] sign, double rate, double lambda, int epochs, long seed) {
        double[] w = new double[sign.length];
        int[] order = new int[ex.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random rnd = new Random(seed);
        for (int e = 0; e < epochs; e++) {
            for (int i = order.length - 1; i > 0; i--) {
                int k = rnd.nextInt(i + 1), t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            double step = rate / (1 + e);
            for (int i : order) {
                PairModelTraining.Example x = ex.get(i);
                double z = 0;
                for (int k = 0; k < x.index().length; k++) z += w[x.index()[k]] * x.value()[k];
                double err = (PairModel.sigmoid(z) - (x.positive() ? 1 : 0)) * weight(x);
                for (int k = 0; k < x.index().length; k++) {
                    int j = x.index()[k];
                    double g = err * x.value()[k] + (j == PairFeatures.BIAS ? 0 : lambda * w[j]);
                    w[j] -= step * g;
                    if (sign[j] > 0 && w[j] < 0 || sign[j] < 0 && w[j] > 0) w[j] = 0;
                }
            }
        }
        for (int j = 0; j < w.length; j++) w[j] = Math.abs(w[j]) < 1e-4 ? 0 : (float) w[j];
        return w;
    }
}
