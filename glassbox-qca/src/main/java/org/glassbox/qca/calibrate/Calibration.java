package org.glassbox.qca.calibrate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glassbox.qca.QcaInputException;

/**
 * Calibration of raw values into set memberships (Ragin 2008, ch. 5; Dusa 2019, ch. 4).
 *
 * <p>Crisp: the number of thresholds at or below the value (one threshold: 0/1; two: 0/1/2 for a
 * multi-value set). Direct method, three anchors e, c, i: logistic
 * {@code 1 / (1 + exp(-(x - c) * L / d))} with {@code L = ln(idm / (1 - idm))} (idm = 0.95: log odds
 * ±2.944 at the anchors) and {@code d = i - c} above and {@code c - e} below the crossover; or
 * linear {@code 0.5 ((x - e)/(c - e))^below} between e and c and
 * {@code 1 - 0.5 ((i - x)/(i - c))^above} between c and i, 0 and 1 beyond. Six anchors give
 * bell or trapezoid shapes from two linear pieces (inverse shapes when i1 &lt; e1). The ecdf variant
 * uses the empirical distribution of the values between e and i. The reference rounds nothing;
 * neither do we.
 */
public final class Calibration {
    private Calibration() {}

    /** Crisp or multi-value calibration: count of thresholds {@code <= x}. */
    public static double[] crisp(double[] x, double[] thresholds) {
        double[] th = thresholds.clone();
        Arrays.sort(th);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int k = 0;
            for (double t : th) if (x[i] >= t) k++;
            out[i] = k;
        }
        return out;
    }

    /** Options of the direct method. */
    public record FuzzyOptions(boolean logistic, double idm, boolean ecdf, double below, double above) {
        public FuzzyOptions {
            if (!(idm > 0.5 && idm < 1)) throw QcaInputException.parameter("idm", 0, "inclusion degree of membership must lie in (0.5, 1), got " + idm);
            if (below <= 0 || above <= 0) throw QcaInputException.parameter("below/above", 0, "exponents must be positive");
        }

        /** The reference's defaults: logistic, idm = 0.95, no ecdf, below = above = 1. */
        public static FuzzyOptions defaults() {
            return new FuzzyOptions(true, 0.95, false, 1, 1);
        }

        public FuzzyOptions linear() { return new FuzzyOptions(false, idm, ecdf, below, above); }
        public FuzzyOptions withIdm(double v) { return new FuzzyOptions(logistic, v, ecdf, below, above); }
        public FuzzyOptions withEcdf() { return new FuzzyOptions(false, idm, true, below, above); }
        public FuzzyOptions withExponents(double b, double a) { return new FuzzyOptions(logistic, idm, ecdf, b, a); }
    }

    /** Direct method with three (s-shape) or six (bell, trapezoid) anchors. */
    public static double[] fuzzy(double[] x, Thresholds t, FuzzyOptions o) {
        if (t.named().isEmpty()) {
            double[] v = t.values();
            if (v.length == 3) t = Thresholds.parse("e=" + v[0] + ", c=" + v[1] + ", i=" + v[2]);
            else if (v.length == 6) t = Thresholds.parse("e1=" + v[0] + ", c1=" + v[1] + ", i1=" + v[2] + ", i2=" + v[3] + ", c2=" + v[4] + ", e2=" + v[5]);
            else throw QcaInputException.parameter("thresholds", 0, "the direct method needs 3 anchors (e, c, i) or 6 (e1, c1, i1, i2, c2, e2); got " + v.length);
        }
        double[] out = new double[x.length];
        if (t.named().size() == 3) {
            double e = t.get("e"), c = t.get("c"), i = t.get("i");
            checkOrder(e, c, i);
            double[] ref = o.ecdf() ? between(x, Math.min(e, i), Math.max(e, i)) : null;
            for (int k = 0; k < x.length; k++) {
                if (ref != null) out[k] = ecdf(x[k], e, i, ref);
                else if (o.logistic()) out[k] = logistic(x[k], e, c, i, o.idm());
                else out[k] = linear(x[k], e, c, i, o.below(), o.above());
            }
            return out;
        }
        if (t.named().size() == 6) {
            double e1 = t.get("e1"), c1 = t.get("c1"), i1 = t.get("i1"), i2 = t.get("i2"), c2 = t.get("c2"), e2 = t.get("e2");
            checkOrder(e1, c1, i1);
            checkOrder(i2, c2, e2);
            boolean inverse = i1 < e1;
            if ((inverse && !(e1 <= e2)) || (!inverse && !(i1 <= i2))) {
                throw QcaInputException.parameter("thresholds", 0, "anchors of a bell/trapezoid must increase: e1, c1, i1, i2, c2, e2");
            }
            for (int k = 0; k < x.length; k++) {
                double v = x[k];
                boolean first = inverse ? v <= (e1 + e2) / 2 : v <= (i1 + i2) / 2;
                out[k] = first ? linear(v, e1, c1, i1, o.below(), o.above()) : linear(v, e2, c2, i2, o.below(), o.above());
            }
            return out;
        }
        throw QcaInputException.parameter("thresholds", 0, "the direct method needs e, c, i or e1, c1, i1, i2, c2, e2");
    }

    private static void checkOrder(double e, double c, double i) {
        if (!((e < c && c < i) || (i < c && c < e))) {
            throw QcaInputException.parameter("thresholds", 0, "the crossover must lie strictly between exclusion and inclusion (e=" + e + ", c=" + c + ", i=" + i + ")");
        }
    }

    static double logistic(double x, double e, double c, double i, double idm) {
        double l = Math.log(idm / (1 - idm));
        double z;
        if (i > e) z = x >= c ? (x - c) / (i - c) * l : (x - c) / (c - e) * l;
        else z = x <= c ? (c - x) / (c - i) * l : (c - x) / (e - c) * l;
        return 1 / (1 + Math.exp(-z));
    }

    static double linear(double x, double e, double c, double i, double below, double above) {
        if (i < e) return linear(-x, -e, -c, -i, below, above);
        if (x <= e) return 0;
        if (x < c) return 0.5 * Math.pow((x - e) / (c - e), below);
        if (x < i) return 1 - 0.5 * Math.pow((i - x) / (i - c), above);
        return 1;
    }

    private static double[] between(double[] x, double lo, double hi) {
        List<Double> l = new ArrayList<>();
        for (double v : x) if (v >= lo && v <= hi) l.add(v);
        double[] r = new double[l.size()];
        for (int k = 0; k < r.length; k++) r[k] = l.get(k);
        Arrays.sort(r);
        return r;
    }

    /** Empirical distribution of the values between the anchors; 0 at or beyond e, 1 at or beyond i. */
    static double ecdf(double x, double e, double i, double[] ref) {
        boolean increasing = i > e;
        if (increasing ? x <= e : x >= e) return 0;
        if (increasing ? x >= i : x <= i) return 1;
        int below = 0;
        for (double r : ref) if (increasing ? r <= x : r >= x) below++;
        return (double) below / ref.length;
    }

    /** Memberships of exactly 0.5: warnings naming the cases (they fall in no truth-table row). */
    public static List<String> halfMembershipWarnings(double[] m, List<String> cases, String name) {
        List<String> w = new ArrayList<>();
        for (int k = 0; k < m.length; k++) {
            if (m[k] == 0.5) w.add("case '" + cases.get(k) + "' has a membership of exactly 0.5 in " + name + " and will fall in no truth table row");
        }
        return w;
    }
}
