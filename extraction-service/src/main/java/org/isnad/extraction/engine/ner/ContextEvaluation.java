package org.isnad.extraction.engine.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluation of the two-stage (first stage + {@link ContextStage}) tagger, called by {@link NerEvaluation} when
 * {@code --context N} is set. Test folds are tagged as contiguous documents (windows never leave the fold).
 * CV: the context stage of fold k is trained on the first-stage scores of the other folds, each scored by its own
 * fold model (standard stacking shortcut: those fold models saw fold k's labels, never its context-stage use).
 * Hold-out: exactly the shipped pipeline (nested jack-knife inside the 90%). With {@code --oof-cache file} the
 * first-stage scores are stored/reused, so context-stage variants are compared in seconds.
 */
final class ContextEvaluation {
    private ContextEvaluation() {
    }

    static NerScores[] run(List<NerCorpus.Sentence> all, String mode, int folds, NerTraining.Config cfg, Path cache,
                           PrintStream out) throws IOException {
        List<ContextTraining.Block> blocks = cache != null && Files.exists(cache) ? readBlocks(cache) : null;
        if (blocks == null) {
            blocks = new ArrayList<>();
            if (mode.equals("holdout")) {
                int cut = (int) Math.round(all.size() * 0.9);
                ContextTraining.Stacked st = ContextTraining.trainStacked(all.subList(0, cut), cfg, out);
                blocks.addAll(st.outOfFold());
                blocks.add(ContextTraining.block(st.model(), all.subList(cut, all.size())));
            } else {
                for (int k = 0; k < folds; k++) {
                    int from = all.size() * k / folds, to = all.size() * (k + 1) / folds;
                    List<NerCorpus.Sentence> train = new ArrayList<>(all.subList(0, from));
                    train.addAll(all.subList(to, all.size()));
                    out.printf("fold %d: test sentences [%d, %d)%n", k + 1, from, to);
                    blocks.add(ContextTraining.block(NerTraining.train(train, cfg, out), all.subList(from, to)));
                }
            }
            if (cache != null) {
                writeBlocks(cache, blocks);
            }
        }
        NerScores stage1 = new NerScores(), stage2 = new NerScores();
        long[][] seen = new long[2][8]; // [stage][type * 2 + unseen]: found entities; SEEN_TOTAL: all
        if (mode.equals("holdout")) {
            List<ContextTraining.Block> train = blocks.subList(0, blocks.size() - 1);
            ContextStage cs = ContextTraining.train(train, cfg, out);
            Set<Long> known = entities(train);
            score(null, blocks.get(blocks.size() - 1), stage1, known, seen[0]);
            score(cs, blocks.get(blocks.size() - 1), stage2, known, seen[1]);
        } else {
            for (int k = 0; k < blocks.size(); k++) {
                List<ContextTraining.Block> others = new ArrayList<>(blocks);
                others.remove(k);
                ContextStage cs = ContextTraining.train(others, cfg, null);
                Set<Long> known = entities(others);
                NerScores s1 = new NerScores(), s2 = new NerScores();
                score(null, blocks.get(k), s1, known, seen[0]);
                score(cs, blocks.get(k), s2, known, seen[1]);
                out.printf("fold %d: P/L/O micro-F1 first stage %.4f, with context %.4f%n", k + 1, s1.microPlo(),
                    s2.microPlo());
                stage1.addAll(s1);
                stage2.addAll(s2);
            }
        }
        stage1.print(out, "first stage only (same first-stage models)");
        for (int t = 0; t < 3; t++) {
            long[] g = goldSeen[t];
            out.printf("  %-5s recall seen/unseen in training (lexical keys): first stage %.3f / %.3f, with context"
                + " %.3f / %.3f (%d / %d entities)%n", NerModel.TYPES[t], seen[0][2 * t] / (double) g[0],
                seen[0][2 * t + 1] / (double) g[1], seen[1][2 * t] / (double) g[0], seen[1][2 * t + 1] / (double) g[1],
                g[0], g[1]);
        }
        return new NerScores[] {stage1, stage2};
    }

    private static final long[][] goldSeen = new long[4][2];

    /** Hashes of (lexical keys of the span, type) of the gold entities of blocks. */
    private static Set<Long> entities(List<ContextTraining.Block> blocks) {
        Set<Long> out = new HashSet<>();
        for (ContextTraining.Block b : blocks) {
            for (int s = 0; s < b.gold().length; s++) {
                for (int[] sp : NerModel.spans(b.gold()[s])) {
                    out.add(entityKey(b.keys()[s], sp));
                }
            }
        }
        return out;
    }

    private static long entityKey(long[] keys, int[] sp) {
        long h = sp[2];
        for (int i = sp[0]; i < sp[1]; i++) {
            h = Hash.pair(h, keys[i]);
        }
        return h;
    }

    private static void score(ContextStage cs, ContextTraining.Block b, NerScores s, Set<Long> known, long[] found) {
        int[][] tags = ContextTraining.decode(cs, b);
        for (int k = 0; k < tags.length; k++) {
            int[][] gold = NerModel.spans(b.gold()[k]);
            int[][] pred = NerModel.spans(tags[k]);
            s.add(gold, pred);
            for (int[] g : gold) {
                int u = known.contains(entityKey(b.keys()[k], g)) ? 0 : 1;
                if (cs == null) {
                    goldSeen[g[2]][u]++;
                }
                for (int[] p : pred) {
                    if (java.util.Arrays.equals(g, p)) {
                        found[2 * g[2] + u]++;
                    }
                }
            }
        }
    }

    static void writeBlocks(Path file, List<ContextTraining.Block> blocks) throws IOException {
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            o.writeInt(blocks.size());
            for (ContextTraining.Block b : blocks) {
                for (float f : b.trans1()) {
                    o.writeFloat(f);
                }
                o.writeInt(b.gold().length);
                for (int s = 0; s < b.gold().length; s++) {
                    o.writeInt(b.gold()[s].length);
                    for (int i = 0; i < b.gold()[s].length; i++) {
                        o.writeInt(b.gold()[s][i]);
                        o.writeLong(b.keys()[s][i]);
                    }
                    for (float f : b.em1()[s]) {
                        o.writeFloat(f);
                    }
                }
            }
        }
    }

    static List<ContextTraining.Block> readBlocks(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int nb = in.readInt();
            List<ContextTraining.Block> out = new ArrayList<>(nb);
            for (int k = 0; k < nb; k++) {
                float[] tr = new float[(NerModel.T + 1) * NerModel.T];
                for (int i = 0; i < tr.length; i++) {
                    tr[i] = in.readFloat();
                }
                int d = in.readInt();
                float[][] em = new float[d][];
                int[][] gold = new int[d][];
                long[][] keys = new long[d][];
                for (int s = 0; s < d; s++) {
                    int n = in.readInt();
                    gold[s] = new int[n];
                    keys[s] = new long[n];
                    for (int i = 0; i < n; i++) {
                        gold[s][i] = in.readInt();
                        keys[s][i] = in.readLong();
                    }
                    em[s] = new float[n * NerModel.T];
                    for (int i = 0; i < em[s].length; i++) {
                        em[s][i] = in.readFloat();
                    }
                }
                out.add(new ContextTraining.Block(em, tr, gold, keys));
            }
            return out;
        }
    }
}
