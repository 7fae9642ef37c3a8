package org.isnad.extraction.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.isnad.extraction.engine.ExtractionEngine;
import org.isnad.extraction.engine.IsnadExtractionEngine;
import org.jboss.logging.Logger;

/** The engine is plain Java; this is the one place the service decides how it is assembled. */
public class EngineProducer {

    private static final Logger LOG = Logger.getLogger(EngineProducer.class);

    @Produces
    @Singleton
    ExtractionEngine engine(ExtractionConfig config) {
        IsnadExtractionEngine engine = config.statisticalNer()
                ? IsnadExtractionEngine.withStatisticalNer()
                : new IsnadExtractionEngine();
        LOG.infof("Extraction engine %s ready", engine.version());
        return engine;
    }
}
