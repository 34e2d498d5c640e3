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

    @Option(names = "--robustness", description = "resample events and ties (seeded bootstrap; leave one out in small phases) and give each verdict's share of agreeing resamples")
    boolean robustness;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "1000", description = "resamples of --robustness (default 1000)")
    int resamples;

    @Option(names = "--exclude-where", paramLabel = "COLUMN=VALUE", description = "re-run without the events and ties whose extra column holds the value (repeatable), e.g. confidence=low")
    java.util.List<String> excludeWhere = new java.util.ArrayList<>();

    AnalysisOptions toOptions() {
        PhaseSource src;
        try {
            src = PhaseSource.valueOf(phases.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--phases must be auto, coded or detected, not " + phases);
        }
        AnalysisOptions.Builder b = AnalysisOptions.builder().phaseSource(src).changePointPenalty(penalty).minPhaseEvents(minPhaseEvents)
                .seed(seed).thresholds(thresholds).sensitivity(sensitivity).robustness(robustness).resamples(resamples);
        if (resamples < 1) {
            throw new IllegalArgumentException("--resamples must be ≥ 1, was " + resamples);
        }
        excludeWhere.forEach(b::excludeWhere);
        return b.build();
    }
}
