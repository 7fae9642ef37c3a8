package org.isnad.extraction.engine.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Character n-gram naive-Bayes word classifier (O / PERS / LOC / ORG / MISC) over distinct clitic-stripped word
 * forms of the training data: tells how name-like (e.g. transliterated) an unseen word looks.
 */
final class CharModel {
    static final int CLASSES = 1 + NerModel.TYPES.length;
    static final int MIN_N = 2, MAX_N = 3;
    final LongIntMap index;
    /** counts[g * CLASSES + c]. */
    final int[] counts;
    final double[] logDenominator;
    final double[] logPrior;

    CharModel(LongIntMap index, int[] counts, double[] logDenominator, double[] logPrior) {
        this.index = index;
        this.counts = counts;
        this.logDenominator = logDenominator;
        this.logPrior = logPrior;
    }

    static final double ALPHA = 0.5;

    static CharModel empty() {
        return new CharModel(new LongIntMap(16), new int[0], new double[CLASSES], new double[CLASSES]);
    }

    static CharModel build(java.util.List<NerCorpus.Sentence> sentences) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        LongIntMap index = new LongIntMap(1 << 14);
        int[] counts = new int[1 << 16];
        long[] total = new long[CLASSES];
        long[] types = new long[CLASSES];
        for (NerCorpus.Sentence s : sentences) {
            int[] tags = s.tags();
            for (int i = 0; i < tags.length; i++) {
                String raw = s.tokens()[i];
                if (ArabicText.shape(raw) != ArabicText.SHAPE_ARABIC) {
                    continue;
                }
                String w = ArabicText.stripped(ArabicText.normalize(raw));
                if (w.length() < 2) {
                    continue;
                }
                int c = tags[i] == NerModel.O ? 0 : 1 + NerModel.typeOf(tags[i]);
                if (!seen.add(c + "|" + w)) {
                    continue;
                }
                types[c]++;
                char[] pad = ("^" + w + "$").toCharArray();
                for (int n = MIN_N; n <= MAX_N; n++) {
                    for (int a = 0; a + n <= pad.length; a++) {
                        long h = Hash.chars(pad, a, n) | 1;
                        int g = index.getOrAddIndex(h);
                        if ((g + 1) * CLASSES > counts.length) {
                            counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                        }
                        counts[g * CLASSES + c]++;
                        total[c]++;
                    }
                }
            }
        }
        int v = index.size();
        double[] den = new double[CLASSES];
        double[] prior = new double[CLASSES];
        long allTypes = 0;
        for (long t : types) {
            allTypes += t;
        }
        for (int c = 0; c < CLASSES; c++) {
            den[c] = Math.log(total[c] + ALPHA * (v + 1));
            prior[c] = Math.log((types[c] + 1.0) / (allTypes + CLASSES));
        }
        return new CharModel(index, java.util.Arrays.copyOf(counts, v * CLASSES), den, prior);
    }

    /** Posterior class probabilities (length CLASSES) of the normalised chars [off, off+len), or null. */
    double[] classify(char[] c, int off, int len, char[] scratch) {
        if (counts.length == 0 || len < 2) {
            return null;
        }
        int pl = len + 2;
        scratch[0] = '^';
        System.arraycopy(c, off, scratch, 1, len);
        scratch[len + 1] = '$';
        double[] lp = logPrior.clone();
        for (int n = MIN_N; n <= MAX_N; n++) {
            for (int a = 0; a + n <= pl; a++) {
                int g = index.get(Hash.chars(scratch, a, n) | 1, -1);
                for (int k = 0; k < CLASSES; k++) {
                    int cnt = g < 0 ? 0 : counts[g * CLASSES + k];
                    lp[k] += Math.log(cnt + ALPHA) - logDenominator[k];
                }
            }
        }
        double mx = Double.NEGATIVE_INFINITY;
        for (double x : lp) {
            mx = Math.max(mx, x);
        }
        double sum = 0;
        for (int k = 0; k < CLASSES; k++) {
            lp[k] = Math.exp(lp[k] - mx);
            sum += lp[k];
        }
        for (int k = 0; k < CLASSES; k++) {
            lp[k] /= sum;
        }
        return lp;
    }

    void write(java.io.DataOutputStream out) throws IOException {
        Lexicon.writeMap(out, index);
        out.writeInt(counts.length);
        for (int x : counts) {
            out.writeInt(x);
        }
        for (int c = 0; c < CLASSES; c++) {
            out.writeDouble(logDenominator[c]);
            out.writeDouble(logPrior[c]);
        }
    }

    static CharModel read(java.io.DataInputStream in) throws IOException {
        LongIntMap idx = Lexicon.readMap(in);
        int[] counts = new int[in.readInt()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.readInt();
        }
        double[] den = new double[CLASSES];
        double[] prior = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            den[c] = in.readDouble();
            prior[c] = in.readDouble();
        }
        return new CharModel(idx, counts, den, prior);
    }
}
