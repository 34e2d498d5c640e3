package org.glassbox.sim;

import java.util.Arrays;
import java.util.List;

/**
 * A mean path with its band over runs: per point the mean, and the 10th and 90th percentiles
 * (linear interpolation between order statistics, R's type 7).
 */
public record Band(List<Double> mean, List<Double> low, List<Double> high) {
    public Band {
        mean = List.copyOf(mean);
        low = List.copyOf(low);
        high = List.copyOf(high);
    }

    /** The band of {@code values[run][point]} (runs with fewer points are skipped at the missing points). */
    static Band of(List<List<Double>> values, int points) {
        Double[] m = new Double[points];
        Double[] lo = new Double[points];
        Double[] hi = new Double[points];
        for (int j = 0; j < points; j++) {
            double[] col = new double[values.size()];
            int k = 0;
            for (List<Double> v : values) {
                if (j < v.size() && !Double.isNaN(v.get(j))) {
                    col[k++] = v.get(j);
                }
            }
            col = Arrays.copyOf(col, k);
            Arrays.sort(col);
            m[j] = k == 0 ? Double.NaN : Arrays.stream(col).average().orElse(Double.NaN);
            lo[j] = quantile(col, 0.1);
            hi[j] = quantile(col, 0.9);
        }
        return new Band(Arrays.asList(m), Arrays.asList(lo), Arrays.asList(hi));
    }

    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }
}
