package org.isnad.extraction.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Thread-CPU A/B of two builds of the engine in ONE JVM, on a shared machine: each build in its own class
 * loader, the CpuRatioMain articles run alternately in short rounds (order swapped every round), so that
 * load from other processes hits both alike; prints the median per-article CPU of each and the median of the
 * per-round ratio B/A after a warm-up third. Arguments: classesA classesB depsClasspathFile goldDevDir rounds
 * articlesPerRound. Old classes: {@code git archive OLD extraction-service/src/main | tar -x -C /tmp/old},
 * javac them against the module's dependencies into a directory and copy {@code src/main/resources} beside
 * them; deps: {@code mvn dependency:build-classpath -Dmdep.outputFile=/tmp/deps.txt}.
 */
public final class CpuAbMain {
    private CpuAbMain() {
    }

    public static void main(String[] a) throws Exception {
        List<URL> deps = new ArrayList<>();
        for (String p : Files.readString(Path.of(a[2])).trim().split(":")) {
            deps.add(Path.of(p).toUri().toURL());
        }
        String[] names = {"c000", "c001", "c002", "ar01", "ar02", "ar03"};
        Object[] engine = new Object[2];
        Method[] extract = new Method[2];
        Object[][] req = new Object[2][names.length];
        for (int k = 0; k < 2; k++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(a[k]).toUri().toURL());
            urls.addAll(deps);
            ClassLoader cl = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass("org.isnad.extraction.engine.IsnadExtractionEngine");
            Class<?> rq = cl.loadClass("org.isnad.extraction.engine.ExtractionRequest");
            engine[k] = c.getConstructor().newInstance();
            extract[k] = c.getMethod("extract", rq);
            for (int i = 0; i < names.length; i++) {
                req[k][i] = rq.getMethod("of", String.class).invoke(null,
                        Files.readString(Path.of(a[3], names[i] + ".txt"), StandardCharsets.UTF_8));
            }
        }
        int rounds = Integer.parseInt(a[4]);
        int n = Integer.parseInt(a[5]);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] t = new double[2][rounds];
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int kk = 0; kk < 2; kk++) {
                int k = r % 2 == 0 ? kk : 1 - kk;
                long c0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    sink += extract[k].invoke(engine[k], req[k][i % names.length]) == null ? 0 : 1;
                }
                t[k][r] = (mx.getCurrentThreadCpuTime() - c0) / 1e6 / n;
            }
            System.out.printf("round %2d: A %.3f  B %.3f  B/A %.3f%n", r + 1, t[0][r], t[1][r], t[1][r] / t[0][r]);
        }
        int skip = rounds / 3;
        double[] ra = Arrays.copyOfRange(t[0], skip, rounds);
        double[] rb = Arrays.copyOfRange(t[1], skip, rounds);
        double[] ratio = new double[ra.length];
        for (int i = 0; i < ra.length; i++) {
            ratio[i] = rb[i] / ra[i];
        }
        Arrays.sort(ra);
        Arrays.sort(rb);
        Arrays.sort(ratio);
        System.out.printf("median after %d warm-up rounds: A %.3f ms  B %.3f ms per article, B/A %.3f (checksum %d)%n",
                skip, ra[ra.length / 2], rb[rb.length / 2], ratio[ratio.length / 2], sink);
    }
}
