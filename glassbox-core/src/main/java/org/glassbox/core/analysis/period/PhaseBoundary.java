package org.glassbox.core.analysis.period;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;
import org.glassbox.core.model.PartialDate;

/**
 * The boundary between two consecutive phases, with the shift in the mix of event categories ×
 * mechanisms that it marks (for detected phases: the shift that caused it).
 *
 * @param date   first day of the later phase
 * @param gain   log-likelihood gain of splitting here (0 when the phases are coded and the mix does not move)
 * @param shifts categories whose shares moved most, largest change first
 */
public record PhaseBoundary(String before, String after, PartialDate date, double gain, List<CategoryShift> shifts) {
    public PhaseBoundary {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(date, "date");
        shifts = Frozen.list(shifts);
    }
}
