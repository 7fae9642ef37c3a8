package org.isnad.review.clustering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the shipped {@link PairModel} on ANS stance-train only (positive = {@code agree}):
 * <pre>
 *   ./mvnw -q -pl review-service test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.isnad.review.clustering.PairModelTraining
 * </pre>
 * L2-regularised logistic regression, plain SGD with a decaying rate, sign constraints from
 * {@link PairFeatures#sign} enforced by projection after every step. Learning rate, regularisation,
 * epochs and the decision threshold are chosen by 5-fold cross-validation on train, with folds made
 * of whole connected components of claims (ANS pairs one headline with several rewrites and reuses
 * rewrites as headlines; letting a claim sit in both the training and the held-out fold would flatter
 * the learned word features). Fixed seed and ordered iteration: same data, same model file.
 * Dev is not read here.
 */
public final class PairModelTraining {

    static final long SEED = 20240601L;
    static final int FOLDS = 5;
    static final double[] LAMBDAS = {1e-4, 3e-4, 1e-3, 3e-3, 1e-2};
    static final int[] EPOCHS = {10, 25, 50};
    static final double[] RATES = {0.1, 0.2, 0.5};
    /** Train also on the pairs implied by the labelled ones ({@link #derive}); -Dderive=false to compare. */
    static final boolean DERIVE = Boolean.parseBoolean(System.getProperty("derive", "true"));

    /**
     * Experiment only (-Dunconstrained=true): drop the sign constraints, to measure what they cost on
     * ANS. Never used for the shipped model: unconstrained, overlap learns "near-identical ⇒ different".
     */
    static final boolean UNCONSTRAINED = Boolean.getBoolean("unconstrained");

    /** One pair as a sparse feature vector. */
    record Example(int[] index, double[] value, String stance, String group, boolean derived, boolean veto) {
        boolean positive() {
            return stance.equals("agree");
        }
    }

    /** Hyper-parameters and the cross-validated threshold / score they reached. */
    record Choice(double rate, double lambda, int epochs, double threshold, MatcherEvaluation.Scores cv) {
    }

    private PairModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = MatcherEvaluation.dataDir(args);
        List<MatcherEvaluation.Pair> train = MatcherEvaluation.load(dir.resolve("stance-train.csv"));
        List<Example> ex = featurize(train, true, DERIVE);
        Choice c = search(ex, true);
        PairModel model = new PairModel(fit(ex, c.rate(), c.lambda(), c.epochs()), c.threshold());
        Path out = Path.of(args.length > 1 ? args[1] : "review-service/src/main/resources/org/isnad/review/clustering")
                .resolve(PairModel.RESOURCE);
        if (!Files.isDirectory(out.getParent())) out = Path.of("src/main/resources/org/isnad/review/clustering", PairModel.RESOURCE);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o, String.format(Locale.ROOT, "trained on ANS stance-train (%d pairs, Apache-2.0, latynt/ans; see ANS-NOTICE.txt)%n"
                    + "by PairModelTraining: derived pairs %s, rate %s, lambda %s, epochs %d, seed %d; %d-fold grouped CV on train: %s",
                    train.size(), DERIVE, c.rate(), c.lambda(), c.epochs(), SEED, FOLDS, c.cv()));
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }

    /**
     * Feature vectors of the pairs plus, if {@code derive}, of pairs implied by them (see {@link #derive}),
     * marked {@code derived}: used for fitting, never scored. Every example carries the id of its
     * connected component of claims, the unit of the CV folds (claims are reused across ANS pairs).
     */
    static List<Example> featurize(List<MatcherEvaluation.Pair> pairs, boolean learnedDifferences, boolean derive) {
        Map<String, String> parent = new HashMap<>();
        for (MatcherEvaluation.Pair p : pairs) union(parent, p.a().normalizedText(), p.b().normalizedText());
        List<MatcherEvaluation.Pair> all = new ArrayList<>(pairs);
        if (derive) all.addAll(derive(pairs));
        List<Example> out = new ArrayList<>(all.size());
        for (int n = 0; n < all.size(); n++) {
            MatcherEvaluation.Pair p = all.get(n);
            TreeMap<Integer, Double> v = new TreeMap<>();
            int fired = ClaimMatcher.guards(p.a(), p.b(), ClaimMatcher.ALL_GUARDS, null);
            PairFeatures.extract(p.a(), p.b(), fired, (i, x, a, b) -> {
                if (learnedDifferences || i < PairFeatures.DENSE) v.merge(i, x, Double::sum);
            });
            out.add(new Example(v.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    v.values().stream().mapToDouble(Double::doubleValue).toArray(),
                    p.stance(), find(parent, p.a().normalizedText()), n >= pairs.size(), ClaimMatcher.vetoed(p.a(), p.b(), fired)));
        }
        return out;
    }

    /**
     * Pairs implied by the labelled ones: paraphrase is an equivalence (A~B, A~C ⇒ B~C) and a
     * contradiction of one member contradicts its whole paraphrase class. ANS builds contradictions as
     * near-copies of one headline; the implied ones pair them with that headline's free rewrites, so
     * the model sees contradiction words outside near-copies too. Plus random pairs of claims from
     * different components as unrelated ("other"), half as many as labelled pairs.
     */
    static List<MatcherEvaluation.Pair> derive(List<MatcherEvaluation.Pair> pairs) {
        Map<String, String> same = new HashMap<>();
        Map<String, PreparedClaim> claim = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (MatcherEvaluation.Pair p : pairs) {
            claim.put(p.a().normalizedText(), p.a());
            claim.put(p.b().normalizedText(), p.b());
            seen.add(key(p.a().normalizedText(), p.b().normalizedText()));
            if (p.stance().equals("agree")) union(same, p.a().normalizedText(), p.b().normalizedText());
        }
        Map<String, List<String>> classes = new TreeMap<>();
        for (String t : claim.keySet()) classes.computeIfAbsent(find(same, t), k -> new ArrayList<>()).add(t);
        List<MatcherEvaluation.Pair> out = new ArrayList<>();
        for (List<String> c : classes.values()) {
            for (int i = 0; i < c.size(); i++) {
                for (int j = i + 1; j < c.size(); j++) add(out, seen, claim, c.get(i), c.get(j), "agree");
            }
        }
        for (MatcherEvaluation.Pair p : pairs) {
            if (!p.stance().equals("disagree")) continue;
            for (String u : classes.get(find(same, p.a().normalizedText()))) {
                for (String v : classes.get(find(same, p.b().normalizedText()))) add(out, seen, claim, u, v, "disagree");
            }
        }
        // ANS has almost no unrelated pairs (63 "other"), yet they are most of what a desk's matcher
        // sees: without them the model learns a positive bias and matches claims sharing nothing.
        Map<String, String> component = new HashMap<>();
        for (MatcherEvaluation.Pair p : pairs) union(component, p.a().normalizedText(), p.b().normalizedText());
        List<String> texts = new ArrayList<>(claim.keySet());
        Random rnd = new Random(SEED);
        for (int made = 0, tries = 0; made < pairs.size() / 2 && tries < 100 * pairs.size(); tries++) {
            String u = texts.get(rnd.nextInt(texts.size())), v = texts.get(rnd.nextInt(texts.size()));
            if (!find(component, u).equals(find(component, v)) && add(out, seen, claim, u, v, "other")) made++;
        }
        return out;
    }

    private static boolean add(List<MatcherEvaluation.Pair> out, Set<String> seen, Map<String, PreparedClaim> claim,
                               String u, String v, String stance) {
        if (u.equals(v) || !seen.add(key(u, v))) return false;
        out.add(new MatcherEvaluation.Pair(claim.get(u), claim.get(v), stance));
        return true;
    }

    private static String key(String u, String v) {
        return u.compareTo(v) < 0 ? u + "\n" + v : v + "\n" + u;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        if (p.equals(x)) return x;
        String root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<String, String> parent, String x, String y) {
        String rx = find(parent, x), ry = find(parent, y);
        if (!rx.equals(ry)) parent.put(rx.compareTo(ry) < 0 ? ry : rx, rx.compareTo(ry) < 0 ? rx : ry);
    }

    /** Grid search over {@link #RATES} × {@link #LAMBDAS} × {@link #EPOCHS} by grouped CV F1; prints every cell. */
    static Choice search(List<Example> ex, boolean verbose) {
        Choice best = null;
        for (double rate : RATES) {
            for (double lambda : LAMBDAS) {
                for (int epochs : EPOCHS) {
                    Choice c = crossValidate(ex, rate, lambda, epochs);
                    if (verbose) System.out.println("  cv " + c);
                    if (best == null || c.cv().f1() > best.cv().f1() + 1e-9) best = c;
                }
            }
        }
        if (verbose) System.out.println("chosen " + best);
        return best;
    }

    /** Out-of-fold probabilities for every example, then the F1-maximising threshold over all of them. */
    static Choice crossValidate(List<Example> ex, double rate, double lambda, int epochs) {
        int[] fold = folds(ex);
        double[] oof = new double[ex.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Example> fit = new ArrayList<>();
            for (int i = 0; i < ex.size(); i++) if (fold[i] != f) fit.add(ex.get(i));
            float[] w = fit(fit, rate, lambda, epochs);
            for (int i = 0; i < ex.size(); i++) if (fold[i] == f) oof[i] = PairModel.sigmoid(dot(w, ex.get(i)));
        }
        // only the labelled pairs are scored: derived ones are not ANS judgements
        List<Example> labelled = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < ex.size(); i++) {
            if (!ex.get(i).derived()) {
                labelled.add(ex.get(i));
                p.add(oof[i]);
            }
        }
        ex = labelled;
        oof = p.stream().mapToDouble(Double::doubleValue).toArray();
        double bestT = 0.5;
        MatcherEvaluation.Scores best = null;
        for (int t = 5; t <= 95; t++) {
            MatcherEvaluation.Scores s = scores(ex, oof, t / 100.0);
            if (best == null || s.f1() > best.f1() + 1e-9) {
                best = s;
                bestT = t / 100.0;
            }
        }
        return new Choice(rate, lambda, epochs, bestT, best);
    }

    static MatcherEvaluation.Scores scores(List<Example> ex, double[] p, double threshold) {
        MatcherEvaluation.Tally t = new MatcherEvaluation.Tally();
        for (int i = 0; i < ex.size(); i++) t.add(ex.get(i).stance(), p[i] >= threshold && !ex.get(i).veto());
        return t.scores();
    }

    /** Fold of each example: whole first-claim groups, assigned round-robin after a seeded shuffle. */
    static int[] folds(List<Example> ex) {
        List<String> groups = new ArrayList<>(new TreeSet<>(ex.stream().map(Example::group).toList()));
        java.util.Collections.shuffle(groups, new Random(SEED));
        TreeMap<String, Integer> of = new TreeMap<>();
        for (int g = 0; g < groups.size(); g++) of.put(groups.get(g), g % FOLDS);
        int[] fold = new int[ex.size()];
        for (int i = 0; i < ex.size(); i++) fold[i] = of.get(ex.get(i).group());
        return fold;
    }

    /** SGD on the L2-regularised log-loss, projecting each touched weight onto its sign constraint. */
    static float[] fit(List<Example> ex, double rate, double lambda, int epochs) {
        double[] w = new double[PairFeatures.SIZE];
        int[] order = new int[ex.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random rnd = new Random(SEED);
        for (int e = 0; e < epochs; e++) {
            for (int i = order.length - 1; i > 0; i--) {
                int k = rnd.nextInt(i + 1), t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            double step = rate / (1 + e); // decaying plain SGD: AdaGrad's per-feature rates let one-off words memorise
            for (int i : order) {
                Example x = ex.get(i);
                double z = 0;
                for (int k = 0; k < x.index().length; k++) z += w[x.index()[k]] * x.value()[k];
                double err = PairModel.sigmoid(z) - (x.positive() ? 1 : 0); // gradient of the log-loss in z
                for (int k = 0; k < x.index().length; k++) {
                    int j = x.index()[k];
                    double g = err * x.value()[k] + (j == PairFeatures.BIAS ? 0 : lambda * w[j]);
                    w[j] -= step * g;
                    int sign = UNCONSTRAINED ? 0 : PairFeatures.sign(j);
                    if (sign > 0 && w[j] < 0 || sign < 0 && w[j] > 0) w[j] = 0;
                }
            }
        }
        float[] out = new float[w.length];
        for (int j = 0; j < w.length; j++) out[j] = Math.abs(w[j]) < 1e-4 ? 0f : (float) w[j];
        return out;
    }

    static double dot(float[] w, Example x) {
        double z = 0;
        for (int k = 0; k < x.index().length; k++) z += w[x.index()[k]] * x.value()[k];
        return z;
    }
}
