package org.glassbox.core.analysis.facts;

import java.util.Objects;
import org.glassbox.core.analysis.period.Period;

/**
 * The events of a period (time order) and the ties valid at some instant of it: what every layer reads.
 */
public final class PeriodSlice {
    private final Period period;
    private final int[] events;
    private final int[] ties;

    public PeriodSlice(CaseFacts f, Period period) {
        this.period = Objects.requireNonNull(period, "period");
        this.events = f.events().between(period.startMillis(), period.endMillisExclusive());
        this.ties = f.ties().validDuring(period.startMillis(), period.endMillisExclusive());
    }

    public Period period() {
        return period;
    }

    /** Event indices in time order (do not modify). */
    public int[] events() {
        return events;
    }

    /** Indices of the ties valid at some instant of the period (do not modify). */
    public int[] ties() {
        return ties;
    }
}
