package org.isnad.extraction.engine.ner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The training pipeline shared by {@link NerTrainer} and {@link NerEvaluation}. */
final class NerTraining {
    private NerTraining() {
    }

    static final class Config {
        int epochs = 12;
        int jackknifeParts = 5;
        long seed = 20_240_617L;
        boolean handLexicon = true;
        boolean wojood = true;
        boolean trainingGazetteer = true;
        boolean vocabularyStats = true;
        boolean personList = true;
        boolean engineGazetteers = false;
        boolean charModel = true;
        int ensemble = 5;
        double wordDropout = 0.1;
        /** 0 = no Wojood sentences in training; 1 = plain; 2 = with domain-specific feature copies. */
        int wojoodTraining = 0;
        Path wojoodDir = SharedData.data("wojood");
        int minFeatureCount = 1;
        float pruneBelow = 1.0f;
        String learner = "perceptron";
        float temperature = 1f;
        double crfL2 = 1e-6;
        double crfRate = 0.1;
        /** Document-level context stage: sentences on each side (0 = off), perceptron epochs and step. */
        int context = 10;
        int contextEpochs = 3;
        float contextStep = 3f;
        /** Temperature of the context stage's log-loss; 0 = the first stage's, calibrated on out-of-fold scores. */
        float contextTemperature = 0f;
        double contextL2 = 0.003;

        Config copy() {
            Config c = new Config();
            c.epochs = epochs;
            c.jackknifeParts = jackknifeParts;
            c.seed = seed;
            c.handLexicon = handLexicon;
            c.wojood = wojood;
            c.trainingGazetteer = trainingGazetteer;
            c.vocabularyStats = vocabularyStats;
            c.personList = personList;
            c.engineGazetteers = engineGazetteers;
            c.charModel = charModel;
            c.ensemble = ensemble;
            c.wordDropout = wordDropout;
            c.wojoodTraining = wojoodTraining;
            c.wojoodDir = wojoodDir;
            c.minFeatureCount = minFeatureCount;
            c.pruneBelow = pruneBelow;
            c.learner = learner;
            c.temperature = temperature;
            c.crfL2 = crfL2;
            c.crfRate = crfRate;
            c.context = context;
            c.contextEpochs = contextEpochs;
            c.contextStep = contextStep;
            c.contextTemperature = contextTemperature;
            c.contextL2 = contextL2;
            return c;
        }

        @Override
        public String toString() {
            return "learner=" + learner + " epochs=" + epochs + " jackknife=" + jackknifeParts + " hand=" + handLexicon
                + " wojood=" + wojood + " trainGaz=" + trainingGazetteer + " stats=" + vocabularyStats + " personList=" + personList + " engineGaz=" + engineGazetteers + " charModel=" + charModel + " ensemble=" + ensemble + " wordDropout=" + wordDropout + " wojoodTraining=" + wojoodTraining + " minCount=" + minFeatureCount + " prune="
                + pruneBelow + " seed=" + seed + " context=" + context + "/" + contextEpochs + "/" + contextStep + "/" + contextTemperature + "/" + contextL2;
        }
    }

    /** The configuration used for the shipped model (see README-ner.md). */
    static Config defaultConfig() {
        return new Config();
    }

    /** Parses one model option at args[a]; returns the index of its last consumed argument. */
    static int parseOption(Config cfg, String[] args, int a) {
        switch (args[a]) {
            case "--epochs" -> cfg.epochs = Integer.parseInt(args[++a]);
            case "--learner" -> cfg.learner = args[++a];
            case "--no-hand" -> cfg.handLexicon = false;
            case "--no-wojood" -> cfg.wojood = false;
            case "--no-train-gaz" -> cfg.trainingGazetteer = false;
            case "--no-stats" -> cfg.vocabularyStats = false;
            case "--no-person-list" -> cfg.personList = false;
            case "--engine-gaz" -> cfg.engineGazetteers = true;
            case "--no-char-model" -> cfg.charModel = false;
            case "--ensemble" -> cfg.ensemble = Integer.parseInt(args[++a]);
            case "--wojood-dir" -> cfg.wojoodDir = Path.of(args[++a]);
            case "--wojood-training" -> cfg.wojoodTraining = Integer.parseInt(args[++a]);
            case "--word-dropout" -> cfg.wordDropout = Double.parseDouble(args[++a]);
            case "--min-count" -> cfg.minFeatureCount = Integer.parseInt(args[++a]);
            case "--prune" -> cfg.pruneBelow = Float.parseFloat(args[++a]);
            case "--jackknife" -> cfg.jackknifeParts = Integer.parseInt(args[++a]);
            case "--seed" -> cfg.seed = Long.parseLong(args[++a]);
            case "--l2" -> cfg.crfL2 = Double.parseDouble(args[++a]);
            case "--rate" -> cfg.crfRate = Double.parseDouble(args[++a]);
            case "--context" -> cfg.context = Integer.parseInt(args[++a]);
            case "--context-epochs" -> cfg.contextEpochs = Integer.parseInt(args[++a]);
            case "--context-step" -> cfg.contextStep = Float.parseFloat(args[++a]);
            case "--context-temperature" -> cfg.contextTemperature = Float.parseFloat(args[++a]);
            case "--context-l2" -> cfg.contextL2 = Double.parseDouble(args[++a]);
            default -> throw new IllegalArgumentException("unknown option " + args[a]);
        }
        return a;
    }

    /** Lexicon parts that do not depend on the training sentences. */
    static Lexicon fixedLexicon(Config cfg) throws IOException {
        Lexicon.Triggers triggers = cfg.handLexicon ? LexiconResources.loadTriggerResource() : new Lexicon.Triggers();
        Lexicon.Gazetteer hand = cfg.handLexicon ? LexiconResources.loadHandGazetteer(cfg.personList, cfg.engineGazetteers) : new Lexicon.Gazetteer();
        Lexicon.Gazetteer woj = new Lexicon.Gazetteer();
        if (cfg.wojood) {
            for (String f : new String[] {"train.txt", "val.txt"}) {
                for (NerCorpus.Entity e : NerCorpus.readWojoodEntities(cfg.wojoodDir.resolve(f))) {
                    woj.add(e.tokens(), e.type(), true);
                }
            }
        }
        return new Lexicon(triggers, new Lexicon.Gazetteer[] {hand, woj, new Lexicon.Gazetteer()}, new Lexicon.Units(),
            new Lexicon.Stats(), CharModel.empty());
    }

    static Lexicon withTrainingEntities(Lexicon fixed, List<NerCorpus.Sentence> sentences, Config cfg) {
        Lexicon.Gazetteer g = new Lexicon.Gazetteer();
        Lexicon.Units u = new Lexicon.Units();
        if (cfg.trainingGazetteer) {
            for (NerCorpus.Entity e : NerCorpus.entities(sentences)) {
                g.add(e.tokens(), e.type(), true);
                u.addEntity(e.tokens(), e.type());
            }
        }
        Lexicon.Stats st = cfg.vocabularyStats ? Lexicon.Stats.build(sentences) : new Lexicon.Stats();
        CharModel cm = cfg.charModel ? CharModel.build(sentences) : CharModel.empty();
        return fixed.withTrainingParts(g, u, st, cm);
    }

    static NerModel train(List<NerCorpus.Sentence> train, Config cfg, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        Lexicon fixed = fixedLexicon(cfg);
        // jack-knifed training-derived lexicons: sentences of part j see the entities of the other parts only
        int parts = Math.max(1, cfg.jackknifeParts);
        int n = train.size();
        LongIntMap index = new LongIntMap(1 << 20);
        List<int[]> counts = new ArrayList<>();
        int[][][] x = new int[n][][];
        int[][] y = new int[n][];
        long[] buf = new long[FeatureExtractor.MAX_FEATURES];
        int[] cnt = new int[1 << 20];
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts), to = (int) ((long) n * (p + 1) / parts);
            List<NerCorpus.Sentence> others = new ArrayList<>(train.subList(0, from));
            others.addAll(train.subList(to, n));
            Lexicon lex = parts == 1 ? withTrainingEntities(fixed, List.of(), cfg) : withTrainingEntities(fixed, others, cfg);
            FeatureExtractor fx = new FeatureExtractor(lex);
            for (int s = from; s < to; s++) {
                NerCorpus.Sentence sent = train.get(s);
                FeatureExtractor.Prepared prep = fx.prepare(sent.tokenList());
                int[][] sx = new int[prep.n][];
                for (int i = 0; i < prep.n; i++) {
                    int nf = fx.features(prep, i, buf);
                    int[] fi = new int[nf];
                    for (int f = 0; f < nf; f++) {
                        int id = index.getOrAddIndex(buf[f]);
                        if (id >= cnt.length) {
                            cnt = java.util.Arrays.copyOf(cnt, cnt.length * 2);
                        }
                        cnt[id]++;
                        fi[f] = id;
                    }
                    sx[i] = fi;
                }
                x[s] = sx;
                y[s] = sent.tags();
            }
        }
        if (cfg.wojoodTraining > 0) {
            List<NerCorpus.Sentence> woj = new ArrayList<>(NerCorpus.readWojoodSentences(cfg.wojoodDir.resolve("train.txt")));
            woj.addAll(NerCorpus.readWojoodSentences(cfg.wojoodDir.resolve("val.txt")));
            FeatureExtractor fx = new FeatureExtractor(withTrainingEntities(fixed, train, cfg));
            int base = x.length;
            x = java.util.Arrays.copyOf(x, base + woj.size());
            y = java.util.Arrays.copyOf(y, base + woj.size());
            for (int s = 0; s < woj.size(); s++) {
                NerCorpus.Sentence sent = woj.get(s);
                FeatureExtractor.Prepared prep = fx.prepare(sent.tokenList());
                int[][] sx = new int[prep.n][];
                for (int i = 0; i < prep.n; i++) {
                    int nf = fx.features(prep, i, buf);
                    int[] fi = new int[cfg.wojoodTraining == 2 ? 2 * nf : nf];
                    for (int f = 0; f < nf; f++) {
                        fi[f] = index.getOrAddIndex(buf[f]);
                        if (cfg.wojoodTraining == 2) {
                            fi[nf + f] = index.getOrAddIndex(Hash.pair(buf[f], 0x5EED00L) | 1);
                        }
                    }
                    for (int f : fi) {
                        if (f >= cnt.length) {
                            cnt = java.util.Arrays.copyOf(cnt, cnt.length * 2);
                        }
                        cnt[f]++;
                    }
                    sx[i] = fi;
                }
                x[base + s] = sx;
                y[base + s] = sent.tags();
            }
            if (log != null) {
                log.printf("added %d Wojood sentences (mode %d)%n", woj.size(), cfg.wojoodTraining);
            }
        }
        int nFeat = index.size();
        long[] keyOf = new long[nFeat];
        index.forEach((k, v) -> keyOf[v] = k);
        long[] keys = keyOf;
        // frequency cut-off
        int[] remap = new int[nFeat];
        int kept = 0;
        for (int f = 0; f < nFeat; f++) {
            remap[f] = cnt[f] >= cfg.minFeatureCount ? kept++ : -1;
        }
        if (kept < nFeat) {
            for (int[][] sx : x) {
                for (int i = 0; i < sx.length; i++) {
                    int m = 0;
                    for (int f : sx[i]) {
                        if (remap[f] >= 0) {
                            sx[i][m++] = remap[f];
                        }
                    }
                    sx[i] = java.util.Arrays.copyOf(sx[i], m);
                }
            }
            long[] k2 = new long[kept];
            for (int f = 0; f < nFeat; f++) {
                if (remap[f] >= 0) {
                    k2[remap[f]] = keyOf[f];
                }
            }
            nFeat = kept;
            keys = k2;
        }
        long t1 = System.nanoTime();
        if (log != null) {
            log.printf("features: %d kept of %d (%.1fs extraction)%n", nFeat, index.size(), (t1 - t0) / 1e9);
        }
        StructuredPerceptron.Weights wts;
        if (cfg.learner.equals("crf")) {
            wts = CrfTrainer.train(x, y, nFeat, cfg.epochs, cfg.seed, cfg.crfL2, cfg.crfRate, log);
        } else {
            wts = StructuredPerceptron.train(x, y, nFeat, cfg.epochs, cfg.seed, cfg.wordDropout, log);
            for (int e = 1; e < cfg.ensemble; e++) {
                StructuredPerceptron.Weights more = StructuredPerceptron.train(x, y, nFeat, cfg.epochs,
                    cfg.seed + 7919L * e, cfg.wordDropout, log);
                for (int k = 0; k < wts.emission().length; k++) {
                    wts.emission()[k] += more.emission()[k];
                }
                for (int k = 0; k < wts.transition().length; k++) {
                    wts.transition()[k] += more.transition()[k];
                }
            }
            if (cfg.ensemble > 1) {
                for (int k = 0; k < wts.emission().length; k++) {
                    wts.emission()[k] /= cfg.ensemble;
                }
                for (int k = 0; k < wts.transition().length; k++) {
                    wts.transition()[k] /= cfg.ensemble;
                }
            }
        }
        long t2 = System.nanoTime();
        // prune + quantise to half floats (exactly what is stored)
        float[] w = wts.emission();
        int T = NerModel.T;
        int rows = 0;
        for (int f = 0; f < nFeat; f++) {
            float mx = 0;
            for (int t = 0; t < T; t++) {
                mx = Math.max(mx, Math.abs(w[f * T + t]));
            }
            if (mx > cfg.pruneBelow && mx > 0) {
                rows++;
            }
        }
        long[] k3 = new long[rows];
        float[] w3 = new float[rows * T];
        int r = 0;
        for (int f = 0; f < nFeat; f++) {
            float mx = 0;
            for (int t = 0; t < T; t++) {
                mx = Math.max(mx, Math.abs(w[f * T + t]));
            }
            if (mx > cfg.pruneBelow && mx > 0) {
                k3[r] = keys[f];
                for (int t = 0; t < T; t++) {
                    w3[r * T + t] = Float.float16ToFloat(Float.floatToFloat16(w[f * T + t]));
                }
                r++;
            }
        }
        Lexicon full = withTrainingEntities(fixed, train, cfg);
        if (log != null) {
            log.printf("trained in %.1fs; %d weight rows after pruning%n", (t2 - t1) / 1e9, rows);
        }
        return new NerModel(new FeatureExtractor(full), k3, w3, wts.transition(), cfg.temperature);
    }

    /** Picks the temperature minimising the token-level negative log-likelihood of the gold tags. */
    static float calibrateTemperature(NerModel m, List<NerCorpus.Sentence> heldOut) {
        List<float[]> ems = new ArrayList<>();
        List<float[]> trs = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (NerCorpus.Sentence s : heldOut) {
            ems.add(m.emissions(m.extractor.prepare(s.tokenList())));
            trs.add(m.trans);
            gold.add(s.tags());
        }
        return calibrateTemperature(ems, trs, gold);
    }

    static float calibrateTemperature(List<float[]> ems, List<float[]> trans, List<int[]> golds) {
        float best = 1f;
        double bestNll = Double.MAX_VALUE;
        for (double t = 0.25; t <= 64; t *= 1.1892) {
            double nll = 0;
            for (int k = 0; k < golds.size(); k++) {
                int[] gold = golds.get(k);
                if (gold.length == 0) {
                    continue;
                }
                double[] marg = ChainMarginals.marginals(ems.get(k), gold.length, trans.get(k), (float) t);
                for (int i = 0; i < gold.length; i++) {
                    nll -= Math.log(Math.max(1e-12, marg[i * NerModel.T + gold[i]]));
                }
            }
            if (nll < bestNll) {
                bestNll = nll;
                best = (float) t;
            }
        }
        return best;
    }
}
