package org.glassbox.core.analysis.outcome;

import java.util.Objects;
import org.glassbox.core.analysis.structure.StructureType;
import org.glassbox.core.model.Mechanism;

/** One phase of the evolution: its structure type and dominant mechanism. */
public record EvolutionStep(String periodId, String periodName, StructureType structure, Mechanism dominantMechanism,
                            double dualAuthorityRatio, double unityOfCommandRatio, double embeddingIndex) {
    public EvolutionStep {
        Objects.requireNonNull(periodId, "periodId");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(dominantMechanism, "dominantMechanism");
    }
}
