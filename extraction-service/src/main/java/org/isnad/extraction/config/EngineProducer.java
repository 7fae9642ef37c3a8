package org.isnad.extraction.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.isnad.extraction.engine.ExtractionEngine;
import org.isnad.extraction.engine.SentenceSplitEngine;

/** The engine is plain Java; this is the one place the service decides which one it runs. */
public class EngineProducer {

    @Produces
    @Singleton
    ExtractionEngine engine() {
        return new SentenceSplitEngine();
    }
}
