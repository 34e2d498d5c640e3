package org.glassbox.core.analysis;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.analysis.formalism.FormalismReport;
import org.glassbox.core.analysis.mechanism.EmbeddingTrajectory;
import org.glassbox.core.analysis.outcome.IndicatorSeries;
import org.glassbox.core.analysis.outcome.ModelVerdict;
import org.glassbox.core.analysis.outcome.StructureEvolution;
import org.glassbox.core.analysis.period.PhaseDetection;
import org.glassbox.core.analysis.sensitivity.SensitivityReport;
import org.glassbox.core.analysis.structure.StructureType;
import org.glassbox.core.analysis.subjects.FormationStep;
import org.glassbox.core.model.Frozen;

/**
 * Everything Glassbox says about one case.
 *
 * @param years          the framework per calendar year
 * @param phases         the framework per phase (coded or detected, see {@code phaseDetection}); never empty when the case has events
 * @param phaseDetection how the phases were obtained, with each boundary's shift
 * @param evolution      the process evolution pattern over the phases; {@code evolution.late()} is {@code structure.late}
 * @param trajectory     the embedding trajectory over the phases
 * @param model          the construction model (last phase) with scores and evidence chain
 * @param formation      the formation timeline of the subjects (entries, role changes, exits), in time order
 * @param formalism      the digital-formalism diagnostics
 * @param indicators     performance series set against the phases
 * @param sensitivity    the ±20 % threshold runs; null unless asked for
 * @param robustness     the stability of each verdict under resampling and the data-side runs; null unless asked for
 */
public record CaseAnalysis(String caseId, String caseName, Provenance provenance, int events, int actors, int ties,
                           List<PeriodAnalysis> years, List<PeriodAnalysis> phases, PhaseDetection phaseDetection,
                           StructureEvolution evolution, EmbeddingTrajectory trajectory, ModelVerdict model,
                           List<FormationStep> formation, FormalismReport formalism, List<IndicatorSeries> indicators,
                           SensitivityReport sensitivity, org.glassbox.core.analysis.robustness.RobustnessReport robustness) {
    public CaseAnalysis {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseName, "caseName");
        Objects.requireNonNull(provenance, "provenance");
        years = Frozen.list(years);
        phases = Frozen.list(phases);
        Objects.requireNonNull(phaseDetection, "phaseDetection");
        Objects.requireNonNull(evolution, "evolution");
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(model, "model");
        formation = Frozen.list(formation);
        Objects.requireNonNull(formalism, "formalism");
        indicators = Frozen.list(indicators);
    }

    /** {@code structure.late}: the structure type of the last phase. */
    public StructureType structureLate() {
        return evolution.late();
    }

    /** Everything but robustness (the shape before issue 11, item 6). */
    public CaseAnalysis(String caseId, String caseName, Provenance provenance, int events, int actors, int ties,
                        List<PeriodAnalysis> years, List<PeriodAnalysis> phases, PhaseDetection phaseDetection,
                        StructureEvolution evolution, EmbeddingTrajectory trajectory, ModelVerdict model,
                        List<FormationStep> formation, FormalismReport formalism, List<IndicatorSeries> indicators,
                        SensitivityReport sensitivity) {
        this(caseId, caseName, provenance, events, actors, ties, years, phases, phaseDetection, evolution, trajectory, model,
                formation, formalism, indicators, sensitivity, null);
    }

    public CaseAnalysis withSensitivity(SensitivityReport report) {
        return new CaseAnalysis(caseId, caseName, provenance, events, actors, ties, years, phases, phaseDetection,
                evolution, trajectory, model, formation, formalism, indicators, report, robustness);
    }

    public CaseAnalysis withRobustness(org.glassbox.core.analysis.robustness.RobustnessReport report) {
        return new CaseAnalysis(caseId, caseName, provenance, events, actors, ties, years, phases, phaseDetection,
                evolution, trajectory, model, formation, formalism, indicators, sensitivity, report);
    }
}
