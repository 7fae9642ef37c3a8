package org.isnad.extraction.engine.ner;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the training and evaluation data live: the project's shared data folder beside the repository
 * ({@code ../shared}), or {@code -Disnad.shared.dir=...}. Only the trainer and the evaluations read it; the
 * shipped model never does.
 */
final class SharedData {

    private SharedData() {
    }

    /** A file or folder under {@code shared/data}, e.g. {@code anercorp/train.txt}. */
    static Path data(String relative) {
        return root().resolve("data").resolve(relative);
    }

    static Path corpus() {
        return root().resolve("corpus");
    }

    private static Path root() {
        String configured = System.getProperty("isnad.shared.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        // run from the repository root or from the module
        for (String candidate : new String[]{"../shared", "../../shared"}) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return Path.of("../shared");
    }
}
