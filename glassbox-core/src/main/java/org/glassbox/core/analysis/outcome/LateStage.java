package org.glassbox.core.analysis.outcome;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.analysis.FigureWeight;
import org.glassbox.core.model.Frozen;

/**
 * The late stage the model verdict reads (FRAMEWORK.md, "Periods and phases"): the last phase,
 * pooled with the phases before it as far back as needed for its government–enterprise events to
 * reach {@code evidence.government_enterprise_events_min}.
 *
 * @param phases the phases pooled, in order (the last phase alone when it suffices)
 * @param id     the pooled period's id: the phase id, or the ids joined by {@code +}
 * @param weight government–enterprise events of the pooled stage against the minimum
 */
public record LateStage(List<String> phases, String id, FigureWeight weight) {
    public LateStage {
        phases = Frozen.list(phases);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("a late stage pools at least one phase");
        }
    }

    /** Whether earlier phases were pooled with the last. */
    public boolean pooled() {
        return phases.size() > 1;
    }
}
