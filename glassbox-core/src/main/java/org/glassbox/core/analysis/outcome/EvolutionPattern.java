package org.glassbox.core.analysis.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.structure.StructureType;

/**
 * The process evolution pattern: the phases with their structure type and dominant mechanism; the
 * pattern is named by the structure the case evolves into (its last phase): {@code linear-functional}
 * or {@code matrix} evolution (or {@code network}, {@code unclassified}).
 */
public final class EvolutionPattern {
    private EvolutionPattern() {
    }

    public static StructureEvolution of(List<PeriodAnalysis> phases) {
        List<EvolutionStep> steps = new ArrayList<>();
        for (PeriodAnalysis p : phases) {
            steps.add(new EvolutionStep(p.period().id(), p.period().name(), p.structure().type(), p.mechanism().dominant(),
                    p.structure().dualAuthorityRatio(), p.structure().unityOfCommandRatio(), p.embedding().index()));
        }
        return ofSteps(steps);
    }

    /** From steps (also used by sensitivity runs with re-classified types). */
    public static StructureEvolution ofSteps(List<EvolutionStep> steps) {
        StructureType late = steps.isEmpty() ? StructureType.UNCLASSIFIED : steps.get(steps.size() - 1).structure();
        String seq = steps.stream().map(s -> s.structure().word()).collect(Collectors.joining(" → "));
        return new StructureEvolution(steps, late, late.word(), seq.isEmpty() ? "(no phase)" : seq);
    }
}
