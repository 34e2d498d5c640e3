package org.glassbox.core.analysis.outcome;

import java.util.Objects;
import org.glassbox.core.model.PartialDate;

/** One observation of an indicator, with the phase that holds it (null when outside every phase). */
public record IndicatorPoint(PartialDate date, double value, String phaseId) {
    public IndicatorPoint {
        Objects.requireNonNull(date, "date");
    }
}
