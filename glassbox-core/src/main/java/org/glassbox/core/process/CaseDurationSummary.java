package org.glassbox.core.process;

/**
 * Case durations (time of the last event minus time of the first, in seconds) over non-empty cases;
 * all NaN when there is no case.
 */
public record CaseDurationSummary(int cases, double mean, double median, double min, double max) {
    public CaseDurationSummary {
        if (cases < 0) {
            throw new IllegalArgumentException("negative cases");
        }
    }
}
