package org.glassbox.sim;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Morris elementary effects (Morris 1991) with the μ* of Campolongo, Cariboni &amp; Saltelli
 * (2007): r one-at-a-time trajectories on a p-level grid of the unit box (p = {@value #LEVELS},
 * step Δ = p / (2(p − 1)) = 2/3). Each trajectory starts at a random grid point and moves each
 * factor once, in a random order, by +Δ (or −Δ when +Δ would leave the box); the elementary
 * effect of factor i is EE_i = (f(x + e_iΔ) − f(x)) / Δ in units of the factor's range.
 * μ*_i = mean |EE_i|, σ_i = standard deviation of EE_i (n − 1 denominator). r(k + 1) evaluations;
 * seeded.
 */
public final class MorrisEffects {
    public static final int LEVELS = 4;

    private MorrisEffects() {
    }

    /** Per factor: μ*, μ (signed mean) and σ. */
    public record Result(double[] muStar, double[] mu, double[] sigma, int evaluations) {
        public Result {
            muStar = muStar.clone();
            mu = mu.clone();
            sigma = sigma.clone();
        }
    }

    public static Result estimate(ToDoubleFunction<double[]> f, double[] lo, double[] hi, int r, long seed) {
        int k = lo.length;
        if (hi.length != k || k < 1 || r < 2) {
            throw new IllegalArgumentException("need k ≥ 1 factors and r ≥ 2 trajectories");
        }
        double delta = LEVELS / (2.0 * (LEVELS - 1));
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            double[] u = new double[k];
            for (int i = 0; i < k; i++) {
                u[i] = rnd.nextInt(LEVELS) / (double) (LEVELS - 1);
            }
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            double fx = f.applyAsDouble(scale(u, lo, hi));
            for (int i : order) {
                double step = u[i] + delta <= 1 + 1e-12 ? delta : -delta;
                u[i] += step;
                double fy = f.applyAsDouble(scale(u, lo, hi));
                ee[i][t] = (fy - fx) / step;
                fx = fy;
            }
        }
        double[] muStar = new double[k];
        double[] mu = new double[k];
        double[] sigma = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            double a = 0;
            for (double e : ee[i]) {
                s += e;
                a += Math.abs(e);
            }
            mu[i] = s / r;
            muStar[i] = a / r;
            double v = 0;
            for (double e : ee[i]) {
                v += (e - mu[i]) * (e - mu[i]);
            }
            sigma[i] = Math.sqrt(v / (r - 1));
        }
        return new Result(muStar, mu, sigma, r * (k + 1));
    }

    private static double[] scale(double[] u, double[] lo, double[] hi) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            x[i] = lo[i] + (hi[i] - lo[i]) * Math.max(0, Math.min(1, u[i]));
        }
        return x;
    }
}
