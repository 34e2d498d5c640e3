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
 *
 * <p><b>Confidence intervals</b> (on request): the percentile bootstrap over the N rows (Efron &amp;
 * Tibshirani 1993, ch. 13; for Sobol indices Archer, Saltelli &amp; Sobol' 1997, <i>J. Stat. Comput.
 * Simul.</i> 58:99): B resamples of the row indices with replacement, drawn from a
 * {@link java.util.SplittableRandom} with the given seed, each giving V, S_i and ST_i by the same
 * formulas from the rows' stored f(A), f(B), f(A_B^(i)) — no new evaluations; the interval is the
 * 2.5th and 97.5th percentiles of the B values (R type 7).
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /**
     * The indices, one per factor in order, with their 95 % bootstrap intervals (NaN when no
     * bootstrap was asked for, {@code bootstrap} = 0).
     */
    public record Result(double[] first, double[] total, int evaluations, double[] firstLow, double[] firstHigh,
                         double[] totalLow, double[] totalHigh, int bootstrap) {
        public Result {
            first = first.clone();
            total = total.clone();
            firstLow = firstLow.clone();
            firstHigh = firstHigh.clone();
            totalLow = totalLow.clone();
            totalHigh = totalHigh.clone();
            int k = first.length;
            if (total.length != k || firstLow.length != k || firstHigh.length != k || totalLow.length != k || totalHigh.length != k) {
                throw new IllegalArgumentException("one value per factor in every array (" + k + ")");
            }
            if (bootstrap < 0) {
                throw new IllegalArgumentException("bootstrap must be ≥ 0, not " + bootstrap);
            }
        }
    }

    /** The indices without confidence intervals. */
    public static Result estimate(ToDoubleFunction<double[]> f, double[] lo, double[] hi, int n) {
        return estimate(f, lo, hi, n, 0, 0);
    }

    /**
     * @param lo lower bound per factor
     * @param hi upper bound per factor
     * @param n  base points N
     * @param bootstrap resamples B for the 95 % intervals (0: none)
     * @param seed the bootstrap's seed
     */
    public static Result estimate(ToDoubleFunction<double[]> f, double[] lo, double[] hi, int n, int bootstrap, long seed) {
        if (bootstrap < 0 || bootstrap > 100_000) {
            throw new IllegalArgumentException("bootstrap must be in [0, 100000], not " + bootstrap);
        }
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
        double[][] fab = new double[k][n];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double[] x = a[j].clone();
                x[i] = b[j][i];
                fab[i][j] = f.applyAsDouble(x);
            }
        }
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = j;
        }
        double[] s = new double[k];
        double[] st = new double[k];
        indices(fa, fb, fab, rows, s, st);
        double[] sLo = new double[k];
        double[] sHi = new double[k];
        double[] tLo = new double[k];
        double[] tHi = new double[k];
        java.util.Arrays.fill(sLo, Double.NaN);
        java.util.Arrays.fill(sHi, Double.NaN);
        java.util.Arrays.fill(tLo, Double.NaN);
        java.util.Arrays.fill(tHi, Double.NaN);
        if (bootstrap > 0) {
            java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
            double[][] bs = new double[k][bootstrap];
            double[][] bt = new double[k][bootstrap];
            double[] s1 = new double[k];
            double[] t1 = new double[k];
            for (int r = 0; r < bootstrap; r++) {
                for (int j = 0; j < n; j++) {
                    rows[j] = rnd.nextInt(n);
                }
                indices(fa, fb, fab, rows, s1, t1);
                for (int i = 0; i < k; i++) {
                    bs[i][r] = s1[i];
                    bt[i][r] = t1[i];
                }
            }
            for (int i = 0; i < k; i++) {
                java.util.Arrays.sort(bs[i]);
                java.util.Arrays.sort(bt[i]);
                sLo[i] = Band.quantile(bs[i], 0.025);
                sHi[i] = Band.quantile(bs[i], 0.975);
                tLo[i] = Band.quantile(bt[i], 0.025);
                tHi[i] = Band.quantile(bt[i], 0.975);
            }
        }
        return new Result(s, st, n * (k + 2), sLo, sHi, tLo, tHi, bootstrap);
    }

    /** S_i and ST_i (into {@code s}, {@code st}) from the rows {@code rows} (a row may repeat: a bootstrap resample). */
    private static void indices(double[] fa, double[] fb, double[][] fab, int[] rows, double[] s, double[] st) {
        int n = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += fa[j] + fb[j];
        }
        mean /= 2 * n;
        double var = 0;
        for (int j : rows) {
            var += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        }
        var /= 2 * n - 1;
        for (int i = 0; i < s.length; i++) {
            double sumS = 0;
            double sumT = 0;
            for (int j : rows) {
                sumS += fb[j] * (fab[i][j] - fa[j]);
                sumT += (fa[j] - fab[i][j]) * (fa[j] - fab[i][j]);
            }
            s[i] = var == 0 ? 0 : sumS / n / var;
            st[i] = var == 0 ? 0 : sumT / (2.0 * n) / var;
        }
    }
}
