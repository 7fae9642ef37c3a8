package org.isnad.review.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Krippendorff's alpha via the coincidence-matrix formulation of Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability":
 * <ol>
 *   <li>drop units with fewer than 2 values (they cannot be paired, so they carry no information
 *       about agreement);</li>
 *   <li>o_ck = Σ_u (number of c–k pairs in u) / (m_u − 1), so every unit contributes m_u pairable
 *       values regardless of how many coders saw it;</li>
 *   <li>α = 1 − D_o/D_e = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.</li>
 * </ol>
 * Stateless and thread-safe. α is {@code NaN} when undefined (see {@link AlphaResult}).
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    public static AlphaResult compute(ReliabilityData data, Metric metric) {
        // Distinct values in a sorted map: ordinal/interval need ascending order, nominal doesn't care
        // but a stable order makes debugging output reproducible.
        TreeMap<Comparable<Object>, Integer> index = new TreeMap<>();
        List<Map<Comparable<Object>, Integer>> pairable = new ArrayList<>();
        for (Map<String, Object> unit : data.units()) {
            if (unit.size() < 2) continue;
            Map<Comparable<Object>, Integer> counts = new HashMap<>();
            for (Object v : unit.values()) counts.merge(key(v, metric), 1, Integer::sum);
            pairable.add(counts);
            counts.keySet().forEach(k -> index.putIfAbsent(k, 0));
        }
        List<Comparable<Object>> values = new ArrayList<>(index.keySet());
        for (int i = 0; i < values.size(); i++) index.put(values.get(i), i);
        int v = values.size();

        double[][] o = new double[v][v];
        for (Map<Comparable<Object>, Integer> counts : pairable) {
            int mu = counts.values().stream().mapToInt(Integer::intValue).sum();
            for (var c : counts.entrySet()) {
                for (var k : counts.entrySet()) {
                    int ci = index.get(c.getKey()), ki = index.get(k.getKey());
                    double pairs = ci == ki ? c.getValue() * (c.getValue() - 1.0)
                                            : (double) c.getValue() * k.getValue();
                    o[ci][ki] += pairs / (mu - 1);
                }
            }
        }
        double[] nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) nc[c] += o[c][k];
            n += nc[c];
        }
        if (n < 2) return new AlphaResult(Double.NaN, (int) Math.round(n), Double.NaN, Double.NaN, metric);

        double[][] delta2 = deltaSquared(values, nc, metric);
        double obs = 0, exp = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                obs += o[c][k] * delta2[c][k];
                exp += nc[c] * nc[k] * delta2[c][k];
            }
        }
        double dO = obs / n;
        double dE = exp / (n * (n - 1));
        // D_e == 0 means every pairable value is identical: agreement cannot be told apart from
        // chance, so alpha is undefined rather than 1.
        double alpha = dE == 0 ? Double.NaN : 1 - dO / dE;
        return new AlphaResult(alpha, (int) Math.round(n), dO, dE, metric);
    }

    /** Same as {@link #compute(ReliabilityData, Metric)} for the raw units × coders layout. */
    public static AlphaResult compute(List<? extends Map<String, ?>> units, Metric metric) {
        return compute(ReliabilityData.of(units), metric);
    }

    private static double[][] deltaSquared(List<Comparable<Object>> values, double[] nc, Metric metric) {
        int v = values.size();
        double[][] d = new double[v][v];
        double[] num = new double[v];
        if (metric != Metric.NOMINAL) {
            for (int i = 0; i < v; i++) num[i] = ((Number) values.get(i)).doubleValue();
        }
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                if (c == k) continue;
                switch (metric) {
                    case NOMINAL -> d[c][k] = 1;
                    case INTERVAL -> d[c][k] = (num[c] - num[k]) * (num[c] - num[k]);
                    case ORDINAL -> {
                        // (Σ_{g=c..k} n_g − (n_c + n_k)/2)²: distance = how many pairable values
                        // lie between the two ranks, so sparse categories count as close.
                        int lo = Math.min(c, k), hi = Math.max(c, k);
                        double s = 0;
                        for (int g = lo; g <= hi; g++) s += nc[g];
                        s -= (nc[c] + nc[k]) / 2.0;
                        d[c][k] = s * s;
                    }
                }
            }
        }
        return d;
    }

    /**
     * Normalises a value so 3, 3L, 3.0 (and, for ordinal/interval, "3") coincide. Nominal keys are
     * always strings so mixed types (Integer vs String) cannot break the sorted index.
     */
    @SuppressWarnings("unchecked")
    private static Comparable<Object> key(Object value, Metric metric) {
        if (metric == Metric.NOMINAL) {
            String k = value instanceof Number num ? "n:" + num.doubleValue() : "s:" + value;
            return (Comparable<Object>) (Object) k;
        }
        if (value instanceof Number num) return (Comparable<Object>) (Object) num.doubleValue();
        try {
            return (Comparable<Object>) (Object) Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(metric + " metric needs numeric values, got: " + value, e);
        }
    }

    /**
     * Share of {@code reviewer}'s verdicts that equal the majority verdict of the other reviewers on
     * the same claim (unit). A claim counts only if the reviewer rated it and the others have a
     * unique most-frequent verdict; ties are skipped because there is no consensus to agree with.
     * Values are compared with {@code equals} after the same normalisation as the nominal metric.
     *
     * @return the share in [0, 1], or empty if no claim qualifies
     */
    public static OptionalDouble agreementWithConsensus(ReliabilityData data, String reviewer) {
        int eligible = 0, agreed = 0;
        for (Map<String, Object> unit : data.units()) {
            Object own = unit.get(reviewer);
            if (own == null) continue;
            Map<Comparable<Object>, Integer> counts = new HashMap<>();
            unit.forEach((coder, val) -> {
                if (!coder.equals(reviewer)) counts.merge(key(val, Metric.NOMINAL), 1, Integer::sum);
            });
            if (counts.isEmpty()) continue;
            int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            List<Comparable<Object>> modes = counts.entrySet().stream()
                    .filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
            if (modes.size() != 1) continue;
            eligible++;
            if (modes.get(0).equals(key(own, Metric.NOMINAL))) agreed++;
        }
        return eligible == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) agreed / eligible);
    }
}
