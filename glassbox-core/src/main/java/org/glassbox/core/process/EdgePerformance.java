package org.glassbox.core.process;

/**
 * Durations, in seconds, of one directly-follows edge's occurrences (time of the second event
 * minus time of the first), as pm4py's {@code discover_performance_dfg} reports them.
 *
 * @param mean   arithmetic mean
 * @param median median (mean of the two middle values for an even count)
 * @param min    smallest
 * @param max    largest
 * @param sum    total
 * @param stdev  sample standard deviation (ddof = 1), NaN for an edge seen once (pm4py: null)
 */
public record EdgePerformance(double mean, double median, double min, double max, double sum, double stdev) {
    public EdgePerformance {
        if (min > max) {
            throw new IllegalArgumentException("min > max");
        }
    }
}
