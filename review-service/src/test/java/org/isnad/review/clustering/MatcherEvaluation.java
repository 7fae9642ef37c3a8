package org.isnad.review.clustering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates {@link ClaimMatcher} on the ANS stance pairs.
 * <pre>
 *   ./mvnw -q -pl review-service test-compile exec:java -Dexec.classpathScope=test \
 *       -Dexec.mainClass=org.isnad.review.clustering.MatcherEvaluation [-Dexec.args="[dataDir] [--tune|--throughput]"]
 * </pre>
 * Positive class = {@code agree} (paraphrase); {@code disagree} and {@code other} are negatives.
 * Reports the hand-tuned rules (with {@code --tune}: re-grid-searched on train), the shipped trained
 * classifier (grouped 5-fold CV on train, fit on train, dev), an ablation trained without the learned
 * difference features, and throughput of both ({@code --throughput}: only that, twice, train pairs, no
 * dev). Every run that prints dev figures is a dev evaluation:
 * docs/agreement-and-claim-matching.md counts them.
 */
public final class MatcherEvaluation {

    record Pair(PreparedClaim a, PreparedClaim b, String stance) {
    }

    record Scores(int tp, int fp, int fn, int disagreeMatched, int disagree, int agree) {
        double precision() { return tp + fp == 0 ? 0 : (double) tp / (tp + fp); }
        double recall() { return tp + fn == 0 ? 0 : (double) tp / (tp + fn); }
        double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        double contradictionFalseMatch() { return disagree == 0 ? 0 : (double) disagreeMatched / disagree; }

        @Override
        public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d of %d agree) | disagree matched: %d/%d = %.3f",
                    precision(), recall(), f1(), tp, fp, fn, agree, disagreeMatched, disagree, contradictionFalseMatch());
        }
    }

    /** Counts decisions into {@link Scores}. */
    static final class Tally {
        private int tp, fp, fn, dm, dis, agr;

        void add(String stance, boolean same) {
            boolean pos = stance.equals("agree");
            if (pos) agr++;
            if (stance.equals("disagree")) {
                dis++;
                if (same) dm++;
            }
            if (same && pos) tp++;
            else if (same) fp++;
            else if (pos) fn++;
        }

        Scores scores() {
            return new Scores(tp, fp, fn, dm, dis, agr);
        }
    }

    /** The shared data sits beside the repository (../shared); run from the repository or the module. */
    static Path dataDir(String[] args) {
        for (String a : args) if (!a.startsWith("--")) return Path.of(a);
        return Files.isDirectory(Path.of("../shared/data/ans")) ? Path.of("../shared/data/ans") : Path.of("../../shared/data/ans");
    }

    public static void main(String[] args) throws IOException {
        Path dir = dataDir(args);
        boolean tune = List.of(args).contains("--tune");
        List<Pair> train = load(dir.resolve("stance-train.csv"));
        if (List.of(args).contains("--throughput")) { // no dev figures: does not count as a dev evaluation
            for (int rep = 0; rep < 2; rep++) {
                System.out.print("rules:      ");
                throughput(new ClaimMatcher(ClaimMatcher.Config.DEFAULT), train);
                System.out.print("classifier: ");
                throughput(new ClaimMatcher(), train);
            }
            return;
        }
        List<Pair> dev = load(dir.resolve("stance-dev.csv"));
        System.out.printf("train pairs: %d, dev pairs: %d%n", train.size(), dev.size());

        ClaimMatcher.Config cfg = tune ? tune(train) : ClaimMatcher.Config.DEFAULT;
        ClaimMatcher rules = new ClaimMatcher(cfg);
        System.out.println("hand-tuned rules " + (tune ? "(re-tuned on train) " : "") + cfg + ":");
        System.out.println("  train " + score(rules, train));
        System.out.println("  dev   " + score(rules, dev));

        ClaimMatcher model = new ClaimMatcher();
        if (!model.trained()) throw new IllegalStateException("shipped model missing: run PairModelTraining");
        List<PairModelTraining.Example> ex = PairModelTraining.featurize(train, true, PairModelTraining.DERIVE);
        PairModelTraining.Choice c = PairModelTraining.search(ex, false);
        System.out.println("trained classifier (shipped " + PairModel.RESOURCE + "):");
        System.out.printf("  train %d-fold grouped CV (%s): %s%n", PairModelTraining.FOLDS, describe(c), c.cv());
        System.out.println("  train (fit) " + score(model, train));
        System.out.println("  dev         " + score(model, dev));

        List<PairModelTraining.Example> plain = PairModelTraining.featurize(train, false, PairModelTraining.DERIVE);
        PairModelTraining.Choice pc = PairModelTraining.search(plain, false);
        ClaimMatcher ablated = new ClaimMatcher(ClaimMatcher.Config.DEFAULT,
                new PairModel(PairModelTraining.fit(plain, pc.rate(), pc.lambda(), pc.epochs()), pc.threshold()));
        System.out.println("ablation: same classifier without learned difference features (word/pair hashes):");
        System.out.printf("  train CV (%s): %s%n", describe(pc), pc.cv());
        System.out.println("  dev      " + score(ablated, dev));

        System.out.print("rules:      ");
        throughput(rules, train);
        System.out.print("classifier: ");
        throughput(model, train);
    }

    private static String describe(PairModelTraining.Choice c) {
        return String.format("rate %s, lambda %s, epochs %d, threshold %.2f", c.rate(), c.lambda(), c.epochs(), c.threshold());
    }

    static List<Pair> load(Path p) throws IOException {
        List<Pair> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            // The ANS files contain no quoted fields; the label is after the last comma.
            String line = lines.get(i);
            int c2 = line.lastIndexOf(','), c1 = c2 < 0 ? -1 : line.lastIndexOf(',', c2 - 1);
            if (c1 < 0) continue;
            out.add(new Pair(PreparedClaim.of(line.substring(0, c1)), PreparedClaim.of(line.substring(c1 + 1, c2)),
                    line.substring(c2 + 1).trim()));
        }
        return out;
    }

    static Scores score(ClaimMatcher m, List<Pair> pairs) {
        Tally t = new Tally();
        for (Pair p : pairs) t.add(p.stance(), m.match(p.a(), p.b()).sameClaim());
        return t.scores();
    }

    /**
     * Grid search on train only: guard subsets × token weight × threshold, maximising F1 on the
     * paraphrase class. Features are computed once per pair, so the sweep is cheap.
     */
    static ClaimMatcher.Config tune(List<Pair> train) {
        int n = train.size();
        double[] tok = new double[n], chr = new double[n];
        int[] fired = new int[n];
        boolean[] pos = new boolean[n];
        for (int i = 0; i < n; i++) {
            Pair p = train.get(i);
            tok[i] = ClaimMatcher.similarity(p.a(), p.b(), 1.0);
            chr[i] = ClaimMatcher.similarity(p.a(), p.b(), 0.0);
            fired[i] = ClaimMatcher.guards(p.a(), p.b(), ClaimMatcher.ALL_GUARDS, null);
            pos[i] = p.stance().equals("agree");
        }
        ClaimMatcher.Config best = null;
        double bestF1 = -1;
        for (int mask = 0; mask < 64; mask++) {
            for (int wi = 0; wi <= 10; wi++) {
                double w = wi / 10.0;
                for (int ti = 5; ti <= 80; ti++) {
                    double t = ti / 100.0;
                    int tp = 0, fp = 0, fn = 0;
                    for (int i = 0; i < n; i++) {
                        boolean same = (fired[i] & mask) == 0 && w * tok[i] + (1 - w) * chr[i] >= t;
                        if (same && pos[i]) tp++;
                        else if (same) fp++;
                        else if (pos[i]) fn++;
                    }
                    double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
                    if (f1 > bestF1 + 1e-9) {
                        bestF1 = f1;
                        best = new ClaimMatcher.Config(w, t, mask);
                    }
                }
            }
        }
        return best;
    }

    /**
     * Reports wall-clock and thread-CPU throughput: our CI boxes are shared, so the CPU-time figure
     * is the one that says how fast a single dedicated core would be.
     */
    static void throughput(ClaimMatcher m, List<Pair> pairs) {
        List<String[]> raw = new ArrayList<>();
        for (Pair p : pairs) raw.add(new String[] {p.a().normalizedText(), p.b().normalizedText()});
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int rep = 0; rep < 5; rep++) for (String[] r : raw) sink += m.match(r[0], r[1]).reasons().size(); // JIT warm-up
        long n = 0, t0 = System.nanoTime(), c0 = bean.getCurrentThreadCpuTime();
        while (System.nanoTime() - t0 < 3_000_000_000L) {
            for (String[] r : raw) {
                sink += m.match(r[0], r[1]).sameClaim() ? 1 : 0;
                n++;
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9, cpu = (bean.getCurrentThreadCpuTime() - c0) / 1e9;
        long pn = 0, p0 = System.nanoTime(), pc0 = bean.getCurrentThreadCpuTime();
        while (System.nanoTime() - p0 < 2_000_000_000L) {
            for (Pair p : pairs) {
                sink += m.match(p.a(), p.b()).sameClaim() ? 1 : 0;
                pn++;
            }
        }
        double pwall = (System.nanoTime() - p0) / 1e9, pcpu = (bean.getCurrentThreadCpuTime() - pc0) / 1e9;
        System.out.printf("throughput, 1 thread, match(String,String) incl. preprocessing: %.0f pairs/s wall, "
                + "%.0f pairs per CPU-second; match(PreparedClaim,PreparedClaim): %.0f pairs/s wall, "
                + "%.0f pairs per CPU-second [%d]%n", n / wall, n / cpu, pn / pwall, pn / pcpu, sink % 2);
    }
}
