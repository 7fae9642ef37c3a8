package org.isnad.extraction.engine.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Learner comparison: OpenNLP NameFinderME (maxent or perceptron, beam search, BILOU codec) trained with exactly
 * the same hashed features (incl. jack-knifed training lexicons) as our structured perceptron, on the fixed 90/10
 * hold-out. Only for choosing the learner; the shipped model does not use OpenNLP.
 *
 * <pre>java ... OpenNlpComparison [--algorithm MAXENT|PERCEPTRON] [--iterations 100] [--cutoff 1]</pre>
 */
public final class OpenNlpComparison {
    private OpenNlpComparison() {
    }

    public static void main(String[] args) throws Exception {
        String algorithm = "PERCEPTRON";
        int iterations = 100;
        int cutoff = 1;
        NerTraining.Config cfg = NerTraining.defaultConfig();
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--algorithm" -> algorithm = args[++a];
                case "--iterations" -> iterations = Integer.parseInt(args[++a]);
                case "--cutoff" -> cutoff = Integer.parseInt(args[++a]);
                default -> a = NerTraining.parseOption(cfg, args, a);
            }
        }
        List<NerCorpus.Sentence> all = NerCorpus.readAnercorp(SharedData.data("anercorp/train.txt"));
        int cut = (int) Math.round(all.size() * 0.9);
        List<NerCorpus.Sentence> train = all.subList(0, cut);
        List<NerCorpus.Sentence> test = all.subList(cut, all.size());
        long t0 = System.nanoTime();
        // precomputed features per sentence (keyed by its tokens), jack-knifed like NerTraining
        Map<String, String[][]> feats = new java.util.HashMap<>();
        Lexicon fixed = NerTraining.fixedLexicon(cfg);
        int parts = cfg.jackknifeParts;
        for (int p = 0; p < parts; p++) {
            int from = train.size() * p / parts, to = train.size() * (p + 1) / parts;
            List<NerCorpus.Sentence> others = new ArrayList<>(train.subList(0, from));
            others.addAll(train.subList(to, train.size()));
            FeatureExtractor fx = new FeatureExtractor(NerTraining.withTrainingEntities(fixed, others, cfg));
            for (NerCorpus.Sentence s : train.subList(from, to)) {
                feats.put(String.join("\u0001", s.tokens()), features(fx, s.tokens()));
            }
        }
        FeatureExtractor full = new FeatureExtractor(NerTraining.withTrainingEntities(fixed, train, cfg));
        for (NerCorpus.Sentence s : test) {
            feats.put(String.join("\u0001", s.tokens()), features(full, s.tokens()));
        }
        AdaptiveFeatureGenerator gen = new AdaptiveFeatureGenerator() {
            @Override
            public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
                for (String f : feats.get(String.join("\u0001", tokens))[index]) {
                    features.add(f);
                }
            }
        };
        OpenNlpSharedFeaturesFactory.generator = gen;
        TokenNameFinderFactory factory = new OpenNlpSharedFeaturesFactory();
        List<NameSample> samples = new ArrayList<>();
        for (NerCorpus.Sentence s : train) {
            samples.add(new NameSample(s.tokens(), spans(s.spans()), true));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        TokenNameFinderModel model = NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), params,
            factory);
        NameFinderME finder = new NameFinderME(model);
        NerScores scores = new NerScores();
        int untyped = 0;
        for (NerCorpus.Sentence s : test) {
            finder.clearAdaptiveData();
            Span[] found = finder.find(s.tokens());
            List<int[]> predList = new ArrayList<>();
            for (Span f : found) {
                int t = typeIndex(f.getType());
                if (t < 0) {
                    untyped++;
                    continue;
                }
                predList.add(new int[] {f.getStart(), f.getEnd(), t});
            }
            int[][] pred = predList.toArray(new int[0][]);
            scores.add(s.spans(), pred);
        }
        scores.print(System.out, "OpenNLP NameFinderME " + algorithm + " (" + iterations + " it, cutoff " + cutoff
            + ", BILOU, same features) — HOLDOUT last 10%");
        System.out.printf("spans without one of our types (dropped): %d%n", untyped);
        System.out.printf("RESULT micro-F1 PERS/LOC/ORG = %.4f   (all 4 types = %.4f)   [%.0fs]%n", scores.microPlo(),
            scores.microAll(), (System.nanoTime() - t0) / 1e9);
    }

    private static String[][] features(FeatureExtractor fx, String[] tokens) {
        FeatureExtractor.Prepared p = fx.prepare(java.util.Arrays.asList(tokens));
        long[] buf = new long[FeatureExtractor.MAX_FEATURES];
        String[][] out = new String[p.n][];
        for (int i = 0; i < p.n; i++) {
            int nf = fx.features(p, i, buf);
            out[i] = new String[nf];
            for (int f = 0; f < nf; f++) {
                out[i][f] = Long.toHexString(buf[f]);
            }
        }
        return out;
    }

    private static Span[] spans(int[][] s) {
        Span[] out = new Span[s.length];
        for (int k = 0; k < s.length; k++) {
            out[k] = new Span(s[k][0], s[k][1], NerModel.TYPES[s[k][2]]);
        }
        return out;
    }

    private static int typeIndex(String t) {
        for (int k = 0; k < NerModel.TYPES.length; k++) {
            if (NerModel.TYPES[k].equals(t)) {
                return k;
            }
        }
        return -1;
    }
}
