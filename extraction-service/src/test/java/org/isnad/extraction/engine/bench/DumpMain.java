package org.isnad.extraction.engine.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.extraction.engine.ExtractionEngine;
import org.isnad.extraction.engine.ExtractionRequest;
import org.isnad.extraction.engine.eval.EngineFactory;

/**
 * Full-output dump for refactors that must not change behaviour: every field of every result (claims with
 * scores and features, attributions, entities, quantities, boilerplate) for each gold article, once bare and
 * once with a title and an article date. Diff the output before and after a change:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.isnad.extraction.engine.bench.DumpMain > /tmp/dump.txt}
 */
public final class DumpMain {
    private DumpMain() {
    }

    public static void main(String[] args) throws Exception {
        ExtractionEngine engine = EngineFactory.create();
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/gold"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : files) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String title = text.strip().lines().findFirst().orElse("");
            System.out.println("== " + p);
            System.out.println(engine.extract(ExtractionRequest.of(text)));
            System.out.println(engine.extract(new ExtractionRequest(text, title, null, LocalDate.of(2024, 3, 15))));
        }
    }
}
