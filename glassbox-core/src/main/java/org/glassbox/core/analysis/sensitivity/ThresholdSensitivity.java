package org.glassbox.core.analysis.sensitivity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.EmbeddingTrajectory;
import org.glassbox.core.analysis.mechanism.TrajectoryRule;
import org.glassbox.core.analysis.outcome.ModelRule;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.structure.StructureRule;
import org.glassbox.core.analysis.structure.StructureType;
import org.glassbox.core.model.Codebook;

/**
 * Re-runs the verdicts with each codebook threshold moved by −step and +step (relative), all other
 * thresholds kept, and lists the verdicts that flip: the structure type of every phase
 * ({@code structure.type@PHASE}), {@code structure.late}, {@code embedding.trajectory} and
 * {@code model.verdict} (a word, {@code undetermined} included). Metrics do not depend on thresholds, so
 * only the rules are re-applied — the same rules, evidence minimums included: O(thresholds × phases), plus
 * at most one pooled late stage measured per distinct span the minimums select. Thresholds that no verdict reads (the formalism windows) are listed with
 * no flips.
 */
public final class ThresholdSensitivity {
    private ThresholdSensitivity() {
    }

    /**
     * @param pooled the analysis of the last k phases pooled as one period, k = 1 … phases.size()
     *               (the late stages {@link ModelRule#decide} reads; moving an evidence minimum can move the stage)
     */
    public static SensitivityReport run(List<PeriodAnalysis> phases, IntFunction<PeriodAnalysis> pooled, Codebook base, double step) {
        Verdicts b = verdicts(phases, pooled, base);
        List<ThresholdRun> runs = new ArrayList<>();
        Set<String> fragile = new LinkedHashSet<>();
        for (Map.Entry<String, Double> t : base.thresholds().entrySet()) {
            for (double factor : new double[] {1 - step, 1 + step}) {
                double v = t.getValue() * factor;
                Verdicts x = verdicts(phases, pooled, base.withThreshold(t.getKey(), v));
                List<VerdictFlip> flips = new ArrayList<>();
                for (int i = 0; i < b.types.size(); i++) {
                    if (b.types.get(i) != x.types.get(i)) {
                        flips.add(new VerdictFlip("structure.type@" + phases.get(i).period().id(), b.types.get(i).word(), x.types.get(i).word()));
                    }
                }
                if (!b.types.isEmpty() && b.types.get(b.types.size() - 1) != x.types.get(x.types.size() - 1)) {
                    flips.add(new VerdictFlip("structure.late", b.types.get(b.types.size() - 1).word(), x.types.get(x.types.size() - 1).word()));
                }
                if (!b.trajectory.equals(x.trajectory)) {
                    flips.add(new VerdictFlip("embedding.trajectory", b.trajectory, x.trajectory));
                }
                if (!b.model.equals(x.model)) {
                    flips.add(new VerdictFlip("model.verdict", b.model, x.model));
                }
                flips.forEach(fl -> fragile.add(fl.verdict()));
                runs.add(new ThresholdRun(t.getKey(), t.getValue(), v, flips));
            }
        }
        return new SensitivityReport(step, runs, new ArrayList<>(fragile));
    }

    private record Verdicts(List<StructureType> types, String trajectory, String model) {
    }

    private static Verdicts verdicts(List<PeriodAnalysis> phases, IntFunction<PeriodAnalysis> pooled, Codebook c) {
        List<StructureType> types = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<EmbeddingMetrics> emb = new ArrayList<>();
        for (PeriodAnalysis p : phases) {
            types.add(StructureRule.classify(org.glassbox.core.analysis.PeriodCounts.of(p), c).type());
            ids.add(p.period().id());
            emb.add(p.embedding());
        }
        EmbeddingTrajectory tr = TrajectoryRule.classify(ids, emb, c);
        return new Verdicts(types, tr.word(), ModelRule.word(phases, pooled, tr, c));
    }
}
