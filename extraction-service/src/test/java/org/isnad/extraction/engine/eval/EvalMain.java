package org.isnad.extraction.engine.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.ExtractionEngine;
import org.isnad.extraction.engine.ExtractionRequest;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.text.Fold;

/**
 * Gold evaluation. {@code mvn -q test-compile exec:java -Dexec.args="dev"} (or {@code heldout}, {@code all};
 * add {@code -v} to list mismatches).
 *
 * <p>Matching rules. Claims: a predicted claim matches a gold claim when the token-level Jaccard of their
 * spans is at least 0.5 (tokens = maximal letter/digit runs of the ORIGINAL text, identified by position);
 * one-to-one, greedy by best Jaccard. Attribution: over matched claims, type equal; type+source additionally
 * requires the folded sources to be equal or one to contain the other (both empty counts as equal; an
 * empty gold source accepts any). Entities: distinct (type, folded text) forms per article; a prediction
 * matches a gold form of the same type when the folded texts are equal or their word-set Jaccard is ≥ 0.5,
 * one-to-one. Boilerplate leaks: predicted claims or entities overlapping a gold boilerplate span.
 */
public final class EvalMain {

    record GoldClaim(Span span, String type, String source) {
    }

    record GoldEntity(String text, EntityType type) {
    }

    record Gold(List<GoldClaim> claims, List<GoldEntity> entities, List<Span> boilerplate, List<String> errors) {
    }

    static final class Totals {
        int goldClaims;
        int predClaims;
        int matched;
        int typeOk;
        int typeSourceOk;
        int leaks;
        int boilerGoldChars;
        int boilerCovered;
        final int[] entGold = new int[5];
        final int[] entPred = new int[5];
        final int[] entTp = new int[5];

        void add(Totals o) {
            goldClaims += o.goldClaims;
            predClaims += o.predClaims;
            matched += o.matched;
            typeOk += o.typeOk;
            typeSourceOk += o.typeSourceOk;
            leaks += o.leaks;
            boilerGoldChars += o.boilerGoldChars;
            boilerCovered += o.boilerCovered;
            for (int i = 0; i < 5; i++) {
                entGold[i] += o.entGold[i];
                entPred[i] += o.entPred[i];
                entTp[i] += o.entTp[i];
            }
        }
    }

    public static void main(String[] args) throws IOException {
        // every non-flag argument is a split, evaluated in order ("all" = dev + heldout); default dev
        List<String> sets = new java.util.ArrayList<>();
        boolean verbose = false;
        for (String a : args) {
            if (a.equals("-v")) {
                verbose = true;
            } else if (a.equals("all")) {
                sets.addAll(List.of("dev", "heldout"));
            } else {
                sets.add(a);
            }
        }
        if (sets.isEmpty()) {
            sets.add("dev");
        }
        ExtractionEngine engine = EngineFactory.create();
        // run from the module (surefire, IDE) or from the repository root (./mvnw -pl extraction-service ...)
        Path root = Files.isDirectory(Paths.get("src/test/resources/gold")) ? Paths.get("src/test/resources/gold")
                : Paths.get("extraction-service/src/test/resources/gold");
        System.out.println("engine " + engine.version());
        for (String s : sets) {
            Totals total = new Totals();
            System.out.println("== " + s);
            System.out.printf(Locale.ROOT, "%-10s %5s %5s %5s %6s %6s %6s %6s %6s %5s %6s%n", "article", "gold", "pred",
                    "match", "P", "R", "F1", "type", "t+src", "leaks", "entF1");
            List<Path> files;
            try (Stream<Path> st = Files.list(root.resolve(s))) {
                files = st.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path txt : files) {
                String name = txt.getFileName().toString().replace(".txt", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                Gold gold = parse(text, Files.readAllLines(root.resolve(s).resolve(name + ".tsv"), StandardCharsets.UTF_8));
                for (String err : gold.errors()) {
                    System.out.println("  GOLD ERROR " + name + ": " + err);
                }
                ExtractionResult r = engine.extract(ExtractionRequest.of(text));
                Totals t = score(text, gold, r, verbose ? name : null);
                total.add(t);
                print(name, t);
            }
            print("OVERALL", total);
            System.out.println("entities per type (P/R/F1):");
            for (EntityType et : EntityType.values()) {
                int i = et.ordinal();
                double p = ratio(total.entTp[i], total.entPred[i]);
                double rc = ratio(total.entTp[i], total.entGold[i]);
                System.out.printf(Locale.ROOT, "  %-13s gold %3d pred %3d tp %3d  P %.3f R %.3f F1 %.3f%n", et,
                        total.entGold[i], total.entPred[i], total.entTp[i], p, rc, f1(p, rc));
            }
            System.out.printf(Locale.ROOT, "boilerplate coverage: %.3f of %d gold chars; leaks: %d%n",
                    ratio(total.boilerCovered, total.boilerGoldChars), total.boilerGoldChars, total.leaks);
        }
    }

    static void print(String name, Totals t) {
        double p = ratio(t.matched, t.predClaims);
        double r = ratio(t.matched, t.goldClaims);
        int eg = 0;
        int ep = 0;
        int etp = 0;
        for (int i = 0; i < 5; i++) {
            eg += t.entGold[i];
            ep += t.entPred[i];
            etp += t.entTp[i];
        }
        double ef = f1(ratio(etp, ep), ratio(etp, eg));
        System.out.printf(Locale.ROOT, "%-10s %5d %5d %5d %6.3f %6.3f %6.3f %6.3f %6.3f %5d %6.3f%n", name,
                t.goldClaims, t.predClaims, t.matched, p, r, f1(p, r), ratio(t.typeOk, t.matched),
                ratio(t.typeSourceOk, t.matched), t.leaks, ef);
    }

    static double ratio(int a, int b) {
        return b == 0 ? (a == 0 ? 1.0 : 0.0) : (double) a / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    // ------------------------------------------------------------------------------------------ gold

    static Gold parse(String text, List<String> lines) {
        List<GoldClaim> claims = new ArrayList<>();
        List<GoldEntity> ents = new ArrayList<>();
        List<Span> boiler = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int claimCursor = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "C" -> {
                    Span sp = resolve(text, c[1], claimCursor, 1);
                    if (sp == null) {
                        sp = resolve(text, c[1], 0, 1);
                    }
                    if (sp == null) {
                        errors.add("claim not found: " + c[1]);
                        continue;
                    }
                    claimCursor = sp.start();
                    claims.add(new GoldClaim(sp, c[2], c.length > 3 ? c[3] : ""));
                }
                case "E" -> ents.add(new GoldEntity(c[1], EntityType.valueOf(c[2].trim())));
                case "B" -> {
                    int occ = c.length > 2 && !c[2].isBlank() ? Integer.parseInt(c[2].trim()) : 1;
                    Span sp = resolve(text, c[1], 0, occ);
                    if (sp == null) {
                        errors.add("boilerplate not found: " + c[1]);
                    } else {
                        boiler.add(sp);
                    }
                }
                default -> errors.add("bad line: " + line);
            }
        }
        return new Gold(claims, ents, boiler, errors);
    }

    /** Resolves "text" or "HEAD … TAIL" to its {@code occ}-th occurrence at or after {@code from}. */
    public static Span resolve(String text, String spec, int from, int occ) {
        int sep = spec.indexOf(" … ");
        String head = sep < 0 ? spec : spec.substring(0, sep);
        String tail = sep < 0 ? null : spec.substring(sep + 3);
        int pos = from - 1;
        int s = -1;
        for (int k = 0; k < occ; k++) {
            s = text.indexOf(head, pos + 1);
            if (s < 0) {
                return null;
            }
            pos = s;
        }
        if (tail == null) {
            return new Span(s, s + head.length());
        }
        int t = text.indexOf(tail, s + head.length());
        if (t < 0) {
            return null;
        }
        return new Span(s, t + tail.length());
    }

    // ----------------------------------------------------------------------------------------- scoring

    static Totals score(String text, Gold gold, ExtractionResult r, String verboseName) {
        Totals t = new Totals();
        List<int[]> tokens = tokens(text);
        List<Claim> pred = r.claims();
        t.goldClaims = gold.claims().size();
        t.predClaims = pred.size();
        // all pairs
        List<double[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.claims().size(); g++) {
            Set<Integer> gs = tokenSet(tokens, gold.claims().get(g).span());
            for (int p = 0; p < pred.size(); p++) {
                Set<Integer> ps = tokenSet(tokens, new Span(pred.get(p).start(), pred.get(p).end()));
                double j = jaccard(gs, ps);
                if (j >= 0.5) {
                    pairs.add(new double[]{j, g, p});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[] gUsed = new boolean[gold.claims().size()];
        boolean[] pUsed = new boolean[pred.size()];
        for (double[] pr : pairs) {
            int g = (int) pr[1];
            int p = (int) pr[2];
            if (gUsed[g] || pUsed[p]) {
                continue;
            }
            gUsed[g] = true;
            pUsed[p] = true;
            t.matched++;
            GoldClaim gc = gold.claims().get(g);
            Claim pc = pred.get(p);
            boolean typeOk = pc.attribution().sourceType() == SourceType.valueOf(gc.type());
            boolean srcOk = typeOk && sourceMatch(gc.source(), pc.attribution().source());
            if (typeOk) {
                t.typeOk++;
            }
            if (srcOk) {
                t.typeSourceOk++;
            }
            if (verboseName != null && !srcOk) {
                System.out.println("  [" + verboseName + "] ATTR gold=" + gc.type() + "/" + gc.source() + " pred="
                        + pc.attribution().sourceType() + "/" + pc.attribution().source() + " cue="
                        + pc.attribution().cue() + " :: " + clip(pc.text()));
            }
        }
        if (verboseName != null) {
            for (int g = 0; g < gUsed.length; g++) {
                if (!gUsed[g]) {
                    Span sp = gold.claims().get(g).span();
                    System.out.println("  [" + verboseName + "] MISS " + clip(text.substring(sp.start(), sp.end())));
                }
            }
            for (int p = 0; p < pUsed.length; p++) {
                if (!pUsed[p]) {
                    System.out.println("  [" + verboseName + "] FP   " + pred.get(p).attribution().sourceType() + " "
                            + clip(pred.get(p).text()));
                }
            }
        }
        // leaks
        for (Span b : gold.boilerplate()) {
            for (Claim c : pred) {
                if (b.overlaps(new Span(c.start(), c.end()))) {
                    t.leaks++;
                    if (verboseName != null) {
                        System.out.println("  [" + verboseName + "] LEAK claim " + clip(c.text()));
                    }
                }
            }
            for (Entity e : r.entities()) {
                if (b.overlaps(new Span(e.start(), e.end()))) {
                    t.leaks++;
                    if (verboseName != null) {
                        System.out.println("  [" + verboseName + "] LEAK entity " + e.text());
                    }
                }
            }
            t.boilerGoldChars += b.length();
            boolean[] cov = new boolean[b.length()];
            for (Span pb : r.boilerplate()) {
                for (int k = Math.max(pb.start(), b.start()); k < Math.min(pb.end(), b.end()); k++) {
                    cov[k - b.start()] = true;
                }
            }
            for (boolean x : cov) {
                if (x) {
                    t.boilerCovered++;
                }
            }
        }
        // entities: distinct forms
        for (EntityType et : EntityType.values()) {
            List<String> g = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (GoldEntity ge : gold.entities()) {
                if (ge.type() == et && seen.add(entNorm(ge.text()))) {
                    g.add(entNorm(ge.text()));
                }
            }
            List<String> p = new ArrayList<>();
            seen.clear();
            for (Entity e : r.entities()) {
                if (e.type() == et && seen.add(entNorm(e.text()))) {
                    p.add(entNorm(e.text()));
                }
            }
            int i = et.ordinal();
            t.entGold[i] = g.size();
            t.entPred[i] = p.size();
            boolean[] gu = new boolean[g.size()];
            boolean[] pu = new boolean[p.size()];
            // exact first, then Jaccard
            for (int pass = 0; pass < 2; pass++) {
                for (int a = 0; a < p.size(); a++) {
                    if (pu[a]) {
                        continue;
                    }
                    for (int b = 0; b < g.size(); b++) {
                        if (gu[b]) {
                            continue;
                        }
                        boolean m = pass == 0 ? p.get(a).equals(g.get(b)) : wordJaccard(p.get(a), g.get(b)) >= 0.5;
                        if (m) {
                            gu[b] = true;
                            pu[a] = true;
                            t.entTp[i]++;
                            break;
                        }
                    }
                }
            }
            if (verboseName != null) {
                for (int b = 0; b < g.size(); b++) {
                    if (!gu[b]) {
                        System.out.println("  [" + verboseName + "] ENT-MISS " + et + " " + g.get(b));
                    }
                }
                for (int a = 0; a < p.size(); a++) {
                    if (!pu[a]) {
                        System.out.println("  [" + verboseName + "] ENT-FP   " + et + " " + p.get(a));
                    }
                }
            }
        }
        return t;
    }

    static String clip(String s) {
        return s.length() <= 110 ? s : s.substring(0, 55) + " … " + s.substring(s.length() - 50);
    }

    static boolean sourceMatch(String gold, String pred) {
        String g = gold == null ? "" : norm(gold);
        String p = pred == null ? "" : norm(pred);
        if (g.isEmpty()) {
            return true;
        }
        if (p.isEmpty()) {
            return false;
        }
        return g.equals(p) || g.contains(p) || p.contains(g);
    }

    static String norm(String s) {
        String f = Fold.fold(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '%' || c == '+' || c == '.' && i > 0
                    && Character.isDigit(f.charAt(i - 1))) {
                if (space && !b.isEmpty()) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** Entity text normalisation: {@link #norm} plus the Arabic article ال dropped from each word. */
    static String entNorm(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : norm(s).split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.startsWith("ال") && w.length() > 3) {
                w = w.substring(2);
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    static double wordJaccard(String a, String b) {
        Set<String> x = new HashSet<>(List.of(a.split(" ")));
        Set<String> y = new HashSet<>(List.of(b.split(" ")));
        return jaccard(x, y);
    }

    static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (T x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }

    static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int j = i;
                while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j))
                        || Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK || text.charAt(j) == 'ـ')) {
                    j++;
                }
                out.add(new int[]{i, j});
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    static Set<Integer> tokenSet(List<int[]> tokens, Span sp) {
        Set<Integer> s = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            int[] t = tokens.get(k);
            if (t[0] < sp.end() && t[1] > sp.start()) {
                s.add(k);
            }
        }
        return s;
    }
}
