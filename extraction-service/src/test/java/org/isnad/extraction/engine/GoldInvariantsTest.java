package org.isnad.extraction.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Offset invariants on every dev gold article, as is and after hostile hygiene edits (RLM/NBSP inserted,
 * diacritics and tatweel added, CRLF line ends). Only invariants are asserted; no scores.
 */
class GoldInvariantsTest {
    @TestFactory
    Stream<DynamicTest> invariants() throws IOException {
        List<Path> files;
        try (Stream<Path> st = Files.list(Paths.get("src/test/resources/gold/dev"))) {
            files = st.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().flatMap(p -> {
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            String dirty = text.replace("\n", "\r\n").replace(" إن ", " \u200Fإنَّ ").replace(" قال", " قـــال")
                    .replace(" في ", "\u00A0في\u00A0").replace("ة ", "ةً ");
            return Stream.of(
                    DynamicTest.dynamicTest(p.getFileName().toString(), () -> TestSupport.run(text)),
                    DynamicTest.dynamicTest(p.getFileName() + " (dirty)", () -> TestSupport.run(dirty)));
        });
    }
}
