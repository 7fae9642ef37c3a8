package org.isnad.extraction.engine.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Readers for the ANERcorp (CAMeL Lab release) and Wojood files. */
final class NerCorpus {
    private NerCorpus() {
    }

    /** A sentence with its gold spans [start, end, type]; {@link #tags()} is their BILOU encoding. */
    record Sentence(String[] tokens, int[][] spans) {
        List<String> tokenList() {
            return Arrays.asList(tokens);
        }

        int[] tags() {
            return NerModel.encode(spans, tokens.length);
        }
    }

    /** BIO tag index: O = 0, B-X = 1 + 2·type, I-X = 2 + 2·type. */
    static int bioIndex(String name) {
        if (name.equals("O")) {
            return 0;
        }
        String type = name.substring(2);
        for (int t = 0; t < NerModel.TYPES.length; t++) {
            if (NerModel.TYPES[t].equals(type)) {
                return name.charAt(0) == 'B' ? 1 + 2 * t : 2 + 2 * t;
            }
        }
        throw new IllegalArgumentException("unknown tag " + name);
    }

    /** CoNLL (conlleval) chunks of a BIO sequence: an I-X that does not continue an X chunk starts a new one. */
    static int[][] bioSpans(int[] bio) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < bio.length) {
            if (bio[i] == 0) {
                i++;
                continue;
            }
            int type = (bio[i] - 1) / 2;
            int j = i + 1;
            while (j < bio.length && bio[j] == 2 + 2 * type) {
                j++;
            }
            out.add(new int[] {i, j, type});
            i = j;
        }
        return out.toArray(new int[0][]);
    }

    static String[] toBio(int[][] spans, int n) {
        String[] out = new String[n];
        Arrays.fill(out, "O");
        for (int[] sp : spans) {
            for (int i = sp[0]; i < sp[1]; i++) {
                out[i] = (i == sp[0] ? "B-" : "I-") + NerModel.TYPES[sp[2]];
            }
        }
        return out;
    }

    /** An entity mention from some corpus: its tokens and a {@link NerModel#TYPES} index. */
    record Entity(String[] tokens, int type) {
    }

    /**
     * Reads {@code token TAG} lines; a sentence ends after a {@code .} token. Lines with an empty token (a few in the
     * release) are kept as empty tokens; the one line where a newline was lost ({@code ". Oالإصابة O"}) is split back
     * into its two tokens. Chunks follow CoNLL (conlleval) semantics.
     */
    static List<Sentence> readAnercorp(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() && line.indexOf(' ') < 0) {
                if (!toks.isEmpty()) {
                    out.add(make(toks, tags));
                }
                continue;
            }
            String[] f = line.split(" ", -1);
            List<String[]> pairs = new ArrayList<>();
            if (f.length == 2) {
                pairs.add(f);
            } else if (f.length == 3 && f[1].length() > 1 && f[1].startsWith("O")) {
                pairs.add(new String[] {f[0], "O"});
                pairs.add(new String[] {f[1].substring(1), f[2]});
            } else {
                int sp = line.lastIndexOf(' ');
                pairs.add(new String[] {line.substring(0, Math.max(0, sp)).trim(), line.substring(sp + 1).trim()});
            }
            for (String[] p : pairs) {
                toks.add(p[0]);
                tags.add(bioIndex(p[1].trim()));
                if (p[0].equals(".")) {
                    out.add(make(toks, tags));
                }
            }
        }
        if (!toks.isEmpty()) {
            out.add(make(toks, tags));
        }
        return out;
    }

    private static Sentence make(List<String> toks, List<Integer> tags) {
        String[] t = toks.toArray(String[]::new);
        int[] y = new int[tags.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = tags.get(i);
        }
        toks.clear();
        tags.clear();
        return new Sentence(t, bioSpans(y));
    }

    /** Entities of a list of sentences. */
    static List<Entity> entities(List<Sentence> sentences) {
        List<Entity> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int[] sp : s.spans()) {
                out.add(new Entity(Arrays.copyOfRange(s.tokens(), sp[0], sp[1]), sp[2]));
            }
        }
        return out;
    }

    /**
     * Entities from a Wojood file ({@code token TAG [TAG...]}, nested, blank line between sentences), mapped to
     * ANERcorp types: PERS → PERS, ORG → ORG, GPE/LOC/FAC → LOC; other types ignored.
     */
    static List<Entity> readWojoodEntities(Path file) throws IOException {
        List<Entity> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> sent = new ArrayList<>();
        for (int li = 0; li <= lines.size(); li++) {
            String line = li < lines.size() ? lines.get(li) : "";
            if (line.isBlank()) {
                collectWojood(sent, out);
                sent.clear();
            } else {
                sent.add(line.trim().split("\\s+"));
            }
        }
        return out;
    }

    /**
     * Wojood sentences flattened to ANERcorp types (PERS; GPE/LOC/FAC → LOC; ORG; CURR/EVENT → MISC): all mapped
     * mentions of all nesting levels, longest first, without overlaps.
     */
    static List<Sentence> readWojoodSentences(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String[]> sent = new ArrayList<>();
        String[][] map = {{"PERS", "0"}, {"GPE", "1"}, {"LOC", "1"}, {"FAC", "1"}, {"ORG", "2"}, {"CURR", "3"},
            {"EVENT", "3"}};
        for (int li = 0; li <= lines.size(); li++) {
            String line = li < lines.size() ? lines.get(li) : "";
            if (!line.isBlank()) {
                sent.add(line.trim().split("\\s+"));
                continue;
            }
            if (sent.isEmpty()) {
                continue;
            }
            List<int[]> cands = new ArrayList<>();
            for (String[] m : map) {
                String b = "B-" + m[0], in = "I-" + m[0];
                for (int i = 0; i < sent.size(); i++) {
                    if (has(sent.get(i), b)) {
                        int j = i + 1;
                        while (j < sent.size() && has(sent.get(j), in)) {
                            j++;
                        }
                        cands.add(new int[] {i, j, Integer.parseInt(m[1])});
                    }
                }
            }
            cands.sort((x, y) -> (y[1] - y[0]) != (x[1] - x[0]) ? (y[1] - y[0]) - (x[1] - x[0]) : x[0] - y[0]);
            boolean[] used = new boolean[sent.size()];
            List<int[]> chosen = new ArrayList<>();
            for (int[] c : cands) {
                boolean free = true;
                for (int k = c[0]; k < c[1]; k++) {
                    free &= !used[k];
                }
                if (free) {
                    for (int k = c[0]; k < c[1]; k++) {
                        used[k] = true;
                    }
                    chosen.add(c);
                }
            }
            chosen.sort((x, y) -> x[0] - y[0]);
            String[] toks = new String[sent.size()];
            for (int k = 0; k < toks.length; k++) {
                toks[k] = sent.get(k)[0];
            }
            out.add(new Sentence(toks, chosen.toArray(new int[0][])));
            sent.clear();
        }
        return out;
    }

    private static void collectWojood(List<String[]> sent, List<Entity> out) {
        String[][] map = {{"PERS", "0"}, {"GPE", "1"}, {"LOC", "1"}, {"FAC", "1"}, {"ORG", "2"}};
        for (String[] m : map) {
            String b = "B-" + m[0], in = "I-" + m[0];
            for (int i = 0; i < sent.size(); i++) {
                if (!has(sent.get(i), b)) {
                    continue;
                }
                int j = i + 1;
                while (j < sent.size() && has(sent.get(j), in)) {
                    j++;
                }
                String[] toks = new String[j - i];
                for (int k = i; k < j; k++) {
                    toks[k - i] = sent.get(k)[0];
                }
                out.add(new Entity(toks, Integer.parseInt(m[1])));
            }
        }
    }

    private static boolean has(String[] fields, String tag) {
        for (int k = 1; k < fields.length; k++) {
            if (fields[k].equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
