package org.glassbox.core.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.analysis.formalism.FormalismDiagnostics;
import org.glassbox.core.analysis.mechanism.EmbeddingMeasure;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.EmbeddingTrajectory;
import org.glassbox.core.analysis.mechanism.MechanismCount;
import org.glassbox.core.analysis.mechanism.TrajectoryRule;
import org.glassbox.core.analysis.outcome.ConstructionModel;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.core.analysis.outcome.EvolutionPattern;
import org.glassbox.core.analysis.outcome.IndicatorAlignment;
import org.glassbox.core.analysis.outcome.ModelRule;
import org.glassbox.core.analysis.outcome.ModelVerdict;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.period.Periods;
import org.glassbox.core.analysis.period.PhasePlan;
import org.glassbox.core.analysis.sensitivity.ThresholdSensitivity;
import org.glassbox.core.analysis.structure.PeriodNetwork;
import org.glassbox.core.analysis.structure.StructureAnalysis;
import org.glassbox.core.analysis.subjects.FormationTimeline;
import org.glassbox.core.analysis.subjects.SubjectsAnalysis;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Codebook;

/**
 * The facade of the framework's analyses: {@link #analyze} one case, {@link #compare} several.
 *
 * <p>Per period (each calendar year and each phase): structure ({@link StructureAnalysis}),
 * subjects ({@link SubjectsAnalysis}), mechanism mix ({@link MechanismCount}) and embedding
 * ({@link EmbeddingMeasure}). Over the phases: the evolution pattern, the embedding trajectory
 * ({@link TrajectoryRule}) and, from the late stage (the last phase, pooled with earlier ones as far
 * back as the evidence minimum needs), the construction model ({@link ModelRule}).
 * Over the case: the formation timeline, the formalism diagnostics, the indicator series, and —
 * when asked — the threshold sensitivity. Deterministic for a given case and options.
 */
public final class Glassbox {
    private Glassbox() {
    }

    /**
     * Analyses one case.
     *
     * @throws UnknownThresholdException when an override names a threshold the codebook does not have
     */
    public static CaseAnalysis analyze(Case c, AnalysisOptions o) {
        Objects.requireNonNull(c, "case");
        Objects.requireNonNull(o, "options");
        Codebook cb = c.codebook();
        for (Map.Entry<String, Double> e : o.thresholdOverrides().entrySet()) {
            if (!cb.thresholds().containsKey(e.getKey())) {
                throw new UnknownThresholdException(e.getKey(), List.copyOf(cb.thresholds().keySet()));
            }
            cb = cb.withThreshold(e.getKey(), e.getValue());
        }
        CaseFacts f = new CaseFacts(c, cb);
        List<Period> yearPeriods = Periods.years(f);
        PhasePlan plan = Periods.phases(f, o.phaseSource(), o.changePointPenalty(), o.minPhaseEvents());

        // periods are independent: analyse them on as many threads as there are cores (results in period order)
        List<Period> all = new ArrayList<>(yearPeriods);
        all.addAll(plan.phases());
        List<PeriodAnalysis> done = inParallel(all.size(), i -> period(f, all.get(i), o));
        List<PeriodAnalysis> years = new ArrayList<>(done.subList(0, yearPeriods.size()));
        List<PeriodAnalysis> phases = new ArrayList<>(done.subList(yearPeriods.size(), done.size()));
        var evolution = EvolutionPattern.of(phases);
        List<String> phaseIds = phases.stream().map(p -> p.period().id()).toList();
        List<EmbeddingMetrics> emb = phases.stream().map(PeriodAnalysis::embedding).toList();
        EmbeddingTrajectory trajectory = TrajectoryRule.classify(phaseIds, emb, cb);
        java.util.function.IntFunction<PeriodAnalysis> pooled = lateStages(f, phases, o);
        ModelVerdict model = phases.isEmpty() ? noModel(cb) : withPassages(ModelRule.decide(phases, pooled, trajectory, cb), f);
        Provenance prov = new Provenance(o.glassboxVersion(), CodebookHash.sha256(cb), cb.thresholds(), o.seed(),
                plan.detection().source(), plan.detection().penalty());
        CaseAnalysis a = new CaseAnalysis(c.id(), c.info().name(), prov, c.events().size(), c.actors().size(),
                c.ties().size(), years, phases, plan.detection(), evolution, trajectory, model, FormationTimeline.of(f),
                FormalismDiagnostics.of(f), IndicatorAlignment.of(c.indicators(), plan.phases()), null);
        if (o.sensitivity()) {
            a = a.withSensitivity(ThresholdSensitivity.run(phases, pooled, cb, o.sensitivityStep()));
        }
        if (o.robustness() || !o.excludeWhere().isEmpty()) {
            var r = o.robustness() ? org.glassbox.core.analysis.robustness.Robustness.run(phases, pooled, cb, o.resamples(), o.seed())
                    : new org.glassbox.core.analysis.robustness.RobustnessReport(0, o.seed(),
                            org.glassbox.core.analysis.robustness.Robustness.AGREEMENT_MIN,
                            org.glassbox.core.analysis.robustness.Robustness.SMALL_UNITS, List.of(), List.of());
            a = a.withRobustness(r.withExclusions(org.glassbox.core.analysis.robustness.Exclusions.run(c, o, a)));
        }
        return a;
    }

    /** Analyses one case with the {@link AnalysisOptions#defaults() default options}. */
    public static CaseAnalysis analyze(Case c) {
        return analyze(c, AnalysisOptions.defaults());
    }

    /**
     * The version of this build of Glassbox (the Maven project version, written into
     * {@code org/glassbox/core/glassbox.properties} by resource filtering), as recorded in every
     * analysis's provenance.
     */
    public static String version() {
        return BuildVersion.VALUE;
    }

    /** Read once, on first use. */
    private static final class BuildVersion {
        static final String VALUE = read();

        private static String read() {
            String res = "/org/glassbox/core/glassbox.properties";
            try (java.io.InputStream in = Glassbox.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException(res + " is missing from the glassbox-core build");
                }
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v == null || v.isBlank() || v.startsWith("${")) {
                    throw new IllegalStateException(res + " holds no filtered version: " + v);
                }
                return v.strip();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + res, e);
            }
        }
    }

    /** Puts analysed cases side by side and states their differences in words. */
    public static Comparison compare(List<CaseAnalysis> cases) {
        return CaseComparison.of(cases);
    }

    private static PeriodAnalysis period(CaseFacts f, Period p, AnalysisOptions o) {
        PeriodSlice s = new PeriodSlice(f, p);
        long seed = o.seed() * 1_000_003L + p.id().hashCode();
        PeriodNetwork network = PeriodNetwork.of(f, s);
        var structure = StructureAnalysis.measure(f, s, network.authority());
        var embedding = EmbeddingMeasure.measure(f, s);
        return new PeriodAnalysis(p, structure,
                SubjectsAnalysis.measure(f, s, o.subjectsListed(), o.betweennessExactMaxActors(), o.betweennessSamples(), seed),
                MechanismCount.of(f, s.events()), embedding, network, EvidenceWeights.of(p, structure, embedding, f.codebook()),
                f.coverage(s));
    }

    /**
     * The late stages of the model rule: k ↦ the last k phases pooled as one period (from the first
     * one's start to the last one's end, id {@code p2+p3}), k = 1 the last phase itself; each measured
     * once, on first use (the rule and its sensitivity re-runs ask for one or two).
     */
    private static java.util.function.IntFunction<PeriodAnalysis> lateStages(CaseFacts f, List<PeriodAnalysis> phases, AnalysisOptions o) {
        Map<Integer, PeriodAnalysis> done = new java.util.concurrent.ConcurrentHashMap<>();
        return k -> {
            if (k < 1 || k > phases.size()) {
                throw new IllegalArgumentException("k must be in 1.." + phases.size() + ", was " + k);
            }
            if (k == 1) {
                return phases.get(phases.size() - 1);
            }
            return done.computeIfAbsent(k, n -> {
                List<PeriodAnalysis> used = phases.subList(phases.size() - n, phases.size());
                Period first = used.get(0).period();
                Period last = used.get(used.size() - 1).period();
                int events = used.stream().mapToInt(x -> x.period().events()).sum();
                String id = String.join("+", used.stream().map(x -> x.period().id()).toList());
                String name = String.join(" + ", used.stream().map(x -> x.period().name()).toList());
                return period(f, new Period(id, name, last.kind(), first.start(), last.end(), events, last.straddling()), o);
            });
        };
    }

    /** Runs task(0..n-1) on up to availableProcessors threads of a pool owned by this call; results in index order. */
    private static <T> List<T> inParallel(int n, java.util.function.IntFunction<T> task) {
        int threads = Math.min(n, Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(task.apply(i));
            }
            return out;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "glassbox-analysis");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<T>> fs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = i;
                fs.add(pool.submit(() -> task.apply(k)));
            }
            List<T> out = new ArrayList<>(n);
            for (java.util.concurrent.Future<T> fu : fs) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("analysis interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The verdict whose every chain link cites the passages coded for its events and ties (case format 1.1). */
    private static ModelVerdict withPassages(ModelVerdict m, CaseFacts f) {
        if (f.kase().coding().segments().isEmpty()) {
            return m;
        }
        List<EvidenceLink> chain = new ArrayList<>();
        for (EvidenceLink l : m.evidence()) {
            Evidence e = l.evidence();
            chain.add(l.withEvidence(e.withPassages(f.passages(e.eventIds(), e.tieIds()))));
        }
        return new ModelVerdict(m.verdict(), m.scores(), m.rule(), m.thresholds(), chain, m.status(), m.leaning(), m.reason(),
                m.late(), m.phases());
    }

    private static ModelVerdict noModel(Codebook cb) {
        Map<ConstructionModel, Double> scores = new EnumMap<>(ConstructionModel.class);
        for (ConstructionModel m : ConstructionModel.values()) {
            scores.put(m, 0.0);
        }
        String why = "no phase to read: the case has no dated event";
        return new ModelVerdict(null, scores, why, Map.of(ModelRule.MARGIN, cb.threshold(ModelRule.MARGIN)), List.of(),
                VerdictStatus.UNDETERMINED, ConstructionModel.HYBRID, why, null, List.of());
    }
}
