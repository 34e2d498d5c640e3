package org.glassbox.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Global sensitivity of the outcome to the six structural constraints. The outcome of a point is
 * the mean over its runs of (market score − administrative score) of the construction-model
 * verdict (in [−1, 1]; positive = towards market). Factors and bounds: each parameter's bounds,
 * except administrative pressure, bounded to [0, 1] assessments per government actor and year
 * (beyond it q = A / (A + 0.15) is within 13 % of saturation). Morris by default (r = 20), Sobol
 * first-order and total indices on request (N base points). Point p's runs use seed (seed + p).
 */
public final class Sensitivity {
    public static final List<Parameter> FACTORS = List.of(Parameter.CONTRACT_STRENGTH, Parameter.ADMINISTRATIVE_PRESSURE,
            Parameter.PENALTY, Parameter.SUBSIDY, Parameter.REPUTATION, Parameter.PUBLIC_PARTICIPATION);

    private Sensitivity() {
    }

    /** Per factor name: the index or indices (Morris: muStar, mu, sigma; Sobol: first, total). */
    public record Report(String method, int evaluations, int runsPerPoint, Map<String, Map<String, Double>> factors) {
    }

    static double[] lo() {
        return FACTORS.stream().mapToDouble(Parameter::min).toArray();
    }

    static double[] hi() {
        return FACTORS.stream().mapToDouble(p -> p == Parameter.ADMINISTRATIVE_PRESSURE ? 1 : p.max()).toArray();
    }

    static ToDoubleFunction<double[]> outcome(Scenario sc, Simulation.Options o, IntConsumer progress) {
        int[] point = {0};
        return x -> {
            Scenario s = sc;
            for (int i = 0; i < x.length; i++) {
                s = s.with(FACTORS.get(i), x[i]);
            }
            int p = point[0]++;
            SimulationResult r = Simulation.run(s, new Simulation.Options(o.runs(), o.seed() + p, o.threads()), null, null);
            if (progress != null) {
                progress.accept(p + 1);
            }
            return r.meanMarketScore() - r.meanAdministrativeScore();
        };
    }

    /** Morris elementary effects with r trajectories; {@code o.runs()} runs per point. */
    public static Report morris(Scenario sc, int r, Simulation.Options o, IntConsumer progress) {
        MorrisEffects.Result m = MorrisEffects.estimate(outcome(sc, o, progress), lo(), hi(), r, o.seed());
        Map<String, Map<String, Double>> f = new LinkedHashMap<>();
        for (int i = 0; i < FACTORS.size(); i++) {
            f.put(FACTORS.get(i).key(), Map.of("muStar", m.muStar()[i], "mu", m.mu()[i], "sigma", m.sigma()[i]));
        }
        return new Report("morris", m.evaluations(), o.runs(), f);
    }

    /** Bootstrap resamples behind the Sobol indices' 95 % intervals (the resamples reuse the runs: no extra runs). */
    public static final int BOOTSTRAP = 1000;

    /**
     * Sobol first-order and total indices with n base points and their 95 % percentile-bootstrap
     * intervals ({@link #BOOTSTRAP} resamples of the base points, seeded with the simulation's seed);
     * {@code o.runs()} runs per point.
     */
    public static Report sobol(Scenario sc, int n, Simulation.Options o, IntConsumer progress) {
        SobolIndices.Result s = SobolIndices.estimate(outcome(sc, o, progress), lo(), hi(), n, BOOTSTRAP, o.seed());
        Map<String, Map<String, Double>> f = new LinkedHashMap<>();
        for (int i = 0; i < FACTORS.size(); i++) {
            f.put(FACTORS.get(i).key(), Map.of("first", s.first()[i], "total", s.total()[i], "firstLow", s.firstLow()[i],
                    "firstHigh", s.firstHigh()[i], "totalLow", s.totalLow()[i], "totalHigh", s.totalHigh()[i]));
        }
        return new Report("sobol", s.evaluations(), o.runs(), f);
    }
}
