package org.glassbox.core.analysis.outcome;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;
import org.glassbox.core.analysis.structure.StructureType;

/**
 * The process evolution pattern: the phases with their structure type and dominant mechanism.
 *
 * @param steps    one per phase, in order
 * @param late     the structure type of the last phase ({@code structure.late})
 * @param pattern  the evolution pattern named by where it ends: {@code linear-functional} or {@code matrix} evolution, …
 * @param sequence the types in order, e.g. {@code network → matrix → matrix}
 */
public record StructureEvolution(List<EvolutionStep> steps, StructureType late, String pattern, String sequence) {
    public StructureEvolution {
        steps = Frozen.list(steps);
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(sequence, "sequence");
    }
}
