package org.glassbox.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.glassbox.core.analysis.FigureWeight;

/**
 * The summary of a simulation: for each verdict (construction model, late structure, embedding
 * trajectory) the share of runs that reached each value (every value listed, shares summing to 1),
 * the rule that fired in the first run of each value (its evidence), the mean paths with 10–90 %
 * bands of the embedding index and administrative dominance per year and per phase, and — for a
 * calibrated scenario — the fit report.
 *
 * @param outcomes  "model" / "lateStructure" / "trajectory" → value → share of runs
 * @param parameterSchedule the dated constraints the runs played under: per phase from the first, the parameters in
 *                  force from its start (the last entry holds for the later phases); one entry when constant
 * @param evidence  "model" / "lateStructure" / "trajectory" → value → the rule of the first run with that value
 * @param years     calendar years of the yearly paths
 * @param strategies per calibrated phase, the strategies read from the coded and the simulated events (beside the fit)
 * @param coded     the coded case's verdicts and paths (null for a preset)
 */
public record SimulationResult(String source, int runs, long seed, Map<String, Double> parameters,
                               List<Map<String, Double>> parameterSchedule, List<Estimate> estimates, Map<String, Map<String, Double>> outcomes,
                               Map<String, Map<String, String>> evidence, List<String> phases, Band phaseIndex,
                               Band phaseDominance, List<Integer> years, Band yearIndex, Band yearDominance,
                               double meanMarketScore, double meanAdministrativeScore, double meanPeopleCentredness,
                               double meanFinalContractShare, double meanFinalInitiateShare, double meanEvents,
                               List<FitItem> fit, List<Strategies> strategies, double seconds, Scenario.Coded coded) {
    /** Every value of each verdict, in the order the JSON lists them. */
    public static final List<String> MODELS = List.of("administrative", "market", "hybrid", "undetermined");
    public static final List<String> STRUCTURES = List.of("linear-functional", "matrix", "network", "unclassified");
    public static final List<String> TRAJECTORIES = List.of("inter-embedded", "de-embedded", "embedded", "never-embedded", "undetermined");
    /** Tolerance of the event-category mix: total variation distance. */
    public static final double TOLERANCE_MIX = 0.25;
    /** Tolerance of the government and enterprise initiation shares (absolute). */
    public static final double TOLERANCE_SHARES = 0.15;
    /** Tolerance of reciprocity, co-decision and multiplexity (absolute). */
    public static final double TOLERANCE_EMBEDDING = 0.20;
    /** The per-phase figures the fit judges: the event categories, the initiation shares, the embedding components. */
    private static final List<String> FIT_KEYS = fitKeys();

    public SimulationResult {
        Objects.requireNonNull(source, "source");
        parameters = Map.copyOf(new LinkedHashMap<>(parameters));
        parameterSchedule = parameterSchedule.stream().map(m -> java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))).toList();
        estimates = List.copyOf(estimates);
        fit = List.copyOf(fit);
        strategies = List.copyOf(strategies);
        phases = List.copyOf(phases);
        years = List.copyOf(years);
    }

    /**
     * A calibrated phase's strategies read from its events by the rule of the initial state ({@link PhaseFigures#STRATEGIES}):
     * the shares of contracting governments and initiating enterprises in the coded phase, and the mean of the same read
     * over the runs that have it; NaN where no actor could be read. Shown beside the fit, not judged: the fit's figures
     * are what the issue names, these say where the coded and the simulated subjects stood.
     */
    public record Strategies(String phase, double codedContracting, double codedInitiating, double simulatedContracting,
                             double simulatedInitiating) {
    }

    /** The share of runs whose {@code verdict} ("model", "lateStructure", "trajectory") is {@code value}. */
    public double share(String verdict, String value) {
        return outcomes.get(verdict).getOrDefault(value, 0.0);
    }

    static SimulationResult of(Scenario sc, Simulation.Options o, List<RunOutcome> runs, double seconds) {
        Map<String, Map<String, Double>> outcomes = new LinkedHashMap<>();
        Map<String, Map<String, String>> evidence = new LinkedHashMap<>();
        tally("model", MODELS, runs, RunOutcome::model, RunOutcome::modelRule, outcomes, evidence);
        tally("lateStructure", STRUCTURES, runs, RunOutcome::lateStructure, RunOutcome::structureRule, outcomes, evidence);
        tally("trajectory", TRAJECTORIES, runs, RunOutcome::trajectory, RunOutcome::trajectoryRule, outcomes, evidence);
        List<String> phases = sc.initial().phases().stream().map(org.glassbox.core.model.Phase::id).toList();
        int nPhases = phases.size();
        Band pi = Band.of(runs.stream().map(RunOutcome::phaseIndex).toList(), nPhases);
        Band pd = Band.of(runs.stream().map(RunOutcome::phaseDominance).toList(), nPhases);
        List<Integer> years = runs.stream().map(RunOutcome::years).max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
        Band yi = Band.of(runs.stream().map(RunOutcome::yearIndex).toList(), years.size());
        Band yd = Band.of(runs.stream().map(RunOutcome::yearDominance).toList(), years.size());
        List<FitItem> fit = fit(sc, runs);
        return new SimulationResult(sc.source(), runs.size(), o.seed(), sc.parameters().asMap(),
                sc.phaseParameters().stream().map(Parameters::asMap).toList(), sc.estimates(), outcomes,
                evidence, phases, pi, pd, years, yi, yd, mean(runs, RunOutcome::marketScore),
                mean(runs, RunOutcome::administrativeScore), mean(runs, RunOutcome::peopleCentredness),
                mean(runs, RunOutcome::finalContractShare), mean(runs, RunOutcome::finalInitiateShare),
                mean(runs, r -> (double) r.events()), fit, strategies(sc, runs), seconds, sc.coded());
    }

    static List<Strategies> strategies(Scenario sc, List<RunOutcome> runs) {
        List<Strategies> out = new ArrayList<>();
        List<String> ids = sc.initial().phases().stream().map(org.glassbox.core.model.Phase::id).toList();
        for (int ph = 0; ph < sc.codedFigures().size() && ph < ids.size(); ph++) {
            Map<String, Double> coded = sc.codedFigures().get(ph);
            int k = ph;
            Function<String, Double> sim = key -> mean(runs, r -> k < r.phaseFigures().size()
                    ? r.phaseFigures().get(k).getOrDefault(key, Double.NaN) : Double.NaN);
            out.add(new Strategies(ids.get(ph), coded.getOrDefault(PhaseFigures.STRATEGIES[0], Double.NaN),
                    coded.getOrDefault(PhaseFigures.STRATEGIES[1], Double.NaN), sim.apply(PhaseFigures.STRATEGIES[0]),
                    sim.apply(PhaseFigures.STRATEGIES[1])));
        }
        return out;
    }

    private static void tally(String name, List<String> values, List<RunOutcome> runs, Function<RunOutcome, String> f,
                              Function<RunOutcome, String> rule, Map<String, Map<String, Double>> outcomes,
                              Map<String, Map<String, String>> evidence) {
        Map<String, Double> share = new LinkedHashMap<>();
        Map<String, String> ev = new LinkedHashMap<>();
        for (String v : values) {
            share.put(v, 0.0);
        }
        for (RunOutcome r : runs) {
            String v = f.apply(r);
            share.merge(v, 1.0 / runs.size(), Double::sum);
            ev.putIfAbsent(v, rule.apply(r));
        }
        outcomes.put(name, java.util.Collections.unmodifiableMap(share));
        evidence.put(name, java.util.Collections.unmodifiableMap(ev));
    }

    static double mean(List<RunOutcome> runs, java.util.function.ToDoubleFunction<RunOutcome> f) {
        double s = 0;
        int k = 0;
        for (RunOutcome r : runs) {
            double v = f.applyAsDouble(r);
            if (!Double.isNaN(v)) {
                s += v;
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }

    private static List<String> fitKeys() {
        List<String> k = new ArrayList<>();
        for (String cat : PhaseFigures.CATEGORIES) {
            k.add("category." + cat);
        }
        k.addAll(List.of(PhaseFigures.SHARES));
        k.addAll(List.of(PhaseFigures.EMBEDDING));
        return List.copyOf(k);
    }

    /**
     * Coded vs mean simulated figures of the calibrated phases, each with its tolerance and the count behind the
     * coded figure (a coded figure below its minimum is reported, not judged: {@link FitItem#status()}).
     */
    static List<FitItem> fit(Scenario sc, List<RunOutcome> runs) {
        List<FitItem> out = new ArrayList<>();
        List<String> ids = sc.initial().phases().stream().map(org.glassbox.core.model.Phase::id).toList();
        for (int ph = 0; ph < sc.codedFigures().size() && ph < ids.size(); ph++) {
            Map<String, Double> coded = sc.codedFigures().get(ph);
            Map<String, FigureWeight> weights = sc.coded() == null ? Map.of() : sc.coded().weights().get(ph);
            // the runs' mean of the figures the fit judges (the strategies, averaged apart in strategies(), skip NaN)
            Map<String, Double> sim = new LinkedHashMap<>();
            int k = 0;
            for (RunOutcome r : runs) {
                if (ph < r.phaseFigures().size()) {
                    Map<String, Double> f = r.phaseFigures().get(ph);
                    for (String key : FIT_KEYS) {
                        Double v = f.get(key);
                        if (v != null) {
                            sim.merge(key, v, Double::sum);
                        }
                    }
                    k++;
                }
            }
            if (k == 0) {
                continue;
            }
            int runsWith = k;
            sim.replaceAll((key, v) -> v / runsWith);
            double tvd = 0;
            for (String cat : PhaseFigures.CATEGORIES) {
                tvd += Math.abs(coded.getOrDefault("category." + cat, 0.0) - sim.getOrDefault("category." + cat, 0.0));
            }
            tvd /= 2;
            String id = ids.get(ph);
            boolean weighed = sc.coded() != null;
            out.add(unfounded(new FitItem(id, "eventCategoryMix (total variation distance)", 0, tvd, TOLERANCE_MIX,
                    tvd <= TOLERANCE_MIX + 1e-12, weights.getOrDefault(PhaseFigures.MIX, FitItem.UNWEIGHED)), weighed));
            for (String m : PhaseFigures.SHARES) {
                out.add(unfounded(item(id, m, coded, sim, TOLERANCE_SHARES, weights), weighed));
            }
            for (String m : PhaseFigures.EMBEDDING) {
                out.add(unfounded(item(id, m, coded, sim, TOLERANCE_EMBEDDING, weights), weighed));
            }
        }
        return out;
    }

    /**
     * A coded figure that rests on nothing (n 0 in a calibrated case: a phase without the events it counts) is no
     * figure: its value is undefined ({@code NaN}, {@code null} in the JSON) and it is not judged, whatever its minimum.
     */
    private static FitItem unfounded(FitItem f, boolean weighed) {
        if (!weighed || f.weight().n() > 0) {
            return f;
        }
        return new FitItem(f.phase(), f.measure(), Double.NaN, f.simulated(), f.tolerance(), false,
                new FigureWeight(0, Math.max(1, f.weight().minimum())));
    }

    private static FitItem item(String phase, String m, Map<String, Double> coded, Map<String, Double> sim, double tol,
                                Map<String, FigureWeight> weights) {
        double c = coded.getOrDefault(m, 0.0);
        double s = sim.getOrDefault(m, 0.0);
        return new FitItem(phase, m, c, s, tol, Math.abs(c - s) <= tol + 1e-12, weights.getOrDefault(m, FitItem.UNWEIGHED));
    }
}
