package org.isnad.extraction.engine.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Statistical Arabic named-entity recogniser trained on ANERcorp (PERS, LOC, ORG, MISC). Tokenizer-independent:
 * callers pass the tokens of one sentence (ANERcorp-style tokens as produced by {@link ArabicTokens} work best).
 * Immutable and thread-safe after loading.
 *
 * <p>The bundled model is derived from ANERcorp (Benajiba et al. 2007, CAMeL Lab release) and is licensed
 * CC BY-SA 4.0.
 */
public final class ArabicNer {
    /** Name of the bundled model resource, next to this class. */
    public static final String DEFAULT_MODEL = "arabic-ner-anercorp.model.gz";

    private final NerModel model;
    /** Document-level second stage, or null (first stage only). */
    private final ContextStage context;
    private final float[] contextTrans;

    ArabicNer(NerModel model, ContextStage context) {
        this.model = model;
        this.context = context;
        this.contextTrans = context == null ? model.trans : context.transitions(model.trans);
    }

    public static ArabicNer load(InputStream in) throws IOException {
        DataInputStream din = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        NerModel m = NerModel.read(din);
        return new ArabicNer(m, din.readBoolean() ? ContextStage.read(din) : null);
    }

    private static final class DefaultHolder {
        static final ArabicNer INSTANCE = loadResource();

        private static ArabicNer loadResource() {
            try (InputStream in = ArabicNer.class.getResourceAsStream(DEFAULT_MODEL)) {
                if (in == null) {
                    throw new IOException("model resource " + DEFAULT_MODEL + " not on the classpath");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The bundled model from {@code /org/isnad/extraction/engine/ner/arabic-ner-anercorp.model.gz}, loaded once. */
    public static ArabicNer loadDefault() {
        return DefaultHolder.INSTANCE;
    }

    void save(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream dout = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        model.write(dout);
        dout.writeBoolean(context != null);
        if (context != null) {
            context.write(dout);
        }
        dout.flush();
        gz.finish();
        gz.flush();
    }

    NerModel model() {
        return model;
    }

    ContextStage context() {
        return context;
    }

    /**
     * Tags one sentence; spans are returned in token order and never overlap. Without its neighbouring sentences
     * the document-level stage only sees this sentence: prefer {@link #tagDocument} for whole articles.
     */
    public List<NerSpan> tag(List<String> sentenceTokens) {
        return tagDocument(List.of(sentenceTokens == null ? List.of() : sentenceTokens)).get(0);
    }

    /**
     * Tags the sentences of one document (e.g. an article, in order): the second stage uses what the first stage
     * predicted for the same words in the neighbouring sentences. One span list per sentence.
     */
    public List<List<NerSpan>> tagDocument(List<List<String>> sentences) {
        float[][] em = emissions(sentences);
        List<List<NerSpan>> out = new ArrayList<>(em.length);
        for (int s = 0; s < em.length; s++) {
            int n = em[s].length / NerModel.T;
            int[][] spans = n == 0 ? new int[0][] : NerModel.spans(NerModel.viterbi(em[s], n, contextTrans));
            if (spans.length == 0) {
                out.add(List.of());
                continue;
            }
            double[] prob = ChainMarginals.spanProbabilities(em[s], n, contextTrans, model.temperature, spans);
            List<NerSpan> sent = new ArrayList<>(spans.length);
            for (int k = 0; k < spans.length; k++) {
                sent.add(new NerSpan(spans[k][0], spans[k][1], NerModel.TYPES[spans[k][2]], prob[k]));
            }
            out.add(sent);
        }
        return out;
    }

    /** Final (second-stage if present) emission scores of every sentence of a document. */
    float[][] emissions(List<List<String>> sentences) {
        int d = sentences.size();
        float[][] em = new float[d][];
        long[][] keys = new long[d][];
        int[][] tags1 = new int[d][];
        for (int s = 0; s < d; s++) {
            List<String> toks = sentences.get(s);
            FeatureExtractor.Prepared p = model.extractor.prepare(toks == null ? List.of() : toks);
            em[s] = model.emissions(p);
            keys[s] = p.hKey;
            tags1[s] = NerModel.viterbi(em[s], p.n, model.trans);
        }
        if (context != null) {
            int[][][] f = ContextStage.features(keys, tags1, context.window);
            for (int s = 0; s < d; s++) {
                ContextStage.addTo(em[s], f[s], context.weights);
            }
        }
        return em;
    }

    /** BIO tags (e.g. {@code B-PERS}) for one sentence; mostly for evaluation and debugging. */
    public List<String> bioTags(List<String> sentenceTokens) {
        int n = sentenceTokens == null ? 0 : sentenceTokens.size();
        List<String> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        float[] em = emissions(List.of(sentenceTokens))[0];
        out.addAll(java.util.Arrays.asList(NerCorpus.toBio(NerModel.spans(NerModel.viterbi(em, n, contextTrans)), n)));
        return out;
    }
}
