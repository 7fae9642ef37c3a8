package org.isnad.extraction.engine.boilerplate.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.boilerplate.BoilerplateDetector;
import org.isnad.extraction.engine.boilerplate.LineFeatures;
import org.isnad.extraction.engine.boilerplate.LineFurnitureModel;
import org.isnad.extraction.engine.eval.EvalMain;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.TextNormalizer;

/**
 * The gold articles as labelled lines for the furniture model: each trimmed non-blank line of the normalised text
 * (the detector's lines), whether the RULES alone marked it, its label (a gold {@code B} span covers at least half
 * of it; lines covered less than that but more than not at all are ambiguous and left out of training), the gold
 * claims it overlaps and the gold entity forms it contains, and its feature vector. Gold spans are resolved exactly
 * as {@code eval.EvalMain} resolves them.
 */
final class GoldLines {

    static final List<String> SPLITS = splits();

    private static List<String> splits() {
        List<String> s = new ArrayList<>(List.of("dev", "heldout"));
        for (int i = 2; i <= 19; i++) {
            s.add("heldout" + i);
        }
        return List.copyOf(s);
    }

    static final byte NEGATIVE = 0;
    static final byte POSITIVE = 1;
    static final byte AMBIGUOUS = 2;

    /** One article: per-line arrays, all of the same length. */
    record Article(String split, String name, String[] low, boolean[] ruled, byte[] label, int[][] claims,
                   int[][] entities, int entityForms, int claimCount, int[][] idx, float[][] val) {
        int lines() {
            return low.length;
        }
    }

    private GoldLines() {
    }

    static Path root() {
        return Files.isDirectory(Paths.get("src/test/resources/gold")) ? Paths.get("src/test/resources/gold")
                : Paths.get("extraction-service/src/test/resources/gold");
    }

    static List<Article> load(List<String> splits) throws IOException {
        BoilerplateDetector rules = new BoilerplateDetector();
        List<Article> out = new ArrayList<>();
        for (String split : splits) {
            List<Path> files;
            try (Stream<Path> st = Files.list(root().resolve(split))) {
                files = st.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path txt : files) {
                String name = txt.getFileName().toString().replace(".txt", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                List<String> tsv = Files.readAllLines(txt.resolveSibling(name + ".tsv"), StandardCharsets.UTF_8);
                out.add(article(split, name, text, tsv, rules));
            }
        }
        return out;
    }

    private static Article article(String split, String name, String text, List<String> tsv,
                                   BoilerplateDetector rules) {
        NormalizedText nt = TextNormalizer.normalize(text);
        List<int[]> lines = BoilerplateDetector.lines(nt.norm());
        int n = lines.size();
        Set<Integer> ruledStarts = new HashSet<>();
        for (BoilerplateDetector.Line l : rules.detect(nt)) {
            ruledStarts.add(l.normStart());
        }
        List<Span> boiler = new ArrayList<>();
        List<Span> claims = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        parseGold(text, tsv, boiler, claims, entities);
        String[] low = new String[n];
        boolean[] ruled = new boolean[n];
        byte[] label = new byte[n];
        int[][] lineClaims = new int[n][];
        int[][] lineEntities = new int[n][];
        for (int k = 0; k < n; k++) {
            int[] l = lines.get(k);
            low[k] = Fold.lower(nt.norm().substring(l[0], l[1]));
            ruled[k] = ruledStarts.contains(l[0]);
            Span orig = nt.toOriginal(l[0], l[1]);
            double cover = coverage(orig, boiler);
            label[k] = cover >= 0.5 ? POSITIVE : cover > 0 ? AMBIGUOUS : NEGATIVE;
            List<Integer> cs = new ArrayList<>();
            for (int c = 0; c < claims.size(); c++) {
                if (claims.get(c).start() < orig.end() && claims.get(c).end() > orig.start()) {
                    cs.add(c);
                }
            }
            lineClaims[k] = cs.stream().mapToInt(Integer::intValue).toArray();
            List<Integer> es = new ArrayList<>();
            for (int e = 0; e < entities.size(); e++) {
                if (!entities.get(e).isEmpty() && low[k].contains(entities.get(e))) {
                    es.add(e);
                }
            }
            lineEntities[k] = es.stream().mapToInt(Integer::intValue).toArray();
        }
        LineFeatures f = new LineFeatures(low, LineFurnitureModel.tokensOf(nt, lines), ruled);
        int[][] idx = new int[n][];
        float[][] val = new float[n][];
        int[] bi = new int[LineFeatures.MAX_NNZ];
        float[] bv = new float[LineFeatures.MAX_NNZ];
        for (int k = 0; k < n; k++) {
            int m = f.extract(k, bi, bv);
            idx[k] = java.util.Arrays.copyOf(bi, m);
            val[k] = java.util.Arrays.copyOf(bv, m);
        }
        return new Article(split, name, low, ruled, label, lineClaims, lineEntities, entities.size(), claims.size(),
                idx, val);
    }


    private static double coverage(Span line, List<Span> boiler) {
        int len = line.end() - line.start();
        if (len <= 0) {
            return 0;
        }
        boolean[] covered = new boolean[len];
        for (Span b : boiler) {
            for (int i = Math.max(b.start(), line.start()); i < Math.min(b.end(), line.end()); i++) {
                covered[i - line.start()] = true;
            }
        }
        int c = 0;
        for (boolean x : covered) {
            c += x ? 1 : 0;
        }
        return (double) c / len;
    }

    /** Mirrors {@code EvalMain.parse}: C (cursor-ordered), E, B (with occurrence). Entities come back folded. */
    private static void parseGold(String text, List<String> tsv, List<Span> boiler, List<Span> claims,
                                  List<String> entities) {
        int cursor = 0;
        for (String line : tsv) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "C" -> {
                    Span sp = EvalMain.resolve(text, c[1], cursor, 1);
                    if (sp == null) {
                        sp = EvalMain.resolve(text, c[1], 0, 1);
                    }
                    if (sp != null) {
                        cursor = sp.start();
                        claims.add(sp);
                    }
                }
                case "E" -> entities.add(Fold.fold(c[1]));
                case "B" -> {
                    int occ = c.length > 2 && !c[2].isBlank() ? Integer.parseInt(c[2].trim()) : 1;
                    Span sp = EvalMain.resolve(text, c[1], 0, occ);
                    if (sp != null) {
                        boiler.add(sp);
                    }
                }
                default -> {
                }
            }
        }
    }
}
