package org.isnad.extraction.engine.ner;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Single-threaded tagging throughput: tokenises the sample articles (or ANERcorp sentences), then tags them
 * sentence by sentence repeatedly for a fixed time after a warm-up, and prints tokens/s.
 *
 * <pre>
 * java ... NerSpeed [--model file.gz] [--text dir-or-file] [--seconds 10]
 * </pre>
 */
public final class NerSpeed {
    private NerSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path model = null;
        Path text = SharedData.corpus();
        double seconds = 10;
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--model" -> model = Path.of(args[++a]);
                case "--text" -> text = Path.of(args[++a]);
                case "--seconds" -> seconds = Double.parseDouble(args[++a]);
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
        }
        long l0 = System.nanoTime();
        ArabicNer ner;
        if (model == null) {
            ner = ArabicNer.loadDefault();
        } else {
            try (InputStream in = Files.newInputStream(model)) {
                ner = ArabicNer.load(in);
            }
        }
        System.out.printf("model loaded in %.2fs (%d weight rows)%n", (System.nanoTime() - l0) / 1e9,
            ner.model().numFeatures());
        List<List<String>> sentences = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(text)) {
            try (Stream<Path> s = Files.list(text)) {
                s.sorted().forEach(files::add);
            }
        } else {
            files.add(text);
        }
        for (Path f : files) {
            String content = Files.readString(f, StandardCharsets.UTF_8);
            if (f.toString().contains("anercorp")) {
                for (NerCorpus.Sentence s : NerCorpus.readAnercorp(f)) {
                    sentences.add(s.tokenList());
                }
            } else {
                for (List<ArabicTokens.Token> s : ArabicTokens.sentences(content)) {
                    List<String> toks = new ArrayList<>();
                    for (ArabicTokens.Token t : s) {
                        toks.add(t.text());
                    }
                    sentences.add(toks);
                }
            }
        }
        long tokensPerPass = sentences.stream().mapToLong(List::size).sum();
        System.out.printf("%d sentences, %d tokens per pass%n", sentences.size(), tokensPerPass);
        long sink = 0;
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (List<String> s : sentences) {
                sink += ner.tag(s).size();
            }
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long tokens = 0;
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long end = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (List<String> s : sentences) {
                sink += ner.tag(s).size();
            }
            tokens += tokensPerPass;
        }
        double el = (System.nanoTime() - t0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf("tag(): %.0f tokens per CPU-second, %.0f tokens/s wall (cpu %.1f s, wall %.1f s, %d tokens; sink %d)%n",
            tokens / cpu, tokens / el, cpu, el, tokens, sink);
        // tokenisation + tagging of whole articles
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            if (!f.toString().contains("anercorp")) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (!texts.isEmpty()) {
            long words = 0;
            long arts = 0;
            c0 = mx.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            end = t0 + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                for (String t : texts) {
                    List<List<String>> doc = new ArrayList<>();
                    for (List<ArabicTokens.Token> s : ArabicTokens.sentences(t)) {
                        List<String> toks = new ArrayList<>(s.size());
                        for (ArabicTokens.Token tk : s) {
                            toks.add(tk.text());
                        }
                        doc.add(toks);
                        words += toks.size();
                    }
                    sink += ner.tagDocument(doc).size();
                    arts++;
                }
            }
            cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            System.out.printf("tokenise+tagDocument articles: %.0f tokens per CPU-second, %.0f articles per CPU-second (avg %.0f tokens/article)%n",
                words / cpu, arts / cpu, words / (double) arts);
        }
        phases(ner, sentences, mx);
    }

    /** Per-token CPU cost of each tagging phase (best of 8 passes). */
    static void phases(ArabicNer ner, List<List<String>> sents, java.lang.management.ThreadMXBean mx) {
        NerModel m = ner.model();
        ContextStage cs = ner.context();
        long ntok = sents.stream().mapToLong(List::size).sum();
        List<FeatureExtractor.Prepared> preps = new ArrayList<>();
        for (List<String> s : sents) {
            preps.add(m.extractor.prepare(s));
        }
        long[] buf = new long[FeatureExtractor.MAX_FEATURES];
        double[] best = {1e18, 1e18, 1e18, 1e18, 1e18, 1e18};
        long sink = 0;
        long nfeat = 0;
        for (int rep = 0; rep < 8; rep++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (List<String> s : sents) {
                sink += m.extractor.prepare(s).n;
            }
            long c1 = mx.getCurrentThreadCpuTime();
            nfeat = 0;
            for (FeatureExtractor.Prepared p : preps) {
                for (int i = 0; i < p.n; i++) {
                    int nf = m.extractor.features(p, i, buf);
                    nfeat += nf;
                    sink += buf[nf - 1];
                }
            }
            long c2 = mx.getCurrentThreadCpuTime();
            List<float[]> ems = new ArrayList<>();
            for (FeatureExtractor.Prepared p : preps) {
                ems.add(m.emissions(p));
            }
            long c3 = mx.getCurrentThreadCpuTime();
            List<int[]> tags = new ArrayList<>();
            for (int k = 0; k < preps.size(); k++) {
                tags.add(NerModel.viterbi(ems.get(k), preps.get(k).n, m.trans));
            }
            long c4 = mx.getCurrentThreadCpuTime();
            for (int k = 0; k < preps.size(); k++) {
                int[][] sp = NerModel.spans(tags.get(k));
                if (sp.length > 0) {
                    sink += ChainMarginals.spanProbabilities(ems.get(k), preps.get(k).n, m.trans, m.temperature, sp).length;
                }
            }
            long[][] keys = new long[preps.size()][];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = preps.get(k).hKey;
            }
            float[] tr = cs == null ? m.trans : cs.transitions(m.trans);
            long c5 = mx.getCurrentThreadCpuTime();
            if (cs != null) { // the context stage over the sample as one document: features, weights, Viterbi again
                int[][][] f = ContextStage.features(keys, tags.toArray(new int[0][]), cs.window);
                for (int k = 0; k < preps.size(); k++) {
                    ContextStage.addTo(ems.get(k), f[k], cs.weights);
                    sink += NerModel.viterbi(ems.get(k), preps.get(k).n, tr).length;
                }
            }
            long c6 = mx.getCurrentThreadCpuTime();
            long[] c = {c0, c1, c2, c3, c4, c5, c6};
            for (int ph = 0; ph < 6; ph++) {
                best[ph] = Math.min(best[ph], (c[ph + 1] - c[ph]) / (double) ntok);
            }
        }
        System.out.printf("per-token CPU ns (best of 8): prepare %.0f, feature hashing %.0f, emissions incl. hashing+lookups"
                + " %.0f, viterbi %.0f, span probabilities %.0f, context stage %.0f; %.1f features/token (sink %d)%n",
            best[0], best[1], best[2], best[3], best[4], best[5], nfeat / (double) ntok, sink & 1);
    }
}
