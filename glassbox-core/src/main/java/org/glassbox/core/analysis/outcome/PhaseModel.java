package org.glassbox.core.analysis.outcome;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.analysis.FigureWeight;
import org.glassbox.core.analysis.VerdictStatus;
import org.glassbox.core.model.Frozen;

/**
 * The model one phase read alone would give, reported beside the late-stage verdict.
 *
 * @param phase   the phase id
 * @param status  {@code decided} when the phase's government–enterprise events reach the minimum
 * @param leaning the model its scores point to (the verdict when decided)
 * @param scores  a score per model, from the components that vote in this phase
 * @param weight  the phase's government–enterprise events against the minimum
 */
public record PhaseModel(String phase, VerdictStatus status, ConstructionModel leaning,
                         Map<ConstructionModel, Double> scores, FigureWeight weight) {
    public PhaseModel {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leaning, "leaning");
        scores = Frozen.map(scores);
        Objects.requireNonNull(weight, "weight");
    }

    /** The verdict, or null when undetermined. */
    public ConstructionModel verdict() {
        return status == VerdictStatus.DECIDED ? leaning : null;
    }

    /** The verdict's word, or {@code undetermined}. */
    public String word() {
        return status == VerdictStatus.DECIDED ? leaning.word() : "undetermined";
    }
}
