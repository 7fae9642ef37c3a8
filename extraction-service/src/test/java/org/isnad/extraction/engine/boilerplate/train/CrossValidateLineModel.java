package org.isnad.extraction.engine.boilerplate.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Leave-one-split-out cross-validation of the furniture model over the gold splits: for each split, train on the
 * other nineteen and score the left-out split's lines; the model acts only on lines the rules left as content (never
 * the title line), exactly as in the engine. Prints a threshold sweep (pooled) and the per-split table at the chosen
 * threshold: the lowest threshold of the sweep at which the pooled CV loses no gold claim and no gold entity form.
 *
 * <p>{@code ./mvnw -q -o -pl extraction-service test-compile exec:java
 * -Dexec.mainClass=org.isnad.extraction.engine.boilerplate.train.CrossValidateLineModel -Dexec.classpathScope=test
 * [-Dexec.args="0.9"]} (an argument fixes the threshold of the per-split table; {@code -v} lists the lines).
 */
public final class CrossValidateLineModel {

    private CrossValidateLineModel() {
    }

    /** Line-level counts for one split (or pooled) at one threshold. */
    static final class Counts {
        int goldLines; // positive lines (gold B), title excluded
        int rulesMissed; // positive lines the rules left as content: the rules-only leaks of this frame
        int caught; // of those, caught by the model
        int contentRemoved; // non-positive lines the rules kept that the model removes
        int claimsLost;
        int entitiesLost;
        int entityLinesRemoved;
        int aloneFlagged; // classifier alone, every line but the title
        int aloneTrue;
        int ruledPositives; // positive lines the rules did catch
        int ruledPositivesFlagged; // ... that the classifier alone flags too

        void add(Counts o) {
            goldLines += o.goldLines;
            rulesMissed += o.rulesMissed;
            caught += o.caught;
            contentRemoved += o.contentRemoved;
            claimsLost += o.claimsLost;
            entitiesLost += o.entitiesLost;
            entityLinesRemoved += o.entityLinesRemoved;
            aloneFlagged += o.aloneFlagged;
            aloneTrue += o.aloneTrue;
            ruledPositives += o.ruledPositives;
            ruledPositivesFlagged += o.ruledPositivesFlagged;
        }
    }

    public static void main(String[] args) throws IOException {
        double fixed = Double.NaN;
        boolean verbose = false;
        for (String a : args) {
            if (a.equals("-v")) {
                verbose = true;
            } else {
                fixed = Double.parseDouble(a);
            }
        }
        List<GoldLines.Article> all = GoldLines.load(GoldLines.SPLITS);
        // out-of-fold probability of every line
        List<double[]> oof = new ArrayList<>();
        for (GoldLines.Article a : all) {
            oof.add(new double[a.lines()]);
        }
        for (String split : GoldLines.SPLITS) {
            List<GoldLines.Article> train = all.stream().filter(a -> !a.split().equals(split)).toList();
            float[] w = LogisticLearner.train(train);
            for (int i = 0; i < all.size(); i++) {
                GoldLines.Article a = all.get(i);
                if (a.split().equals(split)) {
                    for (int k = 0; k < a.lines(); k++) {
                        oof.get(i)[k] = LogisticLearner.probability(w, a.idx()[k], a.val()[k]);
                    }
                }
            }
        }
        System.out.println("threshold sweep (pooled over the 20 left-out splits)");
        System.out.println("  thr  goldB rulesMissed caught contentRemoved claimsLost entitiesLost entLines"
                + "  alone:P  alone:R  alone:R(on rule-caught)");
        double chosen = Double.NaN;
        for (int t = 50; t <= 99; t++) {
            double thr = t / 100.0;
            Counts c = count(all, oof, thr, null);
            if (t % 5 == 0 || t >= 90) {
                printSweep(thr, c);
            }
            if (Double.isNaN(chosen) && c.claimsLost == 0 && c.entitiesLost == 0) {
                chosen = thr;
            }
        }
        double thr = Double.isNaN(fixed) ? chosen : fixed;
        System.out.printf(Locale.ROOT, "%nper split at threshold %.2f (%s)%n", thr,
                Double.isNaN(fixed) ? "lowest with 0 claims and 0 entities lost pooled" : "given");
        System.out.println("split       goldB rulesMissed caught contentRemoved claimsLost entitiesLost  alone:P  alone:R"
                + "  alone:R(rule-caught)");
        Counts pooled = new Counts();
        for (String split : GoldLines.SPLITS) {
            Counts c = count(all, oof, thr, split);
            pooled.add(c);
            printRow(split, c);
        }
        printRow("POOLED", pooled);
        if (verbose) {
            listLines(all, oof, thr);
        }
    }

    static Counts count(List<GoldLines.Article> all, List<double[]> oof, double thr, String split) {
        Counts c = new Counts();
        for (int i = 0; i < all.size(); i++) {
            GoldLines.Article a = all.get(i);
            if (split != null && !a.split().equals(split)) {
                continue;
            }
            double[] p = oof.get(i);
            boolean[] removed = new boolean[a.lines()];
            Set<Integer> claims = new HashSet<>();
            for (int k = 1; k < a.lines(); k++) {
                boolean pos = a.label()[k] == GoldLines.POSITIVE;
                boolean flag = p[k] >= thr;
                c.goldLines += pos ? 1 : 0;
                c.aloneFlagged += flag ? 1 : 0;
                c.aloneTrue += flag && pos ? 1 : 0;
                if (a.ruled()[k]) {
                    c.ruledPositives += pos ? 1 : 0;
                    c.ruledPositivesFlagged += pos && flag ? 1 : 0;
                    continue;
                }
                c.rulesMissed += pos ? 1 : 0;
                if (!flag) {
                    continue;
                }
                removed[k] = true;
                c.caught += pos ? 1 : 0;
                c.contentRemoved += pos ? 0 : 1;
                c.entityLinesRemoved += !pos && a.entities()[k].length > 0 ? 1 : 0;
                for (int cl : a.claims()[k]) {
                    claims.add(cl);
                }
            }
            c.claimsLost += claims.size();
            c.entitiesLost += entitiesLost(a, removed);
        }
        return c;
    }

    /**
     * Entity forms found on some content line (kept by the rules, not gold furniture), and on no such line the model
     * leaves. A form that also sits on a furniture line the model removes is not lost: that occurrence was a leak.
     */
    private static int entitiesLost(GoldLines.Article a, boolean[] removed) {
        boolean[] kept = new boolean[a.entityForms()];
        boolean[] seen = new boolean[a.entityForms()];
        for (int k = 0; k < a.lines(); k++) {
            if (a.ruled()[k] || a.label()[k] == GoldLines.POSITIVE) {
                continue;
            }
            for (int e : a.entities()[k]) {
                seen[e] = true;
                kept[e] |= !removed[k];
            }
        }
        int lost = 0;
        for (int e = 0; e < kept.length; e++) {
            lost += seen[e] && !kept[e] ? 1 : 0;
        }
        return lost;
    }

    private static void printSweep(double thr, Counts c) {
        System.out.printf(Locale.ROOT, "  %.2f %5d %11d %6d %14d %10d %12d %8d  %7.3f  %7.3f  %7.3f%n", thr, c.goldLines,
                c.rulesMissed, c.caught, c.contentRemoved, c.claimsLost, c.entitiesLost, c.entityLinesRemoved,
                ratio(c.aloneTrue, c.aloneFlagged), ratio(c.aloneTrue, c.goldLines),
                ratio(c.ruledPositivesFlagged, c.ruledPositives));
    }

    private static void printRow(String name, Counts c) {
        System.out.printf(Locale.ROOT, "%-10s %6d %11d %6d %14d %10d %12d  %7.3f  %7.3f  %7.3f%n", name, c.goldLines,
                c.rulesMissed, c.caught, c.contentRemoved, c.claimsLost, c.entitiesLost,
                ratio(c.aloneTrue, c.aloneFlagged), ratio(c.aloneTrue, c.goldLines),
                ratio(c.ruledPositivesFlagged, c.ruledPositives));
    }

    private static void listLines(List<GoldLines.Article> all, List<double[]> oof, double thr) {
        for (int i = 0; i < all.size(); i++) {
            GoldLines.Article a = all.get(i);
            for (int k = 1; k < a.lines(); k++) {
                boolean pos = a.label()[k] == GoldLines.POSITIVE;
                double p = oof.get(i)[k];
                String tag = a.ruled()[k] ? null : pos && p >= thr ? "CAUGHT" : pos ? "MISSED" : p >= thr ? "WRONG"
                        : null;
                if (tag != null) {
                    String l = a.low()[k];
                    System.out.printf(Locale.ROOT, "  %-6s %s/%s %.2f %s%n", tag, a.split(), a.name(), p,
                            l.length() > 110 ? l.substring(0, 110) + "…" : l);
                }
            }
        }
    }

    static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }
}
