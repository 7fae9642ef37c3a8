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

    ArabicNer(NerModel model) {
        this.model = model;
    }

    public static ArabicNer load(InputStream in) throws IOException {
        DataInputStream din = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        return new ArabicNer(NerModel.read(din));
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
        dout.flush();
        gz.finish();
        gz.flush();
    }

    NerModel model() {
        return model;
    }

    /** Tags one sentence; spans are returned in token order and never overlap. */
    public List<NerSpan> tag(List<String> sentenceTokens) {
        int n = sentenceTokens == null ? 0 : sentenceTokens.size();
        if (n == 0) {
            return List.of();
        }
        FeatureExtractor.Prepared p = model.extractor.prepare(sentenceTokens);
        float[] em = model.emissions(p);
        int[] tags = NerModel.viterbi(em, n, model.trans);
        int[][] spans = NerModel.spans(tags);
        if (spans.length == 0) {
            return List.of();
        }
        double[] prob = NerModel.spanProbabilities(em, n, model.trans, model.temperature, spans);
        List<NerSpan> out = new ArrayList<>(spans.length);
        for (int s = 0; s < spans.length; s++) {
            out.add(new NerSpan(spans[s][0], spans[s][1], NerModel.TYPES[spans[s][2]], prob[s]));
        }
        return out;
    }

    /** BIO tags (e.g. {@code B-PERS}) for one sentence; mostly for evaluation and debugging. */
    public List<String> bioTags(List<String> sentenceTokens) {
        int n = sentenceTokens == null ? 0 : sentenceTokens.size();
        List<String> out = new ArrayList<>(n);
        if (n == 0) {
            return out;
        }
        int[] tags = model.decode(model.extractor.prepare(sentenceTokens));
        out.addAll(java.util.Arrays.asList(NerCorpus.toBio(NerModel.spans(tags), n)));
        return out;
    }
}
