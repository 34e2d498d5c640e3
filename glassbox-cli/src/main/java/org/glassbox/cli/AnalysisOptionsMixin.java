package org.glassbox.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.PhaseSource;
import picocli.CommandLine.Option;

/** The analysis options {@code analyze} and {@code compare} share (a picocli mixin). */
public final class AnalysisOptionsMixin {
    @Option(names = "--phases", paramLabel = "auto|coded|detected", defaultValue = "auto",
            description = "phases from case.yaml (coded), from change points (detected), or coded when present (auto, default)")
    String phases;

    @Option(names = "--penalty", paramLabel = "BETA", description = "change-point penalty per phase boundary (default: BIC, (K-1)/2 ln N)")
    Double penalty;

    @Option(names = "--min-phase-events", paramLabel = "N", defaultValue = "8", description = "least events in a detected phase (default 8)")
    int minPhaseEvents;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (betweenness sampling; default 1)")
    long seed;

    @Option(names = "--threshold", paramLabel = "NAME=VALUE", description = "override a codebook threshold (repeatable), e.g. structure.matrix.dual_authority_min=0.25")
    Map<String, Double> thresholds = new LinkedHashMap<>();

    @Option(names = "--sensitivity", description = "re-run every verdict with each threshold moved ±20 %% and list the flips")
    boolean sensitivity;

    AnalysisOptions toOptions() {
        PhaseSource src;
        try {
            src = PhaseSource.valueOf(phases.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--phases must be auto, coded or detected, not " + phases);
        }
        return AnalysisOptions.builder().phaseSource(src).changePointPenalty(penalty).minPhaseEvents(minPhaseEvents)
                .seed(seed).thresholds(thresholds).sensitivity(sensitivity).build();
    }
}
