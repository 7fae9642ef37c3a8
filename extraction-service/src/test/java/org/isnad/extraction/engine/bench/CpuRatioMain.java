package org.isnad.extraction.engine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.extraction.engine.ExtractionEngine;
import org.isnad.extraction.engine.ExtractionRequest;
import org.isnad.extraction.engine.eval.EngineFactory;

/**
 * Complement to the JMH benchmark on a shared machine: per-article THREAD CPU time (not wall clock) of the
 * full pipeline vs Lucene's ArabicAnalyzer on the six Arabic dev articles, three rounds of 3,000 each.
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.isnad.extraction.engine.bench.CpuRatioMain}
 */
public final class CpuRatioMain {
    private CpuRatioMain() {
    }

    /** The six Arabic dev articles both mains run on (the three corpus articles and ar01–ar03). */
    static String[] devArticles() throws IOException {
        List<String> names = List.of("c000", "c001", "c002", "ar01", "ar02", "ar03");
        String[] docs = new String[names.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = Files.readString(Path.of("src/test/resources/gold/dev/" + names.get(i) + ".txt"),
                    StandardCharsets.UTF_8);
        }
        return docs;
    }

    public static void main(String[] args) throws Exception {
        String[] docs = devArticles();
        ExtractionEngine engine = EngineFactory.create();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        try (Analyzer an = new ArabicAnalyzer()) {
            for (int round = 0; round < 3; round++) {
                int n = 3000;
                long c = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    sink += engine.extract(ExtractionRequest.of(docs[i % docs.length])).claims().size();
                }
                double eng = (mx.getCurrentThreadCpuTime() - c) / 1e6 / n;
                c = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    try (TokenStream ts = an.tokenStream("b", docs[i % docs.length])) {
                        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            sink += t.length();
                        }
                        ts.end();
                    }
                }
                double luc = (mx.getCurrentThreadCpuTime() - c) / 1e6 / n;
                System.out.printf("round %d: engine %.3f ms CPU/article (%.0f/s), ArabicAnalyzer %.3f ms (%.0f/s), ratio %.1fx%n",
                        round + 1, eng, 1000 / eng, luc, 1000 / luc, eng / luc);
            }
        }
        System.out.println("(checksum " + sink + ")");
    }
}
