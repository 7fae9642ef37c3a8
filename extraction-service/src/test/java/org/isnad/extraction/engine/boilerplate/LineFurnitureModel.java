package org.isnad.extraction.engine.boilerplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;

/**
 * A logistic-regression line classifier over {@link LineFeatures}, trained on the gold boilerplate lines: the EXPERIMENT
 * of a backstop behind the hand-written rules (docs/extraction-engine.md, "Learned furniture backstop (bpml24)"). It
 * would only ever add boilerplate, only on lines the rules left as content, never on the title line, above a
 * threshold chosen on leave-one-split-out cross-validation. Not integrated: the CV showed it fixes no leak. It lives
 * in the test tree, in the detector's package, so that it can be wired in with {@link #mark} if new gold changes that.
 * Immutable once built; {@link #write} / {@link #read} are the weight file format {@code train.TrainLineModel} writes.
 */
public final class LineFurnitureModel {

    /** The kind reported for a line this model marks. */
    public static final String KIND = "learned-furniture";

    private final float[] weights;
    private final double threshold;
    /** The threshold on the logit: marking compares the dot product with it, no exp per line. */
    private final double logitThreshold;

    public LineFurnitureModel(float[] weights, double threshold) {
        if (weights.length != LineFeatures.DIM) {
            throw new IllegalArgumentException("weights: " + weights.length + " != " + LineFeatures.DIM);
        }
        this.weights = weights.clone();
        this.threshold = threshold;
        this.logitThreshold = Math.log(threshold / (1 - threshold));
    }

    public double threshold() {
        return threshold;
    }

    /** The probability that line {@code k} is furniture; {@code idx}/{@code val} are scratch arrays of MAX_NNZ. */
    public double probability(LineFeatures f, int k, int[] idx, float[] val) {
        return 1 / (1 + Math.exp(-logit(f, k, idx, val)));
    }

    private double logit(LineFeatures f, int k, int[] idx, float[] val) {
        int n = f.extract(k, idx, val);
        double z = 0;
        for (int i = 0; i < n; i++) {
            z += weights[idx[i]] * val[i];
        }
        return z;
    }

    /**
     * Marks, in {@code kind}, the lines the rules left as content ({@code kind[k] == null}) that the model calls
     * furniture. {@code lines} are the detector's trimmed non-blank line ranges, {@code low} their folded text.
     */
    public void mark(NormalizedText text, List<int[]> lines, String[] low, String[] kind) {
        int n = low.length;
        boolean[] ruled = new boolean[n];
        boolean any = false;
        for (int k = 1; k < n; k++) {
            ruled[k] = kind[k] != null;
            any |= !ruled[k];
        }
        ruled[0] = kind[0] != null;
        if (!any) {
            return;
        }
        LineFeatures f = new LineFeatures(low, tokensOf(text, lines), ruled);
        int[] idx = new int[LineFeatures.MAX_NNZ];
        float[] val = new float[LineFeatures.MAX_NNZ];
        for (int k = 1; k < n; k++) {
            if (!ruled[k] && logit(f, k, idx, val) >= logitThreshold) {
                kind[k] = KIND;
            }
        }
    }

    /**
     * The tokens of each trimmed line, taken from the text's shared per-line tokens (computed once per text and
     * used by every later stage, so this costs no extra tokenisation).
     */
    public static List<List<Token>> tokensOf(NormalizedText text, List<int[]> lines) {
        List<int[]> all = text.lines();
        List<List<Token>> allTokens = text.lineTokens();
        List<List<Token>> out = new ArrayList<>(lines.size());
        int j = 0;
        for (int[] l : lines) {
            while (j < all.size() && all.get(j)[1] < l[1]) {
                j++;
            }
            out.add(j < all.size() ? allTokens.get(j) : List.of());
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- file format

    /** Writes the threshold and the non-zero weights ("index weight" per line), deterministic text. */
    public void write(Writer w, String header) throws IOException {
        for (String h : header.split("\n")) {
            w.write("# " + h + "\n");
        }
        w.write(String.format(Locale.ROOT, "dim %d%nthreshold %.4f%n", weights.length, threshold));
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0f) {
                w.write(String.format(Locale.ROOT, "%d %.5f%n", i, weights[i]));
            }
        }
    }

    public static LineFurnitureModel read(BufferedReader r) throws IOException {
        float[] w = new float[LineFeatures.DIM];
        double threshold = Double.NaN;
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            int sp = line.indexOf(' ');
            String key = line.substring(0, sp);
            String value = line.substring(sp + 1);
            switch (key) {
                case "dim" -> {
                    if (Integer.parseInt(value) != LineFeatures.DIM) {
                        throw new IllegalStateException("model dim " + value + " != " + LineFeatures.DIM);
                    }
                }
                case "threshold" -> threshold = Double.parseDouble(value);
                default -> w[Integer.parseInt(key)] = Float.parseFloat(value);
            }
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalStateException("model without threshold");
        }
        return new LineFurnitureModel(w, threshold);
    }
}
