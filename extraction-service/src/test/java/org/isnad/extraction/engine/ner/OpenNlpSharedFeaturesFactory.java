package org.isnad.extraction.engine.ner;

import java.util.Map;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP name-finder factory that feeds our hashed features to NameFinderME (used only by {@link OpenNlpComparison};
 * OpenNLP re-instantiates factories reflectively, hence a public top-level class and a static generator).
 */
public final class OpenNlpSharedFeaturesFactory extends TokenNameFinderFactory {
    static volatile AdaptiveFeatureGenerator generator;

    public OpenNlpSharedFeaturesFactory() {
        super(null, Map.of(), new BilouCodec());
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return generator;
    }
}
