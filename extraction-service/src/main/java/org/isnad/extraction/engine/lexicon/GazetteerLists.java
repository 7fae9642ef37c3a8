package org.isnad.extraction.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * Reads the bundled list files into a {@link Gazetteer}. Kept apart from the trie so the file format (one entry per
 * line, {@code canonical|variant|variant}, {@code ?} marking a context-dependent form or an ambiguous given name,
 * {@code #} comments) is in one place and the gazetteer is only about storing and matching forms.
 */
final class GazetteerLists {

    private GazetteerLists() {
    }

    /** Receives one given name (folded) and whether it is also a common word. */
    interface FirstNameSink {
        void accept(String folded, boolean ambiguous);
    }

    /**
     * Reads an entity list; {@code add} gets every surface form with its entry and says whether it was new.
     * Returns {entries (lines), new forms}.
     */
    static int[] readEntries(InputStream in, Gazetteer.Category category, BiPredicate<String, Gazetteer.Entry> add) {
        int[] entriesAndForms = new int[2];
        forEachEntryLine(in, line -> {
            String[] parts = line.split("\\|");
            String canonical = parts[0].strip();
            if (canonical.startsWith("?")) {
                canonical = canonical.substring(1).strip();
            }
            if (canonical.isEmpty()) {
                return;
            }
            entriesAndForms[0]++;
            for (String p : parts) {
                String form = p.strip();
                boolean contextual = form.startsWith("?");
                if (contextual) {
                    form = form.substring(1).strip();
                }
                if (!form.isEmpty() && add.test(form, new Gazetteer.Entry(canonical, category, contextual))) {
                    entriesAndForms[1]++;
                }
            }
        });
        return entriesAndForms;
    }

    /** Reads the given-name list: folded names, multi-word names (عبد الله) keyed with one space. */
    static void readFirstNames(InputStream in, FirstNameSink sink) {
        forEachEntryLine(in, line -> {
            boolean ambiguous = line.startsWith("?");
            for (String p : (ambiguous ? line.substring(1) : line).split("\\|")) {
                String n = ArabicText.normalize(p.strip());
                if (!n.isEmpty()) {
                    sink.accept(n.replaceAll("\\s+", " "), ambiguous);
                }
            }
        });
    }

    /** The stripped lines of a UTF-8 list, without blank lines and {@code #} comments. */
    private static void forEachEntryLine(InputStream in, Consumer<String> action) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    action.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
