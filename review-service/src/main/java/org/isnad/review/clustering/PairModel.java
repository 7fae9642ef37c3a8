package org.isnad.review.clustering;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A logistic-regression pair classifier over {@link PairFeatures}: P(same claim) = σ(w · f(a, b)),
 * same claim when P ≥ threshold. Weights and threshold come from {@code PairModelTraining} (test
 * sources) and ship as the resource {@value #RESOURCE}: trained on ANS stance-train (Apache-2.0, see
 * {@code ANS-NOTICE.txt} beside it). Immutable, so one instance is shared by all threads.
 */
final class PairModel {

    static final String RESOURCE = "pair-model.txt.gz";
    private static final String HEADER = "isnad-pair-model v1";

    final float[] weights;
    final double threshold;

    PairModel(float[] weights, double threshold) {
        if (weights.length != PairFeatures.SIZE) throw new IllegalArgumentException("weights: " + weights.length);
        this.weights = weights;
        this.threshold = threshold;
    }

    /** The shipped model, loaded once on first use (class-holder idiom: lazy and thread-safe); null if unreadable. */
    static PairModel shipped() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final PairModel MODEL = load();

        private static PairModel load() {
            try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException | RuntimeException e) {
                return null; // ClaimMatcher falls back to the hand-tuned rules and says so in its reasons
            }
        }
    }

    static PairModel read(InputStream gz) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8));
        String line = r.readLine();
        if (line == null || !line.equals(HEADER)) throw new IOException("not a pair model: " + line);
        float[] w = new float[PairFeatures.SIZE];
        double threshold = Double.NaN;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split(" ");
            switch (f[0]) {
                case "size" -> {
                    if (Integer.parseInt(f[1]) != PairFeatures.SIZE) throw new IOException("feature layout changed; retrain");
                }
                case "threshold" -> threshold = Double.parseDouble(f[1]);
                default -> w[Integer.parseInt(f[0])] = Float.parseFloat(f[1]);
            }
        }
        if (Double.isNaN(threshold)) throw new IOException("no threshold");
        return new PairModel(w, threshold);
    }

    /** Writes the non-zero weights as text, sorted by index (deterministic bytes for a deterministic model). */
    void write(OutputStream out, String comment) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        PrintWriter p = new PrintWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
        p.println(HEADER);
        for (String c : comment.split("\n")) p.println("# " + c);
        p.println("size " + PairFeatures.SIZE);
        p.println(String.format(Locale.ROOT, "threshold %.4f", threshold));
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) p.println(i + " " + String.format(Locale.ROOT, "%.5g", weights[i]) + "  # " + PairFeatures.name(i));
        }
        p.flush();
        gz.finish();
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Scores a pair, remembering the two strongest learned differences (word or word pair) for the explanation. */
    final class Scorer implements PairFeatures.Sink {
        double logit;
        double worst1, worst2, current;
        String worst1a, worst1b, worst2a, worst2b, currentA, currentB;

        @Override
        public void add(int index, double value, String a, String b) {
            double c = weights[index] * value;
            logit += c;
            if (a == null) return;
            // a word's (or word pair's) features arrive consecutively with the same String instances
            if (a == currentA && b == currentB) {
                current += c;
                return;
            }
            commit();
            currentA = a;
            currentB = b;
            current = c;
        }

        private void commit() {
            if (currentA == null || current >= worst2) return;
            if (current < worst1) {
                worst2 = worst1; worst2a = worst1a; worst2b = worst1b;
                worst1 = current; worst1a = currentA; worst1b = currentB;
            } else {
                worst2 = current; worst2a = currentA; worst2b = currentB;
            }
            currentA = null;
        }

        Scorer finish() {
            commit();
            return this;
        }

        double probability() {
            return sigmoid(logit);
        }
    }

    Scorer score(PreparedClaim a, PreparedClaim b, int fired) {
        Scorer s = new Scorer();
        PairFeatures.extract(a, b, fired, s);
        return s.finish();
    }
}
