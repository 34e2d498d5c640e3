package org.glassbox.sim;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * First-order and total Sobol indices of a function of k factors on a box, by the Saltelli
 * scheme: a Sobol sequence of dimension 2k (Sobol' 1967; commons-math's
 * {@link SobolSequenceGenerator}, first point skipped) gives N rows of the matrices A (first k
 * columns) and B (last k); A_B^(i) is A with column i taken from B. With V the variance of all
 * f(A) and f(B) values,
 * <pre>
 *   S_i  = (1/N) Σ_j f(B)_j · (f(A_B^(i))_j − f(A)_j) / V          (Saltelli et al. 2010, eq. (b) of table 2)
 *   ST_i = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V                  (Jansen 1999)
 * </pre>
 * N(k + 2) evaluations. Deterministic (the sequence has no seed).
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /** The indices, one per factor in order. */
    public record Result(double[] first, double[] total, int evaluations) {
        public Result {
            first = first.clone();
            total = total.clone();
        }
    }

    /**
     * @param lo lower bound per factor
     * @param hi upper bound per factor
     * @param n  base points N
     */
    public static Result estimate(ToDoubleFunction<double[]> f, double[] lo, double[] hi, int n) {
        int k = lo.length;
        if (hi.length != k || k < 1 || k > 500) {
            throw new IllegalArgumentException("lo and hi must give 1 to 500 factors alike");
        }
        if (n < 2) {
            throw new IllegalArgumentException("n must be ≥ 2, not " + n);
        }
        SobolSequenceGenerator seq = new SobolSequenceGenerator(2 * k);
        seq.nextVector(); // the first point is the origin
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (int j = 0; j < n; j++) {
            double[] u = seq.nextVector();
            for (int i = 0; i < k; i++) {
                a[j][i] = lo[i] + (hi[i] - lo[i]) * u[i];
                b[j][i] = lo[i] + (hi[i] - lo[i]) * u[k + i];
            }
        }
        double[] fa = new double[n];
        double[] fb = new double[n];
        for (int j = 0; j < n; j++) {
            fa[j] = f.applyAsDouble(a[j]);
            fb[j] = f.applyAsDouble(b[j]);
        }
        double mean = 0;
        for (int j = 0; j < n; j++) {
            mean += fa[j] + fb[j];
        }
        mean /= 2 * n;
        double var = 0;
        for (int j = 0; j < n; j++) {
            var += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        }
        var /= 2 * n - 1;
        double[] s = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double sumS = 0;
            double sumT = 0;
            for (int j = 0; j < n; j++) {
                double[] x = a[j].clone();
                x[i] = b[j][i];
                double fab = f.applyAsDouble(x);
                sumS += fb[j] * (fab - fa[j]);
                sumT += (fa[j] - fab) * (fa[j] - fab);
            }
            s[i] = var == 0 ? 0 : sumS / n / var;
            st[i] = var == 0 ? 0 : sumT / (2.0 * n) / var;
        }
        return new Result(s, st, n * (k + 2));
    }
}
