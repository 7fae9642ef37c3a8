package org.isnad.extraction.engine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.extraction.engine.ExtractionEngine;
import org.isnad.extraction.engine.ExtractionRequest;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.eval.EngineFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Articles per second, single-threaded: the full pipeline (every stage on) vs Lucene's ArabicAnalyzer
 * tokenising the same articles (the six Arabic dev articles: the three corpus articles and three written
 * ones, 5–7 KB each). One invocation = one article, round robin. The trial setup runs each 3,000 times
 * before JMH's own warm-up (JIT pre-warm). Run with
 * {@code mvn -q -Pbench test-compile exec:exec} (adds {@code -prof gc}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {
    private List<String> articles;
    private ExtractionEngine engine;
    private Analyzer analyzer;
    private int next;

    @Setup(Level.Trial)
    public void setup() {
        try (Stream<Path> st = Files.list(Paths.get("src/test/resources/gold/dev"))) {
            articles = st.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("en"))
                    .sorted().map(p -> {
                        try {
                            return Files.readString(p, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine = EngineFactory.create();
        analyzer = new ArabicAnalyzer();
        // JIT pre-warm: on a shared 2-core machine 3 x 2 s of JMH warm-up is only a few hundred calls
        for (int i = 0; i < PREWARM; i++) {
            engine.extract(ExtractionRequest.of(articles.get(i % articles.size())));
            try (TokenStream ts = analyzer.tokenStream("body", articles.get(i % articles.size()))) {
                ts.reset();
                while (ts.incrementToken()) {
                    // drain
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final int PREWARM = 3000;

    @TearDown(Level.Trial)
    public void close() {
        analyzer.close();
    }

    private String nextArticle() {
        String a = articles.get(next);
        next = (next + 1) % articles.size();
        return a;
    }

    @Benchmark
    public ExtractionResult fullPipeline() {
        return engine.extract(ExtractionRequest.of(nextArticle()));
    }

    @Benchmark
    public void luceneArabicAnalyzer(Blackhole bh) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("body", nextArticle())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                bh.consume(term.length());
            }
            ts.end();
        }
    }
}
