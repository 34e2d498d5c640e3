package org.glassbox.core.analysis.outcome;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/** A performance series set against the phases: its points in time order and its level around each boundary. */
public record IndicatorSeries(String indicator, String unit, List<IndicatorPoint> points,
                              List<BoundaryComparison> boundaries) {
    public IndicatorSeries {
        Objects.requireNonNull(indicator, "indicator");
        points = Frozen.list(points);
        boundaries = Frozen.list(boundaries);
    }
}
