package org.glassbox.sim;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the analysis ({@code Glassbox.analyze}) says of one run's case, reduced to what the
 * summary needs. {@code model} is {@code undetermined} when the analysis decides none (the run case has no phase, or its evidence is below the minimum even with all phases pooled); its rule then says why and where the scores lean.
 *
 * @param phaseFigures per phase: the fit figures (event-category mix, initiation shares, embedding components)
 * @param yearIndex    embedding index per calendar year of the run
 * @param yearDominance administrative dominance per calendar year
 * @param formalism    each formalism diagnostic's score (diagnostic id → score in [0, 1])
 */
public record RunOutcome(long seed, int events, String model, String modelRule, double marketScore,
                         double administrativeScore, String lateStructure, String structureRule, String trajectory,
                         String trajectoryRule, List<Double> phaseIndex, List<Double> phaseDominance,
                         List<Integer> years, List<Double> yearIndex, List<Double> yearDominance,
                         double peopleCentredness, double finalContractShare, double finalInitiateShare,
                         List<Map<String, Double>> phaseFigures, Map<String, Double> formalism) {
    public RunOutcome {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lateStructure, "lateStructure");
        Objects.requireNonNull(trajectory, "trajectory");
        phaseIndex = List.copyOf(phaseIndex);
        phaseDominance = List.copyOf(phaseDominance);
        years = List.copyOf(years);
        yearIndex = List.copyOf(yearIndex);
        yearDominance = List.copyOf(yearDominance);
        phaseFigures = phaseFigures.stream().map(Map::copyOf).toList();
        formalism = Map.copyOf(formalism);
    }
}
