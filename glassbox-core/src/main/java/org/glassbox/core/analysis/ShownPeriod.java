package org.glassbox.core.analysis;

import java.util.Objects;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.structure.PeriodNetwork;

/** A period a report or an export shows, with its organisation network ({@link ShownPeriods}). */
public record ShownPeriod(Period period, PeriodNetwork network) {
    public ShownPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(network, "network");
    }
}
