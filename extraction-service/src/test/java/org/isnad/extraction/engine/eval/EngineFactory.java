package org.isnad.extraction.engine.eval;

import org.isnad.extraction.engine.ExtractionEngine;
import java.util.List;
import org.isnad.extraction.engine.IsnadExtractionEngine;
import org.isnad.extraction.engine.entity.LexiconFinders;
import org.isnad.extraction.engine.entity.RuleEntityFinder;

/** The engine as evaluated and benchmarked (all stages on). */
public final class EngineFactory {
    private EngineFactory() {
    }

    static org.isnad.extraction.engine.entity.EntityFinder nerFinder() {
        return org.isnad.extraction.engine.entity.TokenTaggerFinder.of(
                org.isnad.extraction.engine.ner.ArabicNer.loadDefault());
    }

    public static ExtractionEngine create() {
        String cfg = System.getProperty("isnad.finders", "all");
        return switch (cfg) {
            case "rules" -> new IsnadExtractionEngine(List.of(new RuleEntityFinder()));
            case "lexicon" -> new IsnadExtractionEngine(List.of(new LexiconFinders.Gazetteer(),
                    new LexiconFinders.Dates(), new LexiconFinders.Quantities()));
            case "all+ner" -> IsnadExtractionEngine.withStatisticalNer();
            case "ner" -> new IsnadExtractionEngine(List.of(nerFinder()));
            default -> new IsnadExtractionEngine();
        };
    }
}
