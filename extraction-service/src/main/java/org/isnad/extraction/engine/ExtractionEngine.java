package org.isnad.extraction.engine;

/** The engine's single entry point: pure, thread-safe, no I/O after construction. */
public interface ExtractionEngine {
    ExtractionResult extract(ExtractionRequest request);

    /** Changes whenever output for the same input may change (rules, gazetteers, model). */
    String version();
}
