package org.glassbox.sim;

import java.util.List;
import java.util.Objects;

/**
 * What a simulation runs: where it starts, under which parameters, and (when calibrated from a
 * case) the coded figures of the calibrated phases the fit report compares the runs with.
 *
 * @param source      {@code case:ID} or {@code preset:NAME}
 * @param estimates   how the parameters and the initial state were obtained
 * @param codedFigures per calibrated phase, the coded case's {@link PhaseFigures}; empty without a case
 * @param sectorParameters per sector, the parameters its agents' payoffs use instead (an incentive aimed at one
 *                    type of organisation); empty = every agent uses {@code parameters}
 * @param coded       what the analysis says of the coded case the scenario was calibrated from; null for a preset
 */
public record Scenario(String source, InitialState initial, Parameters parameters, List<Estimate> estimates,
                       List<java.util.Map<String, Double>> codedFigures, java.util.Map<String, Parameters> sectorParameters,
                       Coded coded) {
    public Scenario(String source, InitialState initial, Parameters parameters, List<Estimate> estimates,
                    List<java.util.Map<String, Double>> codedFigures) {
        this(source, initial, parameters, estimates, codedFigures, java.util.Map.of(), null);
    }

    /**
     * The coded case's verdicts and per-phase embedding index and administrative dominance, read by
     * {@code Glassbox.analyze} — what the runs are set against ("the scenario against the coded case").
     */
    public record Coded(String model, String lateStructure, String trajectory, List<String> phases, List<Double> index,
                        List<Double> dominance) {
        public Coded {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(lateStructure, "lateStructure");
            Objects.requireNonNull(trajectory, "trajectory");
            phases = List.copyOf(phases);
            index = List.copyOf(index);
            dominance = List.copyOf(dominance);
            if (index.size() != phases.size() || dominance.size() != phases.size()) {
                throw new IllegalArgumentException("index and dominance need one value per phase (" + phases.size() + ")");
            }
        }
    }

    public Scenario {
        sectorParameters = java.util.Map.copyOf(sectorParameters);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(parameters, "parameters");
        estimates = List.copyOf(estimates);
        codedFigures = codedFigures.stream().map(java.util.Map::copyOf).toList();
    }

    /** The same scenario under other parameters. */
    public Scenario with(Parameters p) {
        return new Scenario(source, initial, p, estimates, codedFigures, sectorParameters, coded);
    }

    /** The same scenario with the agents of {@code sector} playing under {@code p} set to {@code v}. */
    public Scenario withSector(String sector, Parameter p, double v) {
        java.util.Map<String, Parameters> m = new java.util.HashMap<>(sectorParameters);
        m.put(sector, m.getOrDefault(sector, parameters).with(p, v));
        return new Scenario(source, initial, parameters, estimates, codedFigures, m, coded);
    }

    /**
     * The same scenario with {@code p} set to {@code v}: its estimate is replaced by the value set
     * ({@code estimated: false}) — a value set overrides the estimator (e.g. {@code --set revisionRate=0.1}).
     */
    public Scenario with(Parameter p, double v) {
        Parameters q = parameters.with(p, v);
        List<Estimate> est = estimates.stream().map(e -> !e.name().equals(p.key()) ? e
                : new Estimate(e.name(), v, "set to " + Parameters.num(v) + " (not estimated)", 0, false)).toList();
        return new Scenario(source, initial, q, est, codedFigures, sectorParameters, coded);
    }
}
