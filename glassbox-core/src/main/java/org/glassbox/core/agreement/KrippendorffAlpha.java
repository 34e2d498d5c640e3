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
 * <p><b>Complexity.</b> O(Σ_u m_u² + V²) time for V distinct values, O(V²) memory.
 */
public final class KrippendorffAlpha {
    private final Level level;
    private final List<Object> values;
    private final double[][] coincidences;
    private final double pairable;
    private final int pairableUnits;
    private final double observed;
    private final double expected;
    private final double alpha;
    // kept for the bootstrap: each pairable unit's value codes, and the value coordinates
    final int[][] unitCodes;
    final double[] numbers;
    final Object[] valueArray;

    private KrippendorffAlpha(Level level, List<Object> values, double[] numbers, int[][] unitCodes) {
        this.level = level;
        this.values = List.copyOf(values);
        this.valueArray = values.toArray();
        this.numbers = numbers;
        this.unitCodes = unitCodes;
        int v = values.size();
        this.coincidences = coincidences(unitCodes, v);
        this.pairableUnits = unitCodes.length;
        double[] nc = marginals(coincidences);
        double n = 0;
        for (double x : nc) {
            n += x;
        }
        this.pairable = n;
        double[][] d = delta(level, valueArray, numbers, nc);
        double[] dd = disagreements(coincidences, nc, n, d);
        this.observed = dd[0];
        this.expected = dd[1];
        this.alpha = dd[2];
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

    /** The coincidence matrix of pairable units given as value codes. */
    static double[][] coincidences(int[][] unitCodes, int v) {
        double[][] o = new double[v][v];
        for (int[] unit : unitCodes) {
            int m = unit.length;
            double w = 1.0 / (m - 1);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o[unit[i]][unit[j]] += w;
                    }
                }
            }
        }
        return o;
    }

    static double[] marginals(double[][] o) {
        double[] nc = new double[o.length];
        for (int c = 0; c < o.length; c++) {
            for (int k = 0; k < o.length; k++) {
                nc[c] += o[c][k];
            }
        }
        return nc;
    }

    /** The δ² matrix; for ordinal data it depends on the marginals n_c (values in rank order). */
    static double[][] delta(Level level, Object[] values, double[] numbers, double[] nc) {
        int v = values.length;
        double[][] d = new double[v][v];
        for (int c = 0; c < v; c++) {
            double cum = 0;
            for (int k = c; k < v; k++) {
                double x = switch (level) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case ORDINAL -> {
                        cum += nc[k];
                        double s = cum - (nc[c] + nc[k]) / 2.0;
                        yield c == k ? 0 : s * s;
                    }
                    case INTERVAL -> (numbers[c] - numbers[k]) * (numbers[c] - numbers[k]);
                    case RATIO -> {
                        double sum = numbers[c] + numbers[k];
                        yield sum == 0 ? 0 : ((numbers[c] - numbers[k]) / sum) * ((numbers[c] - numbers[k]) / sum);
                    }
                    case MASI -> MasiDistance.distance((Set<?>) values[c], (Set<?>) values[k]);
                };
                d[c][k] = x;
                d[k][c] = x;
            }
        }
        return d;
    }

    /** {D_o, D_e, α}. */
    static double[] disagreements(double[][] o, double[] nc, double n, double[][] d) {
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double so = 0;
        double se = 0;
        for (int c = 0; c < o.length; c++) {
            for (int k = 0; k < o.length; k++) {
                so += o[c][k] * d[c][k];
                se += nc[c] * nc[k] * d[c][k];
            }
        }
        double dObs = so / n;
        double dExp = se / (n * (n - 1));
        double a = dExp == 0 ? Double.NaN : 1 - dObs / dExp;
        return new double[] {dObs, dExp, a};
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

    /** A copy of the coincidence matrix o_ck, rows and columns in {@link #values()} order. */
    public double[][] coincidences() {
        double[][] c = new double[coincidences.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = coincidences[i].clone();
        }
        return c;
    }

    /** α recomputed on the pairable units {@code picks} (with repetition), for the bootstrap. */
    double alphaOf(int[] picks) {
        int[][] units = new int[picks.length][];
        for (int i = 0; i < picks.length; i++) {
            units[i] = unitCodes[picks[i]];
        }
        double[][] o = coincidences(units, valueArray.length);
        double[] nc = marginals(o);
        double n = 0;
        for (double x : nc) {
            n += x;
        }
        return disagreements(o, nc, n, delta(level, valueArray, numbers, nc))[2];
    }
}
