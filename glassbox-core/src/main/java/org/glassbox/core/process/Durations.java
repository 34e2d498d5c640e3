package org.glassbox.core.process;

import java.util.Arrays;

/** Summary statistics of millisecond durations, reported in seconds. */
final class Durations {
    private Durations() {
    }

    /**
     * Sorts {@code ms[from, to)} in place and summarises it: mean, median (mean of the two middle
     * values for an even count), min, max, sum and sample standard deviation (NaN for one value).
     */
    static EdgePerformance summarise(long[] ms, int from, int to) {
        int n = to - from;
        if (n <= 0) {
            throw new IllegalArgumentException("no durations");
        }
        Arrays.sort(ms, from, to);
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += ms[i];
        }
        double mean = sum / 1000.0 / n;
        double median = (n & 1) == 1 ? ms[from + n / 2] / 1000.0
                : (ms[from + n / 2 - 1] / 1000.0 + ms[from + n / 2] / 1000.0) / 2.0;
        double stdev = Double.NaN;
        if (n > 1) {
            double sq = 0;
            for (int i = from; i < to; i++) {
                double d = ms[i] / 1000.0 - mean;
                sq += d * d;
            }
            stdev = Math.sqrt(sq / (n - 1));
        }
        return new EdgePerformance(mean, median, ms[from] / 1000.0, ms[to - 1] / 1000.0, sum / 1000.0, stdev);
    }
}
