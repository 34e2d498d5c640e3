package org.glassbox.core.analysis.period;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/** The phases of a case and how they were obtained. */
public record PhasePlan(List<Period> phases, PhaseDetection detection) {
    public PhasePlan {
        phases = Frozen.list(phases);
        Objects.requireNonNull(detection, "detection");
    }
}
