package org.glassbox.sim;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.formalism.Diagnostic;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;

/**
 * The facade of the simulation: build a {@link Scenario} ({@link #calibrate} from a case,
 * {@link #preset} from a generating process), then {@link #run} it. Each run has its own
 * {@link SplittableRandom}, seeded with the i-th number of a master generator seeded with the
 * simulation's seed — drawn in run order before any run starts — so results are identical for the
 * same seed whatever the number of threads. Each run's case is judged by
 * {@code Glassbox.analyze}, the same code as {@code glassbox analyze}; the summary is the
 * distribution of those verdicts. No global state: every call owns what it uses.
 */
public final class Simulation {
    private Simulation() {
    }

    /** How many runs, from which seed, on how many threads. */
    public record Options(int runs, long seed, int threads) {
        public Options {
            if (runs < 1) {
                throw new ParameterException("runs", runs, "runs must be ≥ 1, not " + runs);
            }
            if (threads < 1) {
                throw new ParameterException("threads", threads, "threads must be ≥ 1, not " + threads);
            }
        }
    }

    /** Receives each run's case (e.g. to write it as a case folder); called from worker threads, one run at a time per call. */
    @FunctionalInterface
    public interface RunSink {
        void accept(int run, Case c) throws Exception;
    }

    /**
     * Calibrates from a coded case (see {@link Calibration}); {@code untilPhase} null = all phases. The runs play
     * under dated constraints (the default since 2026-12-04, docs/simulation.md §5): each calibrated phase's own
     * estimates from its start.
     */
    public static Scenario calibrate(Case c, String untilPhase) {
        return calibrate(c, untilPhase, true);
    }

    /**
     * Calibrates from a coded case; with {@code dated} the runs play under dated constraints: each calibrated
     * phase's own estimates from its start, the last calibrated phase's after it ({@link Calibration.Calibrated#schedule},
     * docs/simulation.md §5); without it, under the window's estimates throughout (constant constraints). The whole
     * window's estimates stay the scenario's {@link Scenario#parameters()}.
     */
    public static Scenario calibrate(Case c, String untilPhase, boolean dated) {
        Calibration.Calibrated k = Calibration.of(c, untilPhase);
        List<Map<String, Double>> figures = PhaseFigures.of(c, k.coded()).subList(0, k.calibratedPhases());
        CaseAnalysis a = k.coded();
        List<String> ids = new ArrayList<>();
        List<Double> index = new ArrayList<>();
        List<Double> dominance = new ArrayList<>();
        for (PeriodAnalysis p : a.phases()) {
            ids.add(p.period().id());
            index.add(p.embedding().index());
            dominance.add(p.embedding().administrativeDominance());
        }
        Scenario.Coded coded = new Scenario.Coded(a.model().word(), a.structureLate().word(), a.trajectory().word(), ids, index,
                dominance, PhaseFigures.weights(a), k.schedule());
        // under dated constraints the estimates carry each phase's own (schedule.PHASE.NAME), for the cautions and the JSON
        List<Estimate> est = new ArrayList<>(k.estimates());
        if (dated) {
            est.addAll(k.phaseEstimates());
        }
        return new Scenario("case:" + c.id(), k.initial(), k.parameters(), dated ? k.schedule() : List.of(), est, figures, Map.of(),
                coded);
    }

    /**
     * The preset of a generating process: the scenario calibrated, with all its phases, from the
     * case {@code glassbox generate --process P --actors A --years Y --events A·Y --seed 1} draws (one
     * event per actor and year, about the density of the coded demo cases) — so the preset and the
     * generator share one definition of each process.
     */
    public static Scenario preset(GeneratingProcess process, int actors, int years) {
        // the generator names a bad actor count or horizon; the event count derived from them is no input of the user's
        Case g = CaseGenerator.generate(new CaseGenerator.Options(Math.max(0, actors) * Math.max(0, years), actors, 1, years, 2015, process, 0));
        Calibration.Calibrated k = Calibration.of(g, null);
        return new Scenario("preset:" + process.word(), k.initial(), k.parameters(), k.estimates(), List.of());
    }

    /**
     * The scenario over another horizon: {@code years} from its start, cut into its own phases
     * (phases after the horizon dropped, the last kept one ending at the horizon; a horizon beyond
     * the last phase extends it).
     */
    public static Scenario horizon(Scenario s, int years) {
        if (years < 1 || years > 200) { // the generator's range, so that a case and a preset take the same horizons
            throw new ParameterException("years", years, "years must be in 1..200, not " + years);
        }
        YearMonth end = s.initial().start().plusMonths(12L * years - 1);
        PartialDate endDate = PartialDate.ofMonth(end.getYear(), end.getMonthValue());
        List<Phase> out = new ArrayList<>();
        for (Phase p : s.initial().phases()) {
            if (p.start().startMillis() > endDate.startMillis()) {
                break;
            }
            out.add(p);
        }
        Phase last = out.get(out.size() - 1);
        out.set(out.size() - 1, new Phase(last.id(), last.name(), last.start(), endDate));
        return s.with(s.initial().withPhases(out));
    }

    /** The run seeds: the first {@code runs} numbers of a {@link SplittableRandom} seeded with {@code seed}. */
    static long[] seeds(long seed, int runs) {
        SplittableRandom master = new SplittableRandom(seed);
        long[] s = new long[runs];
        for (int i = 0; i < runs; i++) {
            s[i] = master.nextLong();
        }
        return s;
    }

    /** Runs the scenario {@code o.runs()} times and summarises the verdicts. */
    public static SimulationResult run(Scenario sc, Options o, RunSink sink, IntConsumer progress) {
        long t0 = System.nanoTime();
        List<RunOutcome> outcomes = outcomes(sc, o, sink, progress);
        return SimulationResult.of(sc, o, outcomes, (System.nanoTime() - t0) / 1e9);
    }

    /** The runs' outcomes in run order. */
    static List<RunOutcome> outcomes(Scenario sc, Options o, RunSink sink, IntConsumer progress) {
        long[] seeds = seeds(o.seed(), o.runs());
        AtomicInteger done = new AtomicInteger();
        if (o.threads() == 1 || o.runs() == 1) {
            List<RunOutcome> out = new ArrayList<>();
            for (int i = 0; i < seeds.length; i++) {
                out.add(once(sc, seeds[i], i, sink));
                if (progress != null) {
                    progress.accept(done.incrementAndGet());
                }
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(o.threads(), o.runs()), r -> {
            Thread t = new Thread(r, "glassbox-sim");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunOutcome>> fs = new ArrayList<>();
            for (int i = 0; i < seeds.length; i++) {
                int k = i;
                fs.add(pool.submit(() -> {
                    RunOutcome r = once(sc, seeds[k], k, sink);
                    if (progress != null) {
                        progress.accept(done.incrementAndGet());
                    }
                    return r;
                }));
            }
            List<RunOutcome> out = new ArrayList<>();
            for (Future<RunOutcome> f : fs) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One run: the model, its case, the analysis of that case. */
    static RunOutcome once(Scenario sc, long seed, int index, RunSink sink) {
        Model m = new Model(sc.initial(), sc.phaseParameters(), sc.sectorParameters(), new SplittableRandom(seed)).run();
        Case c = m.toCase(sc.initial().caseId() + "-run-" + (index + 1), seed, sc.source().startsWith("preset:") ? sc.source() : sc.initial().caseId());
        if (sink != null) {
            try {
                sink.accept(index, c);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("run " + (index + 1) + ": " + e.getMessage(), e);
            }
        }
        return outcome(c, Glassbox.analyze(c, AnalysisOptions.defaults()), seed, m);
    }

    /** Reads a run's verdicts from the analysis. */
    static RunOutcome outcome(Case c, CaseAnalysis a, long seed, Model m) {
        // undetermined: the analysis decides no model (no phase, or evidence below the minimum even pooled)
        String model = a.model().word();
        String modelRule = a.model().decided() ? a.model().rule()
                : "undetermined: " + a.model().reason() + "; the scores lean " + a.model().leaning().word() + " (" + a.model().rule() + ")";
        List<Double> pi = new ArrayList<>();
        List<Double> pd = new ArrayList<>();
        for (PeriodAnalysis p : a.phases()) {
            pi.add(p.embedding().index());
            pd.add(p.embedding().administrativeDominance());
        }
        List<Integer> years = new ArrayList<>();
        List<Double> yi = new ArrayList<>();
        List<Double> yd = new ArrayList<>();
        for (PeriodAnalysis p : a.years()) {
            years.add(p.period().start().year());
            yi.add(p.embedding().index());
            yd.add(p.embedding().administrativeDominance());
        }
        Diagnostic pc = a.formalism().diagnostic(Diagnostic.PEOPLE_CENTREDNESS);
        Map<String, Double> formalism = new java.util.LinkedHashMap<>();
        for (Diagnostic d : a.formalism().diagnostics()) {
            if (d.assessed()) { // a diagnostic the run's case cannot assess has no score to record
                formalism.put(d.id(), d.score());
            }
        }
        int last = m.contractShare.length - 1;
        return new RunOutcome(seed, c.events().size(), model, modelRule,
                a.model().scores().getOrDefault(org.glassbox.core.analysis.outcome.ConstructionModel.MARKET, 0.0),
                a.model().scores().getOrDefault(org.glassbox.core.analysis.outcome.ConstructionModel.ADMINISTRATIVE, 0.0),
                a.structureLate().word(), a.phases().isEmpty() ? "" : a.phases().get(a.phases().size() - 1).structure().verdict().rule(),
                a.trajectory().word(), a.trajectory().rule(), pi, pd, years, yi, yd,
                pc == null || pc.score() == null ? Double.NaN : pc.score(), last < 0 ? 0 : m.contractShare[last], last < 0 ? 0 : m.initiateShare[last],
                PhaseFigures.of(c, a), formalism);
    }
}
