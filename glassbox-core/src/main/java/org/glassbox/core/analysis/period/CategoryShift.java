package org.glassbox.core.analysis.period;

import java.util.Objects;

/**
 * How the share of one observation category changes across a boundary.
 *
 * @param category    e.g. {@code market/market} (event category / mechanism)
 * @param shareBefore share of the segment before the boundary
 * @param shareAfter  share of the segment after it
 */
public record CategoryShift(String category, double shareBefore, double shareAfter) {
    public CategoryShift {
        Objects.requireNonNull(category, "category");
    }

    public double change() {
        return shareAfter - shareBefore;
    }
}
