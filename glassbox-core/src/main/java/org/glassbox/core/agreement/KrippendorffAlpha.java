package org.glassbox.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Krippendorff's α, the reliability of coding predefined units, for any number of coders, missing
 * values, and the levels of measurement nominal, ordinal, interval and ratio exactly as Krippendorff
 * (2011, "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication) computes
 * them, and for set-valued data with the MASI distance (Passonneau 2006).
 *
 * <p><b>Definition.</b> Only pairable values count: those of units that at least two coders coded.
 * For a unit u with m_u ≥ 2 values, every ordered pair of values from different coders adds
 * 1/(m_u − 1) to the coincidence o_ck of its values c and k; n_c = Σ_k o_ck and n = Σ_c n_c
 * (the number of pairable values). Then
 * <pre>
 *   α = 1 − D_o / D_e,   D_o = (1/n) Σ_c Σ_k o_ck δ²_ck,   D_e = 1/(n(n − 1)) Σ_c Σ_k n_c n_k δ²_ck
 * </pre>
 * with δ² of the {@link Level}: nominal 0/1; ordinal (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the
 * values in rank order; interval (c − k)²; ratio ((c − k)/(c + k))²; MASI δ = 1 − J·M, used
 * unsquared as Passonneau (2006) does.
 *
 * <p><b>Edge cases.</b> α is undefined — {@link #alpha()} is NaN — when no unit is pairable, or
 * when D_e = 0 (every pairable value is the same, so there is no variation to be reliable about;
 * Krippendorff 2011 calls this case undefined, not perfect). α = 1 for perfect agreement with
 * variation, 0 for agreement at chance, and it can be negative.
 *
 * <p><b>Complexity.</b> O(Σ_u m_u²) for the units, plus O(V) for nominal and interval data, O(V²)
 * for ordinal and ratio data, O(pairs of sets sharing an element) for MASI; memory O(n + V).
 */
public final class KrippendorffAlpha {
    private final Level level;
    private final List<Object> values;
    private final double pairable;
    private final int pairableUnits;
    private final double observed;
    private final double expected;
    private final double alpha;
    // each pairable unit's value codes, kept for the bootstrap
    final int[][] unitCodes;
    private final double[] numbers;
    private final Object[] valueArray;
    // Σ_{i≠j} δ²(v_i, v_j)/(m_u − 1) per pairable unit (every level but ordinal, whose δ² moves with the marginals)
    private final double[] unitDisagreement;
    // MASI: the pairs of values c ≤ k that share an element, with their similarity 1 − δ (> 0)
    private final int[] simC;
    private final int[] simK;
    private final double[] simS;

    private KrippendorffAlpha(Level level, List<Object> values, double[] numbers, int[][] unitCodes) {
        this.level = level;
        this.values = List.copyOf(values);
        this.valueArray = values.toArray();
        this.numbers = numbers;
        this.unitCodes = unitCodes;
        this.pairableUnits = unitCodes.length;
        if (level == Level.MASI) {
            List<int[]> pairs = new ArrayList<>();
            List<Double> sims = new ArrayList<>();
            similarPairs(valueArray, pairs, sims);
            simC = new int[pairs.size()];
            simK = new int[pairs.size()];
            simS = new double[pairs.size()];
            for (int i = 0; i < simC.length; i++) {
                simC[i] = pairs.get(i)[0];
                simK[i] = pairs.get(i)[1];
                simS[i] = sims.get(i);
            }
        } else {
            simC = simK = null;
            simS = null;
        }
        if (level != Level.ORDINAL) {
            unitDisagreement = new double[unitCodes.length];
            for (int u = 0; u < unitCodes.length; u++) {
                int[] unit = unitCodes[u];
                double sum = 0;
                for (int i = 0; i < unit.length; i++) {
                    for (int j = i + 1; j < unit.length; j++) {
                        sum += 2 * fixedDelta(unit[i], unit[j]);
                    }
                }
                unitDisagreement[u] = sum / (unit.length - 1);
            }
        } else {
            unitDisagreement = null;
        }
        double[] r = compute(null);
        this.observed = r[0];
        this.expected = r[1];
        this.alpha = r[2];
        this.pairable = r[3];
    }

    /** α for nominal data: any values, compared only for equality. */
    public static KrippendorffAlpha nominal(ReliabilityData<?> data) {
        Map<Object, Integer> index = new HashMap<>();
        List<Object> vals = new ArrayList<>();
        for (Object v : data.distinctValues()) {
            index.put(v, vals.size());
            vals.add(v);
        }
        return new KrippendorffAlpha(Level.NOMINAL, vals, null, encode(data, index::get));
    }

    /** α for ordinal data, ranked by the values' natural order. */
    public static <V extends Comparable<? super V>> KrippendorffAlpha ordinal(ReliabilityData<V> data) {
        return ordinal(data, Comparator.naturalOrder());
    }

    /** α for ordinal data, ranked by {@code order} (values it finds equal must be equal). */
    public static <V> KrippendorffAlpha ordinal(ReliabilityData<V> data, Comparator<? super V> order) {
        List<V> sorted = new ArrayList<>(data.distinctValues());
        sorted.sort(order);
        Map<Object, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            index.put(sorted.get(i), i);
        }
        return new KrippendorffAlpha(Level.ORDINAL, new ArrayList<>(sorted), null, encode(data, index::get));
    }

    /** α for interval data. */
    public static KrippendorffAlpha interval(ReliabilityData<? extends Number> data) {
        return metric(Level.INTERVAL, data);
    }

    /**
     * α for ratio data.
     *
     * @throws AgreementException naming {@code values} and the position of a negative value
     */
    public static KrippendorffAlpha ratio(ReliabilityData<? extends Number> data) {
        return metric(Level.RATIO, data);
    }

    /** α for set-valued data with the MASI distance (an empty set is a value, not a missing one). */
    public static KrippendorffAlpha masi(ReliabilityData<? extends Set<?>> data) {
        Map<Object, Integer> index = new HashMap<>();
        List<Object> vals = new ArrayList<>();
        for (Set<?> v : data.distinctValues()) {
            Set<?> key = Set.copyOf(v);
            if (!index.containsKey(key)) {
                index.put(key, vals.size());
                vals.add(key);
            }
        }
        return new KrippendorffAlpha(Level.MASI, vals, null, encode(data, x -> index.get(Set.copyOf((Set<?>) x))));
    }

    private static KrippendorffAlpha metric(Level level, ReliabilityData<? extends Number> data) {
        for (int u = 0; u < data.unitCount(); u++) {
            for (int c = 0; c < data.coderCount(); c++) {
                Number x = data.value(u, c);
                if (x == null) {
                    continue;
                }
                double d = x.doubleValue();
                if (!Double.isFinite(d)) {
                    throw new AgreementException("values", u, c, "unit " + data.units().get(u) + ", coder "
                            + data.coders().get(c) + ": " + d + " is not a finite number");
                }
                if (level == Level.RATIO && d < 0) {
                    throw new AgreementException("values", u, c, "unit " + data.units().get(u) + ", coder "
                            + data.coders().get(c) + ": " + d + " is negative, and ratio data have a zero below which nothing lies");
                }
            }
        }
        double[] distinct = data.distinctValues().stream().mapToDouble(Number::doubleValue).distinct().sorted().toArray();
        Map<Object, Integer> index = new HashMap<>();
        List<Object> vals = new ArrayList<>();
        for (int i = 0; i < distinct.length; i++) {
            index.put(distinct[i], i);
            vals.add(distinct[i]);
        }
        return new KrippendorffAlpha(level, vals, distinct, encode(data, x -> index.get(((Number) x).doubleValue())));
    }

    /**
     * α at {@code level} for data whose values fit it: any values for nominal, {@link Comparable}
     * ones for ordinal, {@link Number}s for interval and ratio, {@link Set}s for MASI.
     *
     * @throws AgreementException naming {@code values} and the first value that does not fit
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static KrippendorffAlpha of(ReliabilityData<?> data, Level level) {
        Class<?> need = switch (level) {
            case NOMINAL -> Object.class;
            case ORDINAL -> Comparable.class;
            case INTERVAL, RATIO -> Number.class;
            case MASI -> Set.class;
        };
        for (int u = 0; u < data.unitCount(); u++) {
            for (int c = 0; c < data.coderCount(); c++) {
                Object x = data.value(u, c);
                if (x != null && !need.isInstance(x)) {
                    throw new AgreementException("values", u, c, "unit " + data.units().get(u) + ", coder "
                            + data.coders().get(c) + ": '" + x + "' is not a " + level.word() + " value");
                }
            }
        }
        return switch (level) {
            case NOMINAL -> nominal(data);
            case ORDINAL -> ordinal((ReliabilityData) data, Comparator.naturalOrder());
            case INTERVAL -> interval((ReliabilityData<? extends Number>) data);
            case RATIO -> ratio((ReliabilityData<? extends Number>) data);
            case MASI -> masi((ReliabilityData<? extends Set<?>>) data);
        };
    }

    interface Encoder {
        Integer code(Object value);
    }

    private static int[][] encode(ReliabilityData<?> data, Encoder enc) {
        List<int[]> units = new ArrayList<>();
        int[] buf = new int[data.coderCount()];
        for (int u = 0; u < data.unitCount(); u++) {
            int m = 0;
            for (int c = 0; c < data.coderCount(); c++) {
                Object x = data.value(u, c);
                if (x != null) {
                    buf[m++] = enc.code(x);
                }
            }
            if (m >= 2) {
                units.add(Arrays.copyOf(buf, m));
            }
        }
        return units.toArray(new int[0][]);
    }

    /** δ² of two value codes at every level but ordinal. */
    private double fixedDelta(int c, int k) {
        if (c == k) {
            return 0;
        }
        return switch (level) {
            case NOMINAL -> 1;
            case INTERVAL -> (numbers[c] - numbers[k]) * (numbers[c] - numbers[k]);
            case RATIO -> {
                double sum = numbers[c] + numbers[k];
                double d = sum == 0 ? 0 : (numbers[c] - numbers[k]) / sum;
                yield d * d;
            }
            case MASI -> MasiDistance.distance((Set<?>) valueArray[c], (Set<?>) valueArray[k]);
            case ORDINAL -> throw new IllegalStateException("the ordinal δ² depends on the marginals");
        };
    }

    /**
     * Krippendorff's ordinal δ² of ranks c ≤ k: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with
     * {@code prefix[i]} = Σ_{g&lt;i} n_g.
     */
    static double ordinalDelta(double[] nc, double[] prefix, int c, int k) {
        if (c == k) {
            return 0;
        }
        int lo = Math.min(c, k);
        int hi = Math.max(c, k);
        double s = prefix[hi + 1] - prefix[lo] - (nc[lo] + nc[hi]) / 2.0;
        return s * s;
    }

    static double[] prefix(double[] nc) {
        double[] p = new double[nc.length + 1];
        for (int i = 0; i < nc.length; i++) {
            p[i + 1] = p[i] + nc[i];
        }
        return p;
    }

    /** The pairs c ≤ k of sets sharing an element (and every c with itself), with 1 − δ. */
    private static void similarPairs(Object[] sets, List<int[]> pairs, List<Double> sims) {
        Map<Object, List<Integer>> containing = new HashMap<>();
        for (int c = 0; c < sets.length; c++) {
            for (Object x : (Set<?>) sets[c]) {
                containing.computeIfAbsent(x, y -> new ArrayList<>()).add(c);
            }
        }
        int[] seen = new int[sets.length];
        Arrays.fill(seen, -1);
        for (int c = 0; c < sets.length; c++) {
            pairs.add(new int[] {c, c});
            sims.add(1.0);
            seen[c] = c;
            for (Object x : (Set<?>) sets[c]) {
                for (int k : containing.get(x)) {
                    if (k > c && seen[k] != c) {
                        seen[k] = c;
                        double sim = 1 - MasiDistance.distance((Set<?>) sets[c], (Set<?>) sets[k]);
                        if (sim > 0) {
                            pairs.add(new int[] {c, k});
                            sims.add(sim);
                        }
                    }
                }
            }
        }
    }

    /**
     * {D_o, D_e, α, n} on all pairable units ({@code picks} null) or on the units {@code picks}
     * (with repetition). Never builds the V × V coincidence matrix: D_o sums each unit's share,
     * D_e comes from the marginals (O(V) for nominal and interval data, O(V²) for ordinal and
     * ratio, O(similar pairs) for MASI).
     */
    private double[] compute(int[] picks) {
        int v = valueArray.length;
        double[] nc = new double[v];
        double n = 0;
        double so = 0;
        int count = picks == null ? unitCodes.length : picks.length;
        for (int i = 0; i < count; i++) {
            int u = picks == null ? i : picks[i];
            for (int x : unitCodes[u]) {
                nc[x]++;
            }
            n += unitCodes[u].length;
            if (unitDisagreement != null) {
                so += unitDisagreement[u];
            }
        }
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, n};
        }
        double se = 0;
        switch (level) {
            case NOMINAL -> {
                double sq = 0;
                for (double x : nc) {
                    sq += x * x;
                }
                se = n * n - sq;
            }
            case INTERVAL -> {
                double mean = 0;
                for (int c = 0; c < v; c++) {
                    mean += nc[c] * numbers[c];
                }
                mean /= n;
                double ss = 0;
                for (int c = 0; c < v; c++) {
                    ss += nc[c] * (numbers[c] - mean) * (numbers[c] - mean);
                }
                se = 2 * n * ss;
            }
            case RATIO -> {
                for (int c = 0; c < v; c++) {
                    if (nc[c] == 0) {
                        continue;
                    }
                    for (int k = c + 1; k < v; k++) {
                        if (nc[k] != 0) {
                            se += 2 * nc[c] * nc[k] * fixedDelta(c, k);
                        }
                    }
                }
            }
            case MASI -> {
                double sim = 0;
                for (int i = 0; i < simC.length; i++) {
                    sim += (simC[i] == simK[i] ? 1 : 2) * nc[simC[i]] * nc[simK[i]] * simS[i];
                }
                se = n * n - sim;
            }
            case ORDINAL -> {
                double[] p = prefix(nc);
                for (int c = 0; c < v; c++) {
                    if (nc[c] == 0) {
                        continue;
                    }
                    for (int k = c + 1; k < v; k++) {
                        if (nc[k] != 0) {
                            se += 2 * nc[c] * nc[k] * ordinalDelta(nc, p, c, k);
                        }
                    }
                }
                for (int i = 0; i < count; i++) {
                    int[] unit = unitCodes[picks == null ? i : picks[i]];
                    double sum = 0;
                    for (int a = 0; a < unit.length; a++) {
                        for (int b = a + 1; b < unit.length; b++) {
                            sum += 2 * ordinalDelta(nc, p, unit[a], unit[b]);
                        }
                    }
                    so += sum / (unit.length - 1);
                }
            }
        }
        double dObs = so / n;
        double dExp = se / (n * (n - 1));
        // relative tolerance: D_e of a field without variation is 0 up to rounding
        double a = dExp <= 1e-12 * Math.max(1.0, dObs) ? Double.NaN : 1 - dObs / dExp;
        return new double[] {dObs, dExp, a, n};
    }

    public Level level() {
        return level;
    }

    /** α; NaN when undefined (no pairable unit, or no variation among the pairable values). */
    public double alpha() {
        return alpha;
    }

    /** Whether α is defined. */
    public boolean defined() {
        return !Double.isNaN(alpha);
    }

    /** D_o, the observed disagreement. */
    public double observedDisagreement() {
        return observed;
    }

    /** D_e, the disagreement expected by chance. */
    public double expectedDisagreement() {
        return expected;
    }

    /** n, the number of pairable values. */
    public double pairableValues() {
        return pairable;
    }

    /** The number of units that at least two coders coded. */
    public int pairableUnits() {
        return pairableUnits;
    }

    /** The distinct values, in the order of the coincidence matrix (rank order for ordinal data). */
    public List<Object> values() {
        return values;
    }

    /**
     * The coincidence matrix o_ck, rows and columns in {@link #values()} order, built on each call
     * (V × V doubles: for inspecting small data).
     */
    public double[][] coincidences() {
        int v = valueArray.length;
        double[][] o = new double[v][v];
        for (int[] unit : unitCodes) {
            double w = 1.0 / (unit.length - 1);
            for (int i = 0; i < unit.length; i++) {
                for (int j = 0; j < unit.length; j++) {
                    if (i != j) {
                        o[unit[i]][unit[j]] += w;
                    }
                }
            }
        }
        return o;
    }

    /** α recomputed on the pairable units {@code picks} (with repetition), for the bootstrap. */
    double alphaOf(int[] picks) {
        return compute(picks)[2];
    }
}
