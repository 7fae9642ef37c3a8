package org.isnad.extraction.engine.ner;

import java.io.PrintStream;

/** CoNLL-style exact-match span scores per type. */
final class NerScores {
    final long[] tp = new long[NerModel.TYPES.length];
    final long[] fp = new long[NerModel.TYPES.length];
    final long[] fn = new long[NerModel.TYPES.length];

    void add(int[][] g, int[][] p) {
        java.util.Set<Long> gs = new java.util.HashSet<>();
        for (int[] s : g) {
            gs.add(key(s));
        }
        java.util.Set<Long> ps = new java.util.HashSet<>();
        for (int[] s : p) {
            ps.add(key(s));
            if (gs.contains(key(s))) {
                tp[s[2]]++;
            } else {
                fp[s[2]]++;
            }
        }
        for (int[] s : g) {
            if (!ps.contains(key(s))) {
                fn[s[2]]++;
            }
        }
    }

    void addAll(NerScores o) {
        for (int t = 0; t < tp.length; t++) {
            tp[t] += o.tp[t];
            fp[t] += o.fp[t];
            fn[t] += o.fn[t];
        }
    }

    private static long key(int[] s) {
        return ((long) s[0] << 32) | ((long) s[1] << 8) | s[2];
    }

    static double f1(long tp, long fp, long fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Micro-F1 over PERS, LOC, ORG (types 0..2). */
    double microPlo() {
        return micro(3);
    }

    double microAll() {
        return micro(4);
    }

    private double micro(int types) {
        long a = 0, b = 0, c = 0;
        for (int t = 0; t < types; t++) {
            a += tp[t];
            b += fp[t];
            c += fn[t];
        }
        return f1(a, b, c);
    }

    double f1(int type) {
        return f1(tp[type], fp[type], fn[type]);
    }

    void print(PrintStream out, String title) {
        out.println(title);
        out.printf("  %-6s %7s %7s %7s %6s %6s %6s%n", "type", "prec", "recall", "F1", "gold", "pred", "tp");
        for (int t = 0; t < tp.length; t++) {
            line(out, NerModel.TYPES[t], tp[t], fp[t], fn[t]);
        }
        long a = 0, b = 0, c = 0;
        for (int t = 0; t < 3; t++) {
            a += tp[t];
            b += fp[t];
            c += fn[t];
        }
        line(out, "P/L/O", a, b, c);
        line(out, "ALL", a + tp[3], b + fp[3], c + fn[3]);
    }

    private static void line(PrintStream out, String name, long tp, long fp, long fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        out.printf("  %-6s %7.4f %7.4f %7.4f %6d %6d %6d%n", name, p, r, f1(tp, fp, fn), tp + fn, tp + fp, tp);
    }
}
