package org.isnad.extraction.engine.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Training of the document-level {@link ContextStage} on out-of-fold first-stage scores. */
final class ContextTraining {
    private ContextTraining() {
    }

    static final int T = NerModel.T;

    /**
     * Contiguous sentences scored by one first-stage model that never saw them: emission scores, that model's
     * transitions, gold tags and lexical keys.
     */
    record Block(float[][] em1, float[] trans1, int[][] gold, long[][] keys) {
        int[][] stage1Tags() {
            int[][] t = new int[em1.length][];
            for (int s = 0; s < t.length; s++) {
                t[s] = NerModel.viterbi(em1[s], gold[s].length, trans1);
            }
            return t;
        }
    }

    /** The first stage plus the context stage trained on its jack-knifed scores. */
    record Stacked(NerModel model, ContextStage context, List<Block> outOfFold) {
    }

    /** Scores sentences with a first-stage model. */
    static Block block(NerModel m, List<NerCorpus.Sentence> sentences) {
        int d = sentences.size();
        float[][] em = new float[d][];
        int[][] gold = new int[d][];
        long[][] keys = new long[d][];
        for (int s = 0; s < d; s++) {
            FeatureExtractor.Prepared p = m.extractor.prepare(sentences.get(s).tokenList());
            em[s] = m.emissions(p);
            gold[s] = sentences.get(s).tags();
            keys[s] = p.hKey;
        }
        return new Block(em, m.trans, gold, keys);
    }

    /**
     * Jack-knifed first stage (cfg.jackknifeParts contiguous parts), the context stage and the span temperature
     * trained/calibrated on their out-of-fold scores, then the first stage on all sentences.
     */
    static Stacked trainStacked(List<NerCorpus.Sentence> train, NerTraining.Config cfg, PrintStream log)
        throws IOException {
        int parts = Math.max(2, cfg.jackknifeParts);
        int n = train.size();
        List<Block> oof = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts), to = (int) ((long) n * (p + 1) / parts);
            List<NerCorpus.Sentence> others = new ArrayList<>(train.subList(0, from));
            others.addAll(train.subList(to, n));
            oof.add(block(NerTraining.train(others, cfg, null), train.subList(from, to)));
            if (log != null) {
                log.printf("context stage: first stage for part %d/%d scored%n", p + 1, parts);
            }
        }
        ContextStage cs = train(oof, cfg, log);
        NerTraining.Config full = cfg.copy();
        full.temperature = calibrateTemperature(cs, oof);
        if (log != null) {
            log.printf("context stage: calibrated span temperature %.3f on the out-of-fold scores%n", full.temperature);
        }
        return new Stacked(NerTraining.train(train, full, log), cs, oof);
    }

    /** Log-loss training of the context stage on out-of-fold blocks (see {@link #trainLogLoss}). */
    static ContextStage train(List<Block> blocks, NerTraining.Config cfg, PrintStream log) {
        List<float[]> em1 = new ArrayList<>();
        List<float[]> tr1 = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        List<int[][]> feats = new ArrayList<>();
        for (Block b : blocks) {
            int[][][] f = ContextStage.features(b.keys(), b.stage1Tags(), cfg.context);
            for (int s = 0; s < f.length; s++) {
                if (b.gold()[s].length > 0) {
                    em1.add(b.em1()[s]);
                    tr1.add(b.trans1());
                    gold.add(b.gold()[s]);
                    feats.add(f[s]);
                }
            }
        }
        float tau = cfg.contextTemperature > 0 ? cfg.contextTemperature
            : NerTraining.calibrateTemperature(em1, tr1, gold);
        if (log != null) {
            log.printf("context stage: %d sentences, first-stage temperature %.2f%n", gold.size(), tau);
        }
        return trainLogLoss(em1, tr1, gold, feats, cfg, tau, log);
    }

    /**
     * Log-loss (CRF) training of the context weights by averaged SGD with L2 decay: P(y) ∝ exp((em1 + Σ w) / τ)
     * with the first-stage transitions, τ the first stage's calibrated temperature; only the emission weights are
     * learned (the transition correction stays 0). A perceptron with the first-stage scores as offsets was worse
     * than the first stage alone: its margins (≈ 80) dwarf the context weights and its updates never settle.
     */
    private static ContextStage trainLogLoss(List<float[]> em1, List<float[]> tr1, List<int[]> gold,
                                             List<int[][]> feats, NerTraining.Config cfg, float tau, PrintStream log) {
        int nf = ContextStage.NUM_FEATURES;
        int[] order = Shuffle.identity(gold.size());
        Random rnd = new Random(cfg.seed ^ 0xC0E7L);
        double[] w = new double[nf * T];
        double[] avg = new double[nf * T];
        float[] wf = new float[nf * T];
        long steps = 0;
        double lr = cfg.contextStep;
        for (int ep = 0; ep < cfg.contextEpochs; ep++) {
            Shuffle.inPlace(order, rnd);
            double nll = 0;
            for (int idx : order) {
                int[] g = gold.get(idx);
                int[][] fs = feats.get(idx);
                int n = g.length;
                for (int k = 0; k < wf.length; k++) {
                    wf[k] = (float) w[k];
                }
                double[] marg = ChainMarginals.marginals(ContextStage.apply(em1.get(idx), fs, wf), n, tr1.get(idx), tau);
                for (int i = 0; i < n; i++) {
                    double z = 0;
                    for (int y = 0; y < T; y++) {
                        z += marg[i * T + y];
                    }
                    nll -= Math.log(Math.max(1e-12, marg[i * T + g[i]] / z));
                    for (int f : fs[i]) {
                        if (f < 0) {
                            break;
                        }
                        for (int y = 0; y < T; y++) {
                            double grad = (y == g[i] ? 1 : 0) - marg[i * T + y] / z;
                            w[f * T + y] += lr * grad - lr * cfg.contextL2 * w[f * T + y];
                        }
                    }
                }
                steps++;
                for (int k = 0; k < w.length; k++) {
                    avg[k] += (w[k] - avg[k]) / steps;
                }
            }
            if (log != null) {
                log.printf("  context epoch %d: token NLL %.1f%n", ep + 1, nll);
            }
        }
        float[] aw = new float[w.length];
        for (int k = 0; k < w.length; k++) {
            aw[k] = Float.float16ToFloat(Float.floatToFloat16((float) avg[k]));
        }
        return new ContextStage(cfg.context, aw, new float[(T + 1) * T]);
    }

    /** Second-stage tags of a block; with a null stage, the first-stage tags. */
    static int[][] decode(ContextStage cs, Block b) {
        int[][] tags1 = b.stage1Tags();
        if (cs == null) {
            return tags1;
        }
        int[][][] f = ContextStage.features(b.keys(), tags1, cs.window);
        float[] tr = cs.transitions(b.trans1());
        int[][] out = new int[tags1.length][];
        for (int s = 0; s < out.length; s++) {
            out[s] = NerModel.viterbi(ContextStage.apply(b.em1()[s], f[s], cs.weights), tags1[s].length, tr);
        }
        return out;
    }

    /** Temperature minimising the gold-tag NLL of the second-stage scores on the out-of-fold blocks. */
    static float calibrateTemperature(ContextStage cs, List<Block> blocks) {
        List<float[]> ems = new ArrayList<>();
        List<float[]> trs = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (Block b : blocks) {
            int[][][] f = ContextStage.features(b.keys(), b.stage1Tags(), cs.window);
            float[] tr = cs.transitions(b.trans1());
            for (int s = 0; s < f.length; s++) {
                ems.add(ContextStage.apply(b.em1()[s], f[s], cs.weights));
                trs.add(tr);
                gold.add(b.gold()[s]);
            }
        }
        return NerTraining.calibrateTemperature(ems, trs, gold);
    }
}
