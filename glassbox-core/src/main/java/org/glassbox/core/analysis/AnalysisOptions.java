package org.glassbox.core.analysis;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * How to analyse a case.
 *
 * @param glassboxVersion          recorded in the provenance
 * @param phaseSource              coded phases, detected phases, or coded when present (AUTO)
 * @param changePointPenalty       penalty per extra phase for detection; null = the default
 *                                 (BIC: (K−1)/2 · ln N, K categories, N events; see docs/methods.md)
 * @param minPhaseEvents           least number of events a detected phase may hold
 * @param seed                     the seed of every random choice (betweenness source sampling)
 * @param betweennessExactMaxActors networks with at most this many actors get exact betweenness
 * @param betweennessSamples       number of sampled sources on larger networks
 * @param subjectsListed           how many subject positions each period lists (by degree, then id)
 * @param thresholdOverrides       codebook thresholds to override, by name
 * @param sensitivity              whether to re-run the verdicts with every threshold moved ±{@code sensitivityStep}
 * @param sensitivityStep          relative step of the sensitivity runs (0.2 = ±20 %)
 */
public record AnalysisOptions(String glassboxVersion, PhaseSource phaseSource, Double changePointPenalty,
                              int minPhaseEvents, long seed, int betweennessExactMaxActors, int betweennessSamples,
                              int subjectsListed, Map<String, Double> thresholdOverrides, boolean sensitivity,
                              double sensitivityStep) {
    public AnalysisOptions {
        Objects.requireNonNull(glassboxVersion, "glassboxVersion");
        Objects.requireNonNull(phaseSource, "phaseSource");
        if (changePointPenalty != null && !(changePointPenalty >= 0)) {
            throw new IllegalArgumentException("changePointPenalty must be ≥ 0, was " + changePointPenalty);
        }
        if (minPhaseEvents < 1) {
            throw new IllegalArgumentException("minPhaseEvents must be ≥ 1, was " + minPhaseEvents);
        }
        if (betweennessSamples < 1 || betweennessExactMaxActors < 0 || subjectsListed < 0) {
            throw new IllegalArgumentException("betweennessSamples ≥ 1, betweennessExactMaxActors ≥ 0, subjectsListed ≥ 0");
        }
        if (!(sensitivityStep > 0 && sensitivityStep < 1)) {
            throw new IllegalArgumentException("sensitivityStep must be in (0, 1), was " + sensitivityStep);
        }
        thresholdOverrides = Frozen.map(thresholdOverrides);
    }

    /** The defaults: AUTO phases, default penalty, phases of ≥ 8 events, seed 1, exact betweenness up to 2,000 actors, else 32 sampled sources, 25 listed subjects, no sensitivity. */
    public static AnalysisOptions defaults(String glassboxVersion) {
        return new AnalysisOptions(glassboxVersion, PhaseSource.AUTO, null, 8, 1L, 2000, 32, 25, Map.of(), false, 0.2);
    }

    public AnalysisOptions withSensitivity(boolean on) {
        return new AnalysisOptions(glassboxVersion, phaseSource, changePointPenalty, minPhaseEvents, seed,
                betweennessExactMaxActors, betweennessSamples, subjectsListed, thresholdOverrides, on, sensitivityStep);
    }

    public AnalysisOptions withPhaseSource(PhaseSource source) {
        return new AnalysisOptions(glassboxVersion, source, changePointPenalty, minPhaseEvents, seed,
                betweennessExactMaxActors, betweennessSamples, subjectsListed, thresholdOverrides, sensitivity, sensitivityStep);
    }

    public AnalysisOptions withChangePointPenalty(Double penalty) {
        return new AnalysisOptions(glassboxVersion, phaseSource, penalty, minPhaseEvents, seed,
                betweennessExactMaxActors, betweennessSamples, subjectsListed, thresholdOverrides, sensitivity, sensitivityStep);
    }

    public AnalysisOptions withSeed(long s) {
        return new AnalysisOptions(glassboxVersion, phaseSource, changePointPenalty, minPhaseEvents, s,
                betweennessExactMaxActors, betweennessSamples, subjectsListed, thresholdOverrides, sensitivity, sensitivityStep);
    }

    public AnalysisOptions withThresholdOverrides(Map<String, Double> overrides) {
        return new AnalysisOptions(glassboxVersion, phaseSource, changePointPenalty, minPhaseEvents, seed,
                betweennessExactMaxActors, betweennessSamples, subjectsListed, overrides, sensitivity, sensitivityStep);
    }
}
