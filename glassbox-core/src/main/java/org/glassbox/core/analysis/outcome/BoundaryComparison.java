package org.glassbox.core.analysis.outcome;

import java.util.Objects;
import org.glassbox.core.model.PartialDate;

/**
 * An indicator before and after one phase boundary: means of the observations in the phase before
 * and in the phase after.
 *
 * @param change meanAfter − meanBefore; null when either side has no observation
 */
public record BoundaryComparison(String before, String after, PartialDate boundary, int observationsBefore,
                                 Double meanBefore, int observationsAfter, Double meanAfter, Double change) {
    public BoundaryComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(boundary, "boundary");
    }
}
