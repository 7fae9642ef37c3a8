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
 *   java -cp target/classes org.isnad.review.clustering.MatcherEvaluation [dataDir] [--tune]
 * </pre>
 * Positive class = {@code agree} (paraphrase); {@code disagree} and {@code other} are negatives.
 * With {@code --tune} it grid-searches weight/threshold/guard switches on the TRAIN split only and
 * then reports that configuration on train and dev; without it, it reports {@link ClaimMatcher.Config#DEFAULT}.
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

    public static void main(String[] args) throws IOException {
        // the shared data sits beside the repository (../shared); run from the repository or the module
        Path dir = java.nio.file.Files.isDirectory(Path.of("../shared/data/ans")) ? Path.of("../shared/data/ans")
                : Path.of("../../shared/data/ans");
        boolean tune = false;
        for (String a : args) {
            if (a.equals("--tune")) tune = true;
            else dir = Path.of(a);
        }
        List<Pair> train = load(dir.resolve("stance-train.csv"));
        List<Pair> dev = load(dir.resolve("stance-dev.csv"));
        System.out.printf("train pairs: %d, dev pairs: %d%n", train.size(), dev.size());

        ClaimMatcher.Config none = new ClaimMatcher.Config(0.0, 0.2, 0);
        System.out.println("baseline char-3gram Jaccard >= 0.2, no guards:");
        System.out.println("  train " + score(new ClaimMatcher(none), train));
        System.out.println("  dev   " + score(new ClaimMatcher(none), dev));

        ClaimMatcher.Config cfg = tune ? tune(train) : ClaimMatcher.Config.DEFAULT;
        ClaimMatcher m = new ClaimMatcher(cfg);
        System.out.println((tune ? "tuned on train: " : "default: ") + cfg);
        System.out.println("  train " + score(m, train));
        System.out.println("  dev   " + score(m, dev));

        System.out.println("ablation on dev (same weight/threshold):");
        System.out.println("  no guards         " + score(new ClaimMatcher(new ClaimMatcher.Config(cfg.tokenWeight(), cfg.threshold(), 0)), dev));
        String[] names = {"negation", "numbers", "polarity", "entity-swap", "entity-one-sided", "substitution"};
        for (int bit = 0; bit < names.length; bit++) {
            int g = cfg.guards() ^ (1 << bit);
            System.out.printf("  %s %-16s %s%n", (g & (1 << bit)) != 0 ? "+" : "-", names[bit],
                    score(new ClaimMatcher(new ClaimMatcher.Config(cfg.tokenWeight(), cfg.threshold(), g)), dev));
        }
        throughput(m, train);
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
        int tp = 0, fp = 0, fn = 0, dm = 0, dis = 0, agr = 0;
        for (Pair p : pairs) {
            boolean same = m.match(p.a(), p.b()).sameClaim();
            boolean pos = p.stance().equals("agree");
            if (pos) agr++;
            if (p.stance().equals("disagree")) {
                dis++;
                if (same) dm++;
            }
            if (same && pos) tp++;
            else if (same) fp++;
            else if (pos) fn++;
        }
        return new Scores(tp, fp, fn, dm, dis, agr);
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
            fired[i] = ClaimMatcher.guards(p.a(), p.b(), 63, null);
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
        long pn = 0, p0 = System.nanoTime();
        while (System.nanoTime() - p0 < 1_000_000_000L) {
            for (Pair p : pairs) {
                sink += m.match(p.a(), p.b()).sameClaim() ? 1 : 0;
                pn++;
            }
        }
        double pwall = (System.nanoTime() - p0) / 1e9;
        System.out.printf("throughput, 1 thread, match(String,String) incl. preprocessing: %.0f pairs/s wall, "
                + "%.0f pairs per CPU-second; match(PreparedClaim,PreparedClaim): %.0f pairs/s wall [%d]%n",
                n / wall, n / cpu, pn / pwall, sink % 2);
    }
}
