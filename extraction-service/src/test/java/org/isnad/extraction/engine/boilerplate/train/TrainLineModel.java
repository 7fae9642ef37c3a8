package org.isnad.extraction.engine.boilerplate.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.extraction.engine.boilerplate.LineFurnitureModel;

/**
 * Trains the furniture model on every gold split and writes its weights to {@code target/} (not committed: the model
 * is not integrated, see docs/extraction-engine.md). Deterministic (full-batch learner,
 * fixed order): rerunning it on the same gold rewrites the same file byte for byte.
 *
 * <p>{@code ./mvnw -q -o -pl extraction-service test-compile exec:java
 * -Dexec.mainClass=org.isnad.extraction.engine.boilerplate.train.TrainLineModel -Dexec.classpathScope=test}
 *
 * <p>The threshold is the one {@link CrossValidateLineModel} chose (lowest with no claim and no entity lost in the
 * leave-one-split-out CV); pass another as the single argument only after rerunning the CV.
 */
public final class TrainLineModel {

    static final double THRESHOLD = 0.98;
    /** Not committed: the model is not integrated (see the class comment of LineFurnitureModel). */
    static final String OUT = "target/line-furniture-model.txt";

    private TrainLineModel() {
    }

    public static void main(String[] args) throws IOException {
        double threshold = args.length > 0 ? Double.parseDouble(args[0]) : THRESHOLD;
        List<GoldLines.Article> all = GoldLines.load(GoldLines.SPLITS);
        float[] w = LogisticLearner.train(all);
        LineFurnitureModel model = new LineFurnitureModel(w, threshold);
        Path out = Files.isDirectory(Path.of("src/main")) ? Path.of(OUT) : Path.of("extraction-service", OUT);
        Files.createDirectories(out.getParent());
        try (Writer wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            model.write(wr, "Learned furniture backstop (LineFurnitureModel): logistic regression on LineFeatures,\n"
                    + "trained on all " + GoldLines.SPLITS.size() + " gold splits (" + all.size() + " articles) by"
                    + " boilerplate.train.TrainLineModel;\n"
                    + "threshold from the leave-one-split-out CV (boilerplate.train.CrossValidateLineModel).\n"
                    + "Generated file: do not edit; see docs/extraction-engine.md.");
        }
        System.out.println("wrote " + out.toAbsolutePath() + " (" + Files.size(out) + " bytes)");
    }
}
