package org.glassbox.core.analysis.period;

import java.util.List;
import org.glassbox.core.model.Frozen;

/**
 * One boundary found by {@link ChangePointDetector}: observations {@code [.., index)} lie before
 * it, {@code [index, ..)} after.
 *
 * @param index      position in the (time-sorted) observation sequence of the first observation after the boundary
 * @param timeMillis start time of that observation (UTC epoch ms)
 * @param gain       decrease of the segmentation cost (negative multinomial log-likelihood) that this
 *                   boundary brings, before the penalty; the split's evidence strength
 * @param shifts     the categories whose shares moved most across the boundary, largest change first
 */
public record ChangePoint(int index, long timeMillis, double gain, List<CategoryShift> shifts) {
    public ChangePoint {
        shifts = Frozen.list(shifts);
    }
}
