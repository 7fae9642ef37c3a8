package org.isnad.extraction.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "isnad.extraction")
public interface ExtractionConfig {

    /** Longest text the engine takes, in characters (1,000,000, about 150,000 words); longer gets 413. */
    @WithDefault("1000000")
    int maxTextChars();

    /**
     * Adds the ANERcorp-trained statistical tagger to the rule and gazetteer entity finders (default off: on our
     * gold articles it found no entity the others missed and costs about 4 ms per article; see docs/extraction-engine.md).
     */
    @WithDefault("false")
    boolean statisticalNer();
}
