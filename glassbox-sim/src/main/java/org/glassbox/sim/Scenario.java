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
 * @param parameters  the whole window's estimates (or a preset's): what the JSON's {@code parameters} reports and the
 *                    mean field ({@link Replicator}) is computed at
 * @param schedule    dated constraints: per phase of {@code initial.phases()} from the first, the parameters in force
 *                    from that phase's start to the next one's; phases after the last entry keep the last entry's
 *                    values (so with {@code --calibrate-until} the later phases remain a prediction). Empty = {@code
 *                    parameters} throughout (a preset, a hand-made scenario)
 * @param sectorParameters per sector, the parameters its agents' payoffs use instead of the phase's (an incentive
 *                    aimed at one type of organisation: each value replaces the phase's in every phase); empty = every
 *                    agent plays under the phase's parameters
 * @param coded       what the analysis says of the coded case the scenario was calibrated from; null for a preset
 */
public record Scenario(String source, InitialState initial, Parameters parameters, List<Parameters> schedule,
                       List<Estimate> estimates, List<java.util.Map<String, Double>> codedFigures,
                       java.util.Map<String, java.util.Map<Parameter, Double>> sectorParameters, Coded coded) {
    public Scenario(String source, InitialState initial, Parameters parameters, List<Estimate> estimates,
                    List<java.util.Map<String, Double>> codedFigures) {
        this(source, initial, parameters, List.of(), estimates, codedFigures, java.util.Map.of(), null);
    }

    /**
     * The coded case's verdicts and per-phase embedding index and administrative dominance, read by
     * {@code Glassbox.analyze} — what the runs are set against ("the scenario against the coded case") — per
     * phase, the evidence weight of each figure the fit report compares ({@code PhaseFigures.weights}), and per
     * calibrated phase its own estimates of the constraints ({@code constraints}: the dated constraints' estimators
     * over that phase alone, docs/simulation.md §5 — whether or not the runs play under them).
     */
    public record Coded(String model, String lateStructure, String trajectory, List<String> phases, List<Double> index,
                        List<Double> dominance, List<java.util.Map<String, org.glassbox.core.analysis.FigureWeight>> weights,
                        List<Parameters> constraints) {
        public Coded {
            constraints = List.copyOf(constraints);
            if (constraints.size() > phases.size()) {
                throw new IllegalArgumentException("constraints: at most one entry per phase (" + phases.size() + ")");
            }
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(lateStructure, "lateStructure");
            Objects.requireNonNull(trajectory, "trajectory");
            phases = List.copyOf(phases);
            index = List.copyOf(index);
            dominance = List.copyOf(dominance);
            weights = weights.stream().map(java.util.Map::copyOf).toList();
            if (index.size() != phases.size() || dominance.size() != phases.size() || weights.size() != phases.size()) {
                throw new IllegalArgumentException("index, dominance and weights need one entry per phase (" + phases.size() + ")");
            }
        }

        /**
         * Per calibrated phase, the attractors of the mean field at its own constraints (§6): where that phase's
         * constraints alone would take the strategies.
         */
        public List<List<Replicator.RestPoint>> phaseAttractors() {
            return constraints.stream().map(Replicator::attractors).toList();
        }

        /**
         * Per calibrated phase, whether its own constraints lead elsewhere than {@code window} (the constraints the
         * runs play when they play one set throughout): whether the constructions its mean field's attractors stand
         * for ({@link Replicator#models}) differ from those at {@code window}. A fit figure of such a phase can miss
         * for that reason alone (docs/simulation.md §8).
         */
        public List<Boolean> leadsElsewhere(Parameters window) {
            List<String> w = Replicator.models(window);
            return constraints.stream().map(p -> !Replicator.models(p).equals(w)).toList();
        }
    }

    public Scenario {
        java.util.Map<String, java.util.Map<Parameter, Double>> sp = new java.util.HashMap<>();
        sectorParameters.forEach((k, v) -> sp.put(k, java.util.Map.copyOf(v)));
        sectorParameters = java.util.Map.copyOf(sp);
        schedule = List.copyOf(schedule);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(parameters, "parameters");
        estimates = List.copyOf(estimates);
        codedFigures = codedFigures.stream().map(java.util.Map::copyOf).toList();
    }

    /** The same scenario under other parameters, constant over the run (the schedule dropped). */
    public Scenario with(Parameters p) {
        return new Scenario(source, initial, p, List.of(), estimates, codedFigures, sectorParameters, coded);
    }

    /**
     * The parameters in force in each phase of the run, from the first: the schedule, or {@code parameters}
     * alone; a phase beyond the list keeps the last entry.
     */
    public List<Parameters> phaseParameters() {
        return schedule.isEmpty() ? List.of(parameters) : schedule;
    }

    /**
     * The same scenario with the agents of {@code sector} playing under {@code p} set to {@code v} in every phase
     * (the value checked against the parameter's bounds).
     */
    public Scenario withSector(String sector, Parameter p, double v) {
        parameters.with(p, v);
        java.util.Map<String, java.util.Map<Parameter, Double>> m = new java.util.HashMap<>(sectorParameters);
        java.util.Map<Parameter, Double> levers = new java.util.EnumMap<>(Parameter.class);
        levers.putAll(m.getOrDefault(sector, java.util.Map.of()));
        levers.put(p, v);
        m.put(sector, levers);
        return new Scenario(source, initial, parameters, schedule, estimates, codedFigures, m, coded);
    }

    /**
     * The same scenario with {@code p} set to {@code v} in every phase: its estimate is replaced by the value set
     * ({@code estimated: false}) — a value set overrides the estimator (e.g. {@code --set revisionRate=0.1}).
     * {@code --set}, a sweep's cell, a sensitivity point and the incentives all go through here, so a varied
     * value replaces the parameter's dated estimates in every phase (docs/simulation.md §5): the value then
     * means "this constraint held throughout", as the phase diagram's axis and the mean field read it.
     */
    public Scenario with(Parameter p, double v) {
        Parameters q = parameters.with(p, v);
        List<Parameters> sched = schedule.stream().map(x -> x.with(p, v)).toList();
        // the window's estimate and each phase's (schedule.PHASE.NAME) give way to the value set
        List<Estimate> est = estimates.stream().map(e -> !e.name().equals(p.key()) && !p.key().equals(Calibration.scheduleKey(e.name())) ? e
                : new Estimate(e.name(), v, "set to " + Parameters.num(v) + " (not estimated)", 0, false)).toList();
        return new Scenario(source, initial, q, sched, est, codedFigures, sectorParameters, coded);
    }

    /**
     * The same scenario over another initial state (another horizon): the schedule kept for the phases the state
     * keeps (a horizon that drops phases drops their entries and their {@code schedule.PHASE.NAME} estimates).
     */
    Scenario with(InitialState s) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        s.phases().forEach(ph -> kept.add(ph.id()));
        List<Parameters> sched = schedule.size() > s.phases().size() ? schedule.subList(0, s.phases().size()) : schedule;
        List<Estimate> est = estimates.stream().filter(e -> Calibration.schedulePhase(e.name()) == null
                || kept.contains(Calibration.schedulePhase(e.name()))).toList();
        return new Scenario(source, s, parameters, sched, est, codedFigures, sectorParameters, coded);
    }
}
