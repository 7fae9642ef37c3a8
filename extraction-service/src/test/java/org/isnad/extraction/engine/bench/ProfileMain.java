package org.isnad.extraction.engine.bench;

import org.isnad.extraction.engine.ExtractionEngine;
import org.isnad.extraction.engine.ExtractionRequest;
import org.isnad.extraction.engine.eval.EngineFactory;

/**
 * A loop to run under JFR: the full pipeline on the six dev articles of {@link CpuRatioMain} for
 * {@code args[0]} seconds (default 30), e.g. {@code java -XX:StartFlightRecording=filename=/tmp/perf.jfr,
 * settings=profile -cp ... org.isnad.extraction.engine.bench.ProfileMain 30}.
 */
public final class ProfileMain {
    private ProfileMain() {
    }

    public static void main(String[] args) throws Exception {
        String[] docs = CpuRatioMain.devArticles();
        ExtractionEngine engine = EngineFactory.create();
        long end = System.nanoTime() + (long) ((args.length > 0 ? Double.parseDouble(args[0]) : 30) * 1e9);
        long sink = 0;
        int n = 0;
        while (System.nanoTime() < end) {
            sink += engine.extract(ExtractionRequest.of(docs[n++ % docs.length])).claims().size();
        }
        System.out.println(n + " articles (checksum " + sink + ")");
    }
}
