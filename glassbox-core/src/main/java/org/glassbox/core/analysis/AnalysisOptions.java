package org.glassbox.core.analysis;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * How to analyse a case. Start from {@link #defaults()} or {@link #builder()}:
 *
 * <pre>
 * AnalysisOptions o = AnalysisOptions.builder().phaseSource(PhaseSource.DETECTED).seed(7)
 *         .threshold("structure.matrix.dual_authority_min", 0.25).build();
 * </pre>
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
 * @param robustness               whether to resample the evidence and report each verdict's stability
 * @param resamples                number of resamples (default 1000)
 * @param excludeWhere             data-side runs, each {@code COLUMN=VALUE}: the analysis without the events and ties whose
 *                                 extra column holds the value
 */
public record AnalysisOptions(String glassboxVersion, PhaseSource phaseSource, Double changePointPenalty,
                              int minPhaseEvents, long seed, int betweennessExactMaxActors, int betweennessSamples,
                              int subjectsListed, Map<String, Double> thresholdOverrides, boolean sensitivity,
                              double sensitivityStep, boolean robustness, int resamples, java.util.List<String> excludeWhere) {
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
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be ≥ 1, was " + resamples);
        }
        excludeWhere = Frozen.list(excludeWhere);
        for (String w : excludeWhere) {
            int eq = w.indexOf('=');
            if (eq <= 0 || eq == w.length() - 1) {
                throw new IllegalArgumentException("excludeWhere must be COLUMN=VALUE, was " + w);
            }
        }
    }

    /**
     * The defaults, with this build's {@link Glassbox#version() version}: AUTO phases, the BIC
     * penalty, phases of ≥ 8 events, seed 1, exact betweenness up to 2,000 actors, else 32 sampled
     * sources, 25 listed subjects, no threshold override, no sensitivity (step ±20 % when asked).
     */
    public static AnalysisOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.glassboxVersion = glassboxVersion;
        b.phaseSource = phaseSource;
        b.changePointPenalty = changePointPenalty;
        b.minPhaseEvents = minPhaseEvents;
        b.seed = seed;
        b.betweennessExactMaxActors = betweennessExactMaxActors;
        b.betweennessSamples = betweennessSamples;
        b.subjectsListed = subjectsListed;
        b.thresholdOverrides.putAll(thresholdOverrides);
        b.sensitivity = sensitivity;
        b.sensitivityStep = sensitivityStep;
        b.robustness = robustness;
        b.resamples = resamples;
        b.excludeWhere.addAll(excludeWhere);
        return b;
    }

    /** Options built step by step from the {@link #defaults()}; {@link #build()} validates. */
    public static final class Builder {
        private String glassboxVersion = Glassbox.version();
        private PhaseSource phaseSource = PhaseSource.AUTO;
        private Double changePointPenalty;
        private int minPhaseEvents = 8;
        private long seed = 1L;
        private int betweennessExactMaxActors = 2000;
        private int betweennessSamples = 32;
        private int subjectsListed = 25;
        private final Map<String, Double> thresholdOverrides = new java.util.LinkedHashMap<>();
        private boolean sensitivity;
        private double sensitivityStep = 0.2;
        private boolean robustness;
        private int resamples = 1000;
        private final java.util.List<String> excludeWhere = new java.util.ArrayList<>();

        private Builder() {
        }

        /** Resample the evidence and report each verdict's stability. */
        public Builder robustness(boolean on) {
            robustness = on;
            return this;
        }

        public Builder resamples(int n) {
            resamples = n;
            return this;
        }

        /** A data-side run without the rows whose extra column {@code COLUMN} holds {@code VALUE} ({@code COLUMN=VALUE}). */
        public Builder excludeWhere(String columnEqualsValue) {
            excludeWhere.add(java.util.Objects.requireNonNull(columnEqualsValue, "excludeWhere"));
            return this;
        }

        /** The version recorded in the provenance (default: this build's). */
        public Builder glassboxVersion(String v) {
            glassboxVersion = v;
            return this;
        }

        public Builder phaseSource(PhaseSource s) {
            phaseSource = s;
            return this;
        }

        /** Penalty per extra detected phase; null for BIC's. */
        public Builder changePointPenalty(Double penalty) {
            changePointPenalty = penalty;
            return this;
        }

        public Builder minPhaseEvents(int n) {
            minPhaseEvents = n;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        public Builder betweennessExactMaxActors(int n) {
            betweennessExactMaxActors = n;
            return this;
        }

        public Builder betweennessSamples(int n) {
            betweennessSamples = n;
            return this;
        }

        public Builder subjectsListed(int n) {
            subjectsListed = n;
            return this;
        }

        /** Overrides one codebook threshold (checked against the case's codebook by {@link Glassbox#analyze}). */
        public Builder threshold(String name, double value) {
            thresholdOverrides.put(java.util.Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /** Overrides these codebook thresholds, in the map's order, after any set before. */
        public Builder thresholds(Map<String, Double> overrides) {
            thresholdOverrides.putAll(overrides);
            return this;
        }

        public Builder sensitivity(boolean on) {
            sensitivity = on;
            return this;
        }

        /** Relative step of the sensitivity runs, in (0, 1). */
        public Builder sensitivityStep(double step) {
            sensitivityStep = step;
            return this;
        }

        /** The options; IllegalArgumentException naming the parameter when one is out of range. */
        public AnalysisOptions build() {
            return new AnalysisOptions(glassboxVersion, phaseSource, changePointPenalty, minPhaseEvents, seed,
                    betweennessExactMaxActors, betweennessSamples, subjectsListed, thresholdOverrides, sensitivity,
                    sensitivityStep, robustness, resamples, excludeWhere);
        }
    }

    public AnalysisOptions withSensitivity(boolean on) {
        return toBuilder().sensitivity(on).build();
    }

    public AnalysisOptions withPhaseSource(PhaseSource source) {
        return toBuilder().phaseSource(source).build();
    }

    public AnalysisOptions withChangePointPenalty(Double penalty) {
        return toBuilder().changePointPenalty(penalty).build();
    }

    public AnalysisOptions withSeed(long s) {
        return toBuilder().seed(s).build();
    }

    /** These options with exactly {@code overrides} as the threshold overrides. */
    public AnalysisOptions withThresholdOverrides(Map<String, Double> overrides) {
        return new AnalysisOptions(glassboxVersion, phaseSource, changePointPenalty, minPhaseEvents, seed,
                betweennessExactMaxActors, betweennessSamples, subjectsListed, overrides, sensitivity, sensitivityStep,
                robustness, resamples, excludeWhere);
    }
}
