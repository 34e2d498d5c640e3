package org.glassbox.qca.calibrate;

import java.util.Arrays;
import org.glassbox.qca.QcaInputException;

/**
 * Suggests crisp thresholds by clustering the values (the reference's {@code findTh}, after
 * Cronqvist's Tosmana threshold setter): complete-linkage hierarchical clustering of the sorted
 * values on absolute distance, cut into n + 1 groups; each threshold is the mean of the last value
 * of a group and the first of the next. Cost O(m^3) for m values (small by design).
 */
public final class ThresholdFinder {
    private ThresholdFinder() {}

    public static double[] find(double[] values, int n) {
        if (n < 1) throw QcaInputException.parameter("n", 0, "ask for at least one threshold");
        double[] x = values.clone();
        Arrays.sort(x);
        int m = x.length;
        if (m < n + 1) throw QcaInputException.parameter("n", 0, "need at least " + (n + 1) + " values for " + n + " thresholds");
        // clusters on sorted 1-D data under complete linkage stay contiguous: [start, end] ranges
        int[] start = new int[m], end = new int[m];
        int count = m;
        for (int i = 0; i < m; i++) { start[i] = i; end[i] = i; }
        while (count > n + 1) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c = 0; c + 1 < count; c++) {
                double d = x[end[c + 1]] - x[start[c]];  // complete linkage of adjacent ranges
                if (d < bestD) { bestD = d; best = c; }
            }
            end[best] = end[best + 1];
            for (int c = best + 1; c + 1 < count; c++) { start[c] = start[c + 1]; end[c] = end[c + 1]; }
            count--;
        }
        double[] th = new double[n];
        for (int c = 0; c < n; c++) th[c] = (x[end[c]] + x[start[c + 1]]) / 2;
        return th;
    }
}
