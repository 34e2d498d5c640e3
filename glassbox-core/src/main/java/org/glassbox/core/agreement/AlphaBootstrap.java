package org.glassbox.core.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A bootstrap confidence interval for Krippendorff's α, in the spirit of Hayes and Krippendorff
 * (2007, "Answering the call for a standard reliability measure for coding data", Communication
 * Methods and Measures 1): the sampling distribution of α is approximated by recomputing it on
 * resampled reliability data, and the interval is read off its percentiles.
 *
 * <p><b>Method.</b> Each of {@code replicates} samples draws as many pairable units as the data
 * have, uniformly with replacement (a unit keeps all its coders' values together, so the
 * dependence between values of one unit is respected — Zapf et al. 2016, BMC Med Res Methodol 16:93);
 * α is recomputed on each sample with its own D_o and D_e (and, for ordinal data, its own rank
 * metric). Samples whose α is undefined (no variation) are counted and left out. The interval is
 * the percentile interval [q_{(1−level)/2}, q_{(1+level)/2}] of the defined replicates, with
 * quantiles by linear interpolation (R's type 7). This differs from the KALPHA macro, which
 * resamples pairs of values from the coincidence matrix holding D_e fixed; unit resampling is used
 * here because it needs no assumption of independent pairs within a unit.
 *
 * <p>Randomness only through {@code seed}: the same data, replicates and seed give the same
 * interval. O(replicates × (Σ_u m_u² + V²)) time.
 */
public final class AlphaBootstrap {
    /** The replicates used unless told otherwise. */
    public static final int DEFAULT_REPLICATES = 1000;
    /** The seed used unless told otherwise. */
    public static final long DEFAULT_SEED = 20070101L;

    private final double lower;
    private final double upper;
    private final int defined;
    private final int replicates;

    /**
     * @param alpha      the α whose data are resampled
     * @param replicates number of bootstrap samples, at least 100
     * @param level      confidence level in (0, 1), e.g. 0.95
     * @param seed       the random seed
     */
    public AlphaBootstrap(KrippendorffAlpha alpha, int replicates, double level, long seed) {
        if (replicates < 100) {
            throw new AgreementException("replicates", "at least 100 bootstrap samples are needed, not " + replicates);
        }
        if (!(level > 0 && level < 1)) {
            throw new AgreementException("level", "a confidence level lies strictly between 0 and 1, not " + level);
        }
        this.replicates = replicates;
        int units = alpha.pairableUnits();
        if (units == 0 || !alpha.defined()) {
            lower = upper = Double.NaN;
            defined = 0;
            return;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] a = new double[replicates];
        int k = 0;
        int[] picks = new int[units];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < units; i++) {
                picks[i] = rnd.nextInt(units);
            }
            double x = alpha.alphaOf(picks);
            if (!Double.isNaN(x)) {
                a[k++] = x;
            }
        }
        this.defined = k;
        if (k == 0) {
            lower = upper = Double.NaN;
            return;
        }
        double[] s = Arrays.copyOf(a, k);
        Arrays.sort(s);
        lower = quantile(s, (1 - level) / 2);
        upper = quantile(s, (1 + level) / 2);
    }

    /** The 95 % interval from {@link #DEFAULT_REPLICATES} samples with {@link #DEFAULT_SEED}. */
    public static AlphaBootstrap ci95(KrippendorffAlpha alpha) {
        return new AlphaBootstrap(alpha, DEFAULT_REPLICATES, 0.95, DEFAULT_SEED);
    }

    /** Quantile p of sorted values, linear interpolation between order statistics (type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Lower bound; NaN when α or every replicate is undefined. */
    public double lower() {
        return lower;
    }

    /** Upper bound; NaN when α or every replicate is undefined. */
    public double upper() {
        return upper;
    }

    /** Whether an interval exists. */
    public boolean defined() {
        return !Double.isNaN(lower);
    }

    /** Replicates whose α was defined. */
    public int definedReplicates() {
        return defined;
    }

    public int replicates() {
        return replicates;
    }
}
