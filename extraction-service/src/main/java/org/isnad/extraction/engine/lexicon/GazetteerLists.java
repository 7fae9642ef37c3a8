package org.isnad.extraction.engine.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiPredicate;

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
        int entries = 0;
        int forms = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                String canonical = parts[0].strip();
                if (canonical.startsWith("?")) {
                    canonical = canonical.substring(1).strip();
                }
                if (canonical.isEmpty()) {
                    continue;
                }
                entries++;
                for (String p : parts) {
                    String form = p.strip();
                    boolean contextual = form.startsWith("?");
                    if (contextual) {
                        form = form.substring(1).strip();
                    }
                    if (!form.isEmpty() && add.test(form, new Gazetteer.Entry(canonical, category, contextual))) {
                        forms++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new int[] {entries, forms};
    }

    /** Reads the given-name list: folded names, multi-word names (عبد الله) keyed with one space. */
    static void readFirstNames(InputStream in, FirstNameSink sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean ambiguous = line.startsWith("?");
                if (ambiguous) {
                    line = line.substring(1);
                }
                for (String p : line.split("\\|")) {
                    String n = ArabicText.normalize(p.strip());
                    if (!n.isEmpty()) {
                        sink.accept(n.replaceAll("\\s+", " "), ambiguous);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
