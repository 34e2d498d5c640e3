package org.glassbox.core.process;

import java.util.List;
import java.util.Objects;

/**
 * One directly-follows edge across several logs (lists are indexed like the compared logs).
 *
 * @param counts        occurrences per log (0 when absent)
 * @param perCase       occurrences per case per log (frequency normalised by the log's cases)
 * @param meanSeconds   mean duration per log, NaN when absent
 * @param presentIn     number of logs that have the edge
 * @param perCaseRange  max − min of {@code perCase} over all logs
 * @param meanRange     max − min of the mean durations over the logs that have the edge (NaN if &lt; 2)
 */
public record EdgeComparison(String source, String target, List<Long> counts, List<Double> perCase,
                             List<Double> meanSeconds, int presentIn, double perCaseRange, double meanRange) {
    public EdgeComparison {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        counts = List.copyOf(counts);
        perCase = List.copyOf(perCase);
        meanSeconds = List.copyOf(meanSeconds);
    }
}
