package org.glassbox.core.process;

import java.util.Objects;

/**
 * Throughput in one calendar month (UTC): cases whose first event falls in it, cases whose last
 * event falls in it, events in it, and the median duration (seconds) of the cases that ended in it
 * (NaN when none ended).
 */
public record ThroughputPeriod(String period, long casesStarted, long casesEnded, long events,
                               double medianDurationOfEndedCases) {
    public ThroughputPeriod {
        Objects.requireNonNull(period, "period");
    }
}
