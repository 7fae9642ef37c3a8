package org.isnad.extraction.engine.ner;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the final model on the whole ANERcorp train split and writes it (gzip) next to {@link ArabicNer}.
 * Deterministic: fixed seeds, no parallelism. With the document-level context stage (default, {@code --context N})
 * the first stage is also trained on 5 jack-knife parts; the context stage and the span-probability temperature are
 * fitted on those out-of-fold scores. Without it ({@code --context 0}) the temperature is calibrated on a 90/10
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
        ArabicNer ner;
        if (cfg.context > 0) {
            ContextTraining.Stacked st = ContextTraining.trainStacked(all, cfg, System.out);
            ner = new ArabicNer(st.model(), st.context());
        } else {
            int cut = (int) Math.round(all.size() * 0.9);
            NerModel calib = NerTraining.train(all.subList(0, cut), cfg, null);
            cfg.temperature = NerTraining.calibrateTemperature(calib, all.subList(cut, all.size()));
            System.out.printf("calibrated temperature %.3f on the last 10%% (%.0fs)%n", cfg.temperature,
                (System.nanoTime() - t0) / 1e9);
            ner = new ArabicNer(NerTraining.train(all, cfg, System.out), null);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            ner.save(os);
        }
        System.out.printf("wrote %s: %d weight rows, %.2f MB, total %.0fs%n", out, ner.model().numFeatures(),
            Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
    }
}
