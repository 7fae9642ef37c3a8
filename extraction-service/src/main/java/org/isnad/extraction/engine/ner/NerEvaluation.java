package org.isnad.extraction.engine.ner;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-validation / hold-out evaluation of the ANERcorp NER on the train split only (the official test split is
 * never used). Folds are contiguous blocks of sentences (document-like), not random shuffles. Scores are CoNLL exact
 * span match; the headline figure is micro-F1 over PERS, LOC and ORG.
 *
 * <pre>
 * java ... NerEvaluation [--mode cv|holdout] [--folds 5] [--data train.txt] [--epochs N] [--learner perceptron|crf]
 *                        [--no-hand] [--no-wojood] [--no-train-gaz] [--min-count N] [--prune X] [--errors file] [--engine-gaz]
 * </pre>
 */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        Path data = SharedData.data("anercorp/train.txt");
        String mode = "cv";
        int folds = 5;
        String errors = null;
        Path oofCache = null;
        NerTraining.Config cfg = NerTraining.defaultConfig();
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--data" -> data = Path.of(args[++a]);
                case "--mode" -> mode = args[++a];
                case "--folds" -> folds = Integer.parseInt(args[++a]);
                case "--errors" -> errors = args[++a];
                case "--oof-cache" -> oofCache = Path.of(args[++a]);
                default -> a = NerTraining.parseOption(cfg, args, a);
            }
        }
        PrintStream out = System.out;
        List<NerCorpus.Sentence> all = NerCorpus.readAnercorp(data);
        long tokens = all.stream().mapToLong(s -> s.tokens().length).sum();
        out.printf("data: %s — %d sentences, %d tokens; %s%n", data, all.size(), tokens, cfg);
        PrintWriter err = errors == null ? null
            : new PrintWriter(Files.newBufferedWriter(Path.of(errors), StandardCharsets.UTF_8));
        NerScores pooled = new NerScores();
        long t0 = System.nanoTime();
        if (cfg.context > 0) {
            pooled = ContextEvaluation.run(all, mode, folds, cfg, oofCache, out)[1];
            pooled.print(out, (mode.equals("holdout") ? "HOLDOUT" : folds + "-FOLD CV") + " with the context stage");
        } else if (mode.equals("holdout")) {
            int cut = (int) Math.round(all.size() * 0.9);
            pooled.addAll(runFold(all.subList(0, cut), all.subList(cut, all.size()), cfg, out, err));
            pooled.print(out, "HOLDOUT (train first 90% of sentences, test last 10%)");
        } else {
            double[] foldF1 = new double[folds];
            for (int k = 0; k < folds; k++) {
                int from = all.size() * k / folds, to = all.size() * (k + 1) / folds;
                List<NerCorpus.Sentence> train = new ArrayList<>(all.subList(0, from));
                train.addAll(all.subList(to, all.size()));
                out.printf("fold %d: test sentences [%d, %d)%n", k + 1, from, to);
                NerScores s = runFold(train, all.subList(from, to), cfg, out, err);
                s.print(out, "fold " + (k + 1));
                foldF1[k] = s.microPlo();
                pooled.addAll(s);
            }
            pooled.print(out, folds + "-FOLD CV (pooled over folds)");
            double mean = 0, sd = 0;
            for (double f : foldF1) {
                mean += f / folds;
            }
            for (double f : foldF1) {
                sd += (f - mean) * (f - mean) / Math.max(1, folds - 1);
            }
            out.printf("  per-fold P/L/O micro-F1: %s  mean %.4f ± %.4f (sd)%n", java.util.Arrays.toString(
                java.util.Arrays.stream(foldF1).map(f -> Math.round(f * 10000) / 10000.0).toArray()), mean, Math.sqrt(sd));
        }
        for (int t = 0; t < 4; t++) {
            long[] q = SEEN_STATS[t];
            out.printf("  %-5s recall on entities seen in training %d/%d = %.3f, unseen %d/%d = %.3f%n", NerModel.TYPES[t],
                q[1], q[0] + q[1], q[1] / (double) Math.max(1, q[0] + q[1]), q[3], q[2] + q[3],
                q[3] / (double) Math.max(1, q[2] + q[3]));
        }
        for (int b = 0; b < O_BIAS_SWEEP.length; b++) {
            out.printf("  O-bias %.2f: P/L/O micro-F1 %.4f  all %.4f%n", O_BIAS_SWEEP[b], SWEEP[b].microPlo(), SWEEP[b].microAll());
        }
        out.printf("RESULT micro-F1 PERS/LOC/ORG = %.4f   (all 4 types = %.4f)   [%.0fs]%n", pooled.microPlo(),
            pooled.microAll(), (System.nanoTime() - t0) / 1e9);
        if (err != null) {
            err.close();
        }
    }

    static final double[] O_BIAS_SWEEP = java.util.Arrays.stream(System.getProperty("ner.obias.sweep", "").split(","))
        .filter(x -> !x.isBlank()).mapToDouble(Double::parseDouble).toArray();
    static final long[][] SEEN_STATS = new long[4][4];
    static final NerScores[] SWEEP = new NerScores[O_BIAS_SWEEP.length];

    static NerScores runFold(List<NerCorpus.Sentence> train, List<NerCorpus.Sentence> test, NerTraining.Config cfg,
                             PrintStream log, PrintWriter err) throws Exception {
        NerModel m = NerTraining.train(train, cfg, log);
        NerScores s = new NerScores();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (NerCorpus.Entity e : NerCorpus.entities(train)) {
            seen.add(String.join(" ", e.tokens()) + "|" + e.type());
        }
        for (NerCorpus.Sentence sent : test) {
            FeatureExtractor.Prepared prep = m.extractor.prepare(sent.tokenList());
            float[] em0 = m.emissions(prep);
            for (int b = 0; b < O_BIAS_SWEEP.length; b++) {
                float[] em = em0.clone();
                for (int i = 0; i < prep.n; i++) {
                    em[i * NerModel.T] -= (float) O_BIAS_SWEEP[b];
                }
                if (SWEEP[b] == null) {
                    SWEEP[b] = new NerScores();
                }
                SWEEP[b].add(sent.spans(), NerModel.spans(NerModel.viterbi(em, prep.n, m.trans)));
            }
            int[] pred = m.decode(prep);
            int[][] predSpans = NerModel.spans(pred);
            s.add(sent.spans(), predSpans);
            java.util.Set<String> ps = new java.util.HashSet<>();
            for (int[] sp : predSpans) {
                ps.add(sp[0] + ":" + sp[1] + ":" + sp[2]);
            }
            for (int[] sp : sent.spans()) {
                boolean isSeen = seen.contains(String.join(" ", java.util.Arrays.copyOfRange(sent.tokens(), sp[0], sp[1]))
                    + "|" + sp[2]);
                int b = (isSeen ? 0 : 2) + (ps.contains(sp[0] + ":" + sp[1] + ":" + sp[2]) ? 1 : 0);
                SEEN_STATS[sp[2]][b]++;
            }
            String[] g = NerCorpus.toBio(sent.spans(), pred.length);
            String[] pb = NerCorpus.toBio(predSpans, pred.length);
            if (err != null && !java.util.Arrays.equals(g, pb)) {
                for (int i = 0; i < pred.length; i++) {
                    err.printf("%s\t%s\t%s%s%n", sent.tokens()[i], g[i], pb[i], g[i].equals(pb[i]) ? "" : "\t<<<");
                }
                err.println();
            }
        }
        return s;
    }
}
