package org.isnad.extraction.engine.ner;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the final model on the whole ANERcorp train split and writes it (gzip) next to {@link ArabicNer}.
 * Deterministic: fixed seeds, no parallelism. The span-probability temperature is first calibrated on a 90/10
 * split of the same data (train on the first 90% of sentences, minimise gold-tag NLL on the last 10%).
 *
 * <pre>
 * java ... NerTrainer [--data train.txt] [--out path/model.gz] [same model options as NerEvaluation]
 * </pre>
 */
public final class NerTrainer {
    private NerTrainer() {
    }

    static final Path DEFAULT_OUT = Path.of("src/main/resources/org/isnad/extraction/engine/ner/" + ArabicNer.DEFAULT_MODEL);

    public static void main(String[] args) throws Exception {
        Path data = SharedData.data("anercorp/train.txt");
        Path out = DEFAULT_OUT;
        NerTraining.Config cfg = NerTraining.defaultConfig();
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--data" -> data = Path.of(args[++a]);
                case "--out" -> out = Path.of(args[++a]);
                default -> a = NerTraining.parseOption(cfg, args, a);
            }
        }
        long t0 = System.nanoTime();
        List<NerCorpus.Sentence> all = NerCorpus.readAnercorp(data);
        System.out.printf("training on %s: %d sentences; %s%n", data, all.size(), cfg);
        int cut = (int) Math.round(all.size() * 0.9);
        NerModel calib = NerTraining.train(all.subList(0, cut), cfg, null);
        float temperature = NerTraining.calibrateTemperature(calib, all.subList(cut, all.size()));
        System.out.printf("calibrated temperature %.3f on the last 10%% (%.0fs)%n", temperature, (System.nanoTime() - t0) / 1e9);
        cfg.temperature = temperature;
        NerModel model = NerTraining.train(all, cfg, System.out);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            new ArabicNer(model).save(os);
        }
        System.out.printf("wrote %s: %d weight rows, %.2f MB, total %.0fs%n", out, model.numFeatures(),
            Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
    }
}
